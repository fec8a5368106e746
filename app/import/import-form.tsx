'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { importAction } from './actions';

export function ImportForm() {
  const t = useTranslations('import');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(importAction, null);
  const result = state?.ok ? state.data : null;
  return (
    <>
      <form action={formAction} className="card">
        <label htmlFor="import-file">{t('file')}</label>{' '}
        <input id="import-file" name="file" type="file" accept=".csv,.xlsx" required aria-describedby="import-status" />{' '}
        <button type="submit" name="mode" value="preview" disabled={pending}>{t('preview')}</button>{' '}
        <button type="submit" name="mode" value="commit" disabled={pending}>{t('commit')}</button>
      </form>
      <p id="import-status" aria-live="polite">
        {state && !state.ok ? t('failed') : null}
        {result && result.plan.length > 0 && (result.applied || result.plan.some((row) => row.status === 'error')) ? (result.applied ? t('applied', { created: result.created, revised: result.revised, unchanged: result.unchanged }) : t('notApplied')) : null}
      </p>
      {result ? (
        <div className="table-wrap">
          <table>
            <thead><tr><th scope="col">{t('line')}</th><th scope="col">{t('row')}</th><th scope="col">{t('status')}</th></tr></thead>
            <tbody>
              {result.plan.map((row) => (
                <tr key={row.line} data-testid="import-row">
                  <td>{row.line}</td>
                  <td>{row.summary}</td>
                  <td>{t(row.status)}{row.status === 'error' ? `：${row.errors.map((error) => (locale === 'en' ? error.en : error.zh)).join('；')}` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
