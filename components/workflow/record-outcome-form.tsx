'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { Field, FormStatus, SubmitButton } from '@/components/forms/form-parts';
import styles from '@/components/forms/forms.module.css';
import { SourceFields } from '@/components/workflow/source-fields';
import { recordOutcomeAction } from '@/lib/outcomes/actions';

type Props = {
  targetId: number;
  baseRevision: number;
  defaultUnit: string;
  documents: { id: number; title: string; year: number }[];
  /** The units the target allows (lib/units/choices.ts); null: free text. */
  units: { value: string; label: string }[] | null;
  /** Offered after a save: the next to-do item, or the to-do list when none is left. */
  nextTodo: { href: string; label: string };
};

export function RecordOutcomeForm({ targetId, baseRevision, defaultUnit, documents, units, nextTodo }: Props) {
  const t = useTranslations('workflow.outcome');
  const router = useRouter();
  const [state, action, pending] = useActionState(recordOutcomeAction, null);
  // The page shows the verdict from the server; refresh it after a save.
  useEffect(() => { if (state?.ok) router.refresh(); }, [state, router]);
  // After a stale-revision conflict the form is rebased on the newest revision (the
  // message shows it; the typed values stay), so the next submit is a new revision
  // on top of it, or conflicts again only if yet another revision arrived.
  const ticked = Boolean(state && !state.ok && state.values?.figureNotInQuote);
  const base = state && !state.ok && state.conflict ? state.conflict.revision : baseRevision;
  return (
    <form action={action} className={styles.form} noValidate>
      <FormStatus state={state} />
      {state?.ok ? <p data-testid="next-todo"><Link href={nextTodo.href}>{nextTodo.label}</Link></p> : null}
      <input type="hidden" name="targetId" value={targetId} />
      <input type="hidden" name="baseRevision" value={base} />
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
