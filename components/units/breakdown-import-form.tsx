'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import styles from '@/components/forms/forms.module.css';
import { importBreakdownAction } from '@/lib/responsible-units/actions';

/** Upload a 分解方案 table: preview first, then import (all or nothing). */
export function BreakdownImportForm({ districtId, year }: { districtId: number; year: number }) {
  const t = useTranslations('units');
  const [state, action, pending] = useActionState(importBreakdownAction, null);
  const fileError = state && !state.ok ? state.fileError : null;
  // Submitted by hand rather than through `action`: React resets a form after its action,
  // which would empty the file input between the preview and the import.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => action(data));
  };
  return (
    <form onSubmit={submit} className={styles.form} aria-label={t('importHeading')} data-testid="breakdown-form">
      <input type="hidden" name="districtId" value={districtId} />
      <input type="hidden" name="year" value={year} />
      <div className={`${styles.field} ${fileError ? styles.invalid : ''}`}>
        <label htmlFor="breakdown-file">{t('file')}</label>
        <p id="breakdown-file-hint" className={styles.hint}>{t('importHint')}</p>
        <input id="breakdown-file" type="file" name="file" accept=".csv,.xlsx" required aria-invalid={fileError ? true : undefined} aria-describedby={`breakdown-file-hint${fileError ? ' breakdown-file-error' : ''}`} />
        {fileError ? <p id="breakdown-file-error" className={styles.error}>{fileError}</p> : null}
      </div>
      <div className={styles.inline}>
        <button type="submit" name="mode" value="preview" disabled={pending}>{t('preview')}</button>
        <button type="submit" name="mode" value="commit" className={styles.primary} disabled={pending}>{t('commit')}</button>
      </div>
      <div aria-live="polite" role="status" className={styles.statusRegion}>
        {state ? <p className={state.ok && state.errors.length === 0 ? styles.success : styles.failure} data-testid="breakdown-status">{state.message}</p> : null}
      </div>
      {state?.ok && state.errors.length > 0 ? (
        <div className="table-wrap"><table data-testid="breakdown-errors">
          <thead><tr><th scope="col">{t('line')}</th><th scope="col">{t('problem')}</th></tr></thead>
          <tbody>{state.errors.map((error, index) => <tr key={index}><td>{error.line}</td><td>{error.message}</td></tr>)}</tbody>
        </table></div>
      ) : null}
      {state?.ok && state.errors.length === 0 && state.rows.length > 0 ? (
        <div className="table-wrap"><table data-testid="breakdown-rows">
          <thead><tr><th scope="col">{t('line')}</th><th scope="col">{t('targetColumn')}</th><th scope="col">{t('lead')}</th><th scope="col">{t('co')}</th></tr></thead>
          <tbody lang="zh-CN">{state.rows.map((row) => <tr key={row.line}><td>{row.line}</td><td>{row.label}</td><td>{row.lead}</td><td>{row.co || '—'}</td></tr>)}</tbody>
        </table></div>
      ) : null}
    </form>
  );
}
