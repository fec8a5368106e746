'use client';

import { useLocale, useTranslations } from 'next-intl';
import { startTransition, useActionState, useEffect, useState, type FormEvent } from 'react';
import styles from '@/components/forms/forms.module.css';
import type { ActionFailure } from '@/lib/actions/define-action';
import type { Translate } from '@/lib/actions/form-state';
import { fileTooLarge, MAX_UPLOAD_MB } from '@/lib/upload-limits';
import { importAction } from './actions';

/** The refusal of the file itself ("file", or "file.name" when no file was sent), if that is what failed. */
function fileError(failure: ActionFailure): string | undefined {
  return Object.entries(failure.fieldErrors).find(([field]) => field.split('.')[0] === 'file')?.[1];
}

/** What was wrong with the file and what to do (import.errors), else the refusal itself (not allowed, unexpected). */
function failureMessage(failure: ActionFailure, t: Translate, tValidation: Translate): string {
  const key = fileError(failure);
  if (key?.startsWith('import:')) return t(`errors.${key.slice('import:'.length)}`, failure.details?.params as Record<string, string | number> | undefined);
  if (key) return t('errors.no_file');
  return tValidation(`codes.${failure.code}`);
}

type Progress = { stage: 'checking' | 'writing'; written: number; total: number } | null;

/** A random UUID; crypto.randomUUID exists only on https and localhost, getRandomValues everywhere. */
function progressId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** While an import runs, its progress row (app/import/progress/[id]): null until the server has read the file. */
function usePolledProgress(id: string | null, running: boolean): Progress {
  const [progress, setProgress] = useState<Progress>(null);
  useEffect(() => {
    if (!id || !running) return;
    let stopped = false;
    const poll = async () => {
      const response = await fetch(`/import/progress/${id}`, { cache: 'no-store' }).catch(() => null);
      if (!stopped && response?.ok) setProgress((await response.json()) as Progress);
      if (!stopped) timer = setTimeout(poll, 700);
    };
    let timer = setTimeout(poll, 300);
    return () => { stopped = true; clearTimeout(timer); setProgress(null); };
  }, [id, running]);
  return progress;
}

export function ImportForm() {
  const t = useTranslations('import');
  const tValidation = useTranslations('validation');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(importAction, null);
  const [tooLarge, setTooLarge] = useState(false);
  const [runId, setRunId] = useState<string | null>(null);
  const progress = usePolledProgress(runId, pending);
  const result = state?.ok ? state.data : null;
  // Submitted by hand rather than through `action`: React resets a form after its
  // action, which would empty the file input between the preview and the import.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    const oversized = fileTooLarge(data);
    setTooLarge(oversized);
    // An import (not a preview) reports its progress under an id the page polls.
    if (data.get('mode') === 'commit') {
      const id = progressId();
      data.set('progressId', id);
      setRunId(id);
    } else setRunId(null);
    if (!oversized) startTransition(() => formAction(data));
  };
  const hasErrors = result?.plan.some((row) => row.status === 'error') ?? false;
  const fileRefused = tooLarge || Boolean(state && !state.ok && fileError(state));
  const message = tooLarge
    ? t('errors.too_large', { mb: MAX_UPLOAD_MB })
    : state && !state.ok
    ? failureMessage(state, t, tValidation)
    : !result ? null
    : result.plan.length === 0 ? t('noRows')
    : result.applied ? t('applied', { created: result.created, revised: result.revised, unchanged: result.unchanged })
    : hasErrors ? t('notApplied') : null;
  return (
    <>
      <form onSubmit={submit} className={styles.form}>
        <div className={styles.inline}>
          <div className={styles.field}>
            <label htmlFor="import-file">{t('file')}</label>
            <input id="import-file" name="file" type="file" accept=".csv,.xlsx" required aria-describedby="import-status" aria-invalid={fileRefused || undefined} />
          </div>
          <button type="submit" name="mode" value="preview" disabled={pending}>{t('preview')}</button>
          <button type="submit" name="mode" value="commit" className={styles.primary} disabled={pending}>{t('commit')}</button>
        </div>
        <div id="import-status" aria-live="polite" className={styles.statusRegion}>
          {pending && runId ? (
            <p data-testid="import-progress">
              {progress?.stage === 'writing' ? <progress style={{ display: 'block', width: '100%' }} max={progress.total} value={progress.written} aria-label={t('progress.label')} /> : null}
              {progress ? t(`progress.${progress.stage}`, { written: progress.written.toLocaleString(locale), total: progress.total.toLocaleString(locale) }) : t('progress.reading')}
            </p>
          ) : null}
          {!(pending && runId) && message ? <p className={!tooLarge && result?.applied && result.plan.length > 0 ? styles.success : styles.failure}>{message}</p> : null}
        </div>
      </form>
      {!tooLarge && result && result.plan.length > 0 ? (
        <section aria-labelledby="import-result-heading">
        <h2 id="import-result-heading">{t('resultHeading')}</h2>
        <div className="table-wrap">
          <table>
            <thead><tr><th scope="col">{t('line')}</th><th scope="col">{t('row')}</th><th scope="col">{t('status')}</th></tr></thead>
            <tbody>
              {/* After the import ran, each row says what was done, not what would be. */}
              {result.plan.map((row) => (
                <tr key={row.line} data-testid="import-row" data-status={row.status}>
                  <td>{row.line}</td>
                  <td>{row.summary}</td>
                  <td>{t(result.applied && row.status !== 'error' ? `done.${row.status}` : row.status)}{row.status === 'error' ? `：${row.errors.map((error) => (locale === 'en' ? error.en : error.zh)).join('；')}` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        </section>
      ) : null}
    </>
  );
}
