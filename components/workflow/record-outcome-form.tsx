'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Field, FormStatus, SubmitButton } from '@/components/forms/form-parts';
import styles from '@/components/forms/forms.module.css';
import { SourceFields } from '@/components/workflow/source-fields';
import { recordOutcomeAction } from '@/lib/outcomes/actions';

/** The period picker (issue 17): the year or 1—N月, each with the latest revision of its own series, since revisions are numbered per period. */
export type PeriodPicker = {
  label: string;
  hint: string;
  choices: { months: number; label: string }[];
  initial: number;
  /** Shown for a period with no revision yet. */
  none: string;
  /** Per period: its latest revision number (absent: none yet) and the line that describes it. */
  latest: Record<number, { revision: number; text: string }>;
};

type Props = {
  targetId: number;
  period: PeriodPicker;
  defaultUnit: string;
  documents: { id: number; title: string; year: number }[];
  /** The units the target allows (lib/units/choices.ts); null: free text. */
  units: { value: string; label: string }[] | null;
  /** Offered after a save: the next to-do item, or the to-do list when none is left. */
  nextTodo: { href: string; label: string };
};

export function RecordOutcomeForm({ targetId, period: picker, defaultUnit, documents, units, nextTodo }: Props) {
  const t = useTranslations('workflow.outcome');
  const router = useRouter();
  const [state, action, pending] = useActionState(recordOutcomeAction, null);
  // Controlled, so it survives the form reset after an action, and the base revision follows it.
  const [period, setPeriod] = useState(picker.initial);
  // The page shows the verdict from the server; refresh it after a save.
  useEffect(() => { if (state?.ok) router.refresh(); }, [state, router]);
  // After a stale-revision conflict the form is rebased on the newest revision (the
  // message shows it; the typed values stay), so the next submit is a new revision
  // on top of it, or conflicts again only if yet another revision arrived.
  const ticked = Boolean(state && !state.ok && state.values?.figureNotInQuote);
  const latest = picker.latest[period];
  const conflictHere = state && !state.ok && state.conflict && Number(state.values?.periodMonths ?? 12) === period ? state.conflict : null;
  // The action answers with the saved revision, not the page: until the refresh brings
  // the new page, the revision just saved is the base, so a second save is not refused as stale.
  const savedHere = state?.ok && state.data?.periodMonths === period && typeof state.data.revision === 'number' ? state.data.revision : 0;
  const base = conflictHere ? conflictHere.revision : Math.max(latest?.revision ?? 0, savedHere);
  return (
    <form action={action} className={styles.form} noValidate>
      <FormStatus state={state} />
      {state?.ok ? <p data-testid="next-todo"><Link href={nextTodo.href}>{nextTodo.label}</Link></p> : null}
      <input type="hidden" name="targetId" value={targetId} />
      <input type="hidden" name="baseRevision" value={base} />
      <div className={styles.field}>
        <label htmlFor="field-periodMonths">{picker.label}</label>
        <p id="field-periodMonths-hint" className={styles.hint}>{picker.hint}</p>
        <select id="field-periodMonths" name="periodMonths" value={period} onChange={(event) => setPeriod(Number(event.target.value))} aria-describedby="field-periodMonths-hint field-periodMonths-latest">
          {picker.choices.map((choice) => <option key={choice.months} value={choice.months}>{choice.label}</option>)}
        </select>
        <p id="field-periodMonths-latest" className="muted small" data-testid="latest-revision">{latest?.text ?? picker.none}</p>
      </div>
      <div className={styles.row}>
        <Field name="value" label={t('value')} hint={t('valueHint')} state={state}>
          {(props) => <input {...props} type="text" inputMode="decimal" required />}
        </Field>
        <Field name="unit" label={t('unit')} state={state} defaultValue={defaultUnit}>
          {(props) => units ? (
            <select {...props} required>
              {units.map((unit) => <option key={unit.value} value={unit.value}>{unit.label}</option>)}
            </select>
          ) : <input {...props} type="text" required />}
        </Field>
        <Field name="vintage" label={t('vintage')} state={state} defaultValue="">
          {(props) => (
            <select {...props} required>
              <option value="">{t('choose')}</option>
              <option value="estimate">{t('vintages.estimate')}</option>
              <option value="preliminary">{t('vintages.preliminary')}</option>
              <option value="final">{t('vintages.final')}</option>
            </select>
          )}
        </Field>
      </div>
      <SourceFields state={state} documents={documents} />
      {/* Keyed like a Field, so a refused submit keeps the tick (React resets the form after an action). */}
      <div className={styles.checks} key={`figureNotInQuote:${ticked}`}>
        <label><input type="checkbox" name="figureNotInQuote" defaultChecked={ticked} /> {t('figureNotInQuote')}</label>
      </div>
      <Field name="figureNotInQuoteReason" label={t('figureNotInQuoteReason')} hint={t('figureNotInQuoteReasonHint')} state={state}>
        {(props) => <input {...props} type="text" />}
      </Field>
      <Field name="note" label={t('note')} state={state}>
        {(props) => <input {...props} type="text" />}
      </Field>
      <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
    </form>
  );
}
