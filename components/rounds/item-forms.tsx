'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { Field, FormStatus, SubmitButton } from '@/components/forms/form-parts';
import styles from '@/components/forms/forms.module.css';
import { SourceFields } from '@/components/workflow/source-fields';
import type { FormState } from '@/lib/actions/form-state';
import {
  acceptItemAction, acknowledgeItemAction, correctFigureAction, correctNarrativeAction, judgeKeyTaskAction, returnItemAction, submitFigureAction, submitNarrativeAction,
} from '@/lib/rounds/actions';

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** useActionState, then a refresh of the server-rendered page after a success. */
function useRefreshingAction(action: Action) {
  const router = useRouter();
  const [state, run, pending] = useActionState(action, null);
  useEffect(() => { if (state?.ok) router.refresh(); }, [state, router]);
  return [state, run, pending] as const;
}

export function AcknowledgeForm({ itemId, label }: { itemId: number; label: string }) {
  const t = useTranslations('rounds');
  const [state, action, pending] = useRefreshingAction(acknowledgeItemAction);
  return (
    <form action={action} aria-label={label} className={styles.inline}>
      <input type="hidden" name="itemId" value={itemId} />
      <SubmitButton pending={pending}>{t('acknowledge')}</SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}

export function NarrativeForm({ itemId, version, period }: { itemId: number; version: number; period: string }) {
  const t = useTranslations('rounds');
  const [state, action, pending] = useRefreshingAction(submitNarrativeAction);
  return (
    <form action={action} className={styles.form} noValidate aria-label={t('submit')}>
      <FormStatus state={state} />
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="version" value={version} />
      <Field name="text" label={t('narrative')} hint={t('narrativeHint', { period })} state={state}>
        {(props) => <textarea {...props} rows={5} required />}
      </Field>
      <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
    </form>
  );
}

type FigureProps = {
  itemId: number;
  /** Submitting: the item's version; a reviewer's correction after closing has none and asks for a reason. */
  version?: number;
  baseRevision: number;
  defaultUnit: string;
  documents: { id: number; title: string; year: number }[];
};

export function FigureForm({ itemId, version, baseRevision, defaultUnit, documents }: FigureProps) {
  const t = useTranslations('rounds');
  const w = useTranslations('workflow.outcome');
  const correcting = version === undefined;
  const [state, action, pending] = useRefreshingAction(correcting ? correctFigureAction : submitFigureAction);
  const base = state && !state.ok && state.conflict ? state.conflict.revision : baseRevision;
  // A refused submit keeps the 原文未直接载明 tick (React resets the form to its defaults, which
  // would untick it unseen while its reason stays filled), as the record form does.
  const ticked = Boolean(state && !state.ok && state.values?.figureNotInQuote);
  return (
    <form action={action} className={styles.form} noValidate aria-label={t(correcting ? 'correctSubmit' : 'submit')}>
      <FormStatus state={state} />
      <input type="hidden" name="itemId" value={itemId} />
      {correcting ? null : <input type="hidden" name="version" value={version} />}
      <input type="hidden" name="baseRevision" value={base} />
      <div className={styles.row}>
        <Field name="value" label={w('value')} hint={w('valueHint')} state={state}>
          {(props) => <input {...props} type="text" inputMode="decimal" required />}
        </Field>
        <Field name="unit" label={w('unit')} state={state} defaultValue={defaultUnit}>
          {(props) => <input {...props} type="text" required />}
        </Field>
        <Field name="vintage" label={w('vintage')} state={state} defaultValue="preliminary">
          {(props) => (
            <select {...props} required>
              <option value="estimate">{w('vintages.estimate')}</option>
              <option value="preliminary">{w('vintages.preliminary')}</option>
              <option value="final">{w('vintages.final')}</option>
            </select>
          )}
        </Field>
      </div>
      <SourceFields state={state} documents={documents} />
      <div className={styles.checks} key={`figureNotInQuote:${ticked}`}>
        <label><input type="checkbox" name="figureNotInQuote" defaultChecked={ticked} /> {w('figureNotInQuote')}</label>
      </div>
      <Field name="figureNotInQuoteReason" label={w('figureNotInQuoteReason')} hint={w('figureNotInQuoteReasonHint')} state={state}>
        {(props) => <input {...props} type="text" />}
      </Field>
      {correcting ? (
        <Field name="reason" label={t('correctReason')} state={state}>
          {(props) => <textarea {...props} rows={2} required />}
        </Field>
      ) : null}
      <SubmitButton pending={pending}>{t(correcting ? 'correctSubmit' : 'submit')}</SubmitButton>
    </form>
  );
}

/** A reviewer's decision on a submitted item: accept, or return with a reason. */
export function ReviewItemForms({ itemId, version }: { itemId: number; version: number }) {
  const t = useTranslations('rounds');
  const [accepted, accept, accepting] = useRefreshingAction(acceptItemAction);
  const [returned, giveBack, returning] = useRefreshingAction(returnItemAction);
  return (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <form action={accept} aria-label={t('accept')}>
        <FormStatus state={accepted} />
        <input type="hidden" name="itemId" value={itemId} />
        <input type="hidden" name="version" value={version} />
        <SubmitButton pending={accepting}>{t('accept')}</SubmitButton>
      </form>
      <form action={giveBack} className={styles.form} noValidate aria-label={t('returnSubmit')}>
        <FormStatus state={returned} />
        <input type="hidden" name="itemId" value={itemId} />
        <input type="hidden" name="version" value={version} />
        <Field name="reason" label={t('returnReasonLabel')} state={returned} idPrefix="return-">
          {(props) => <textarea {...props} rows={2} required />}
        </Field>
        <SubmitButton pending={returning}>{t('returnSubmit')}</SubmitButton>
      </form>
    </div>
  );
}

export function JudgeKeyTaskForm({ keyTaskId, periodMonths, options }: { keyTaskId: number; periodMonths: number; options: { value: string; label: string }[] }) {
  const t = useTranslations('rounds');
  const [state, action, pending] = useRefreshingAction(judgeKeyTaskAction);
  return (
    <form action={action} className={styles.form} noValidate aria-label={t('judgeSubmit')}>
      <FormStatus state={state} />
      <input type="hidden" name="keyTaskId" value={keyTaskId} />
      <input type="hidden" name="periodMonths" value={periodMonths} />
      <Field name="status" label={t('judgeStatus')} state={state} defaultValue="" idPrefix="judge-">
        {(props) => <select {...props} required><option value="" />{options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}</select>}
      </Field>
      <Field name="reason" label={t('judgeReason')} state={state} idPrefix="judge-">
        {(props) => <textarea {...props} rows={2} required />}
      </Field>
      <SubmitButton pending={pending}>{t('judgeSubmit')}</SubmitButton>
    </form>
  );
}

export function CorrectNarrativeForm({ itemId }: { itemId: number }) {
  const t = useTranslations('rounds');
  const [state, action, pending] = useRefreshingAction(correctNarrativeAction);
  return (
    <form action={action} className={styles.form} noValidate aria-label={t('correctSubmit')}>
      <FormStatus state={state} />
      <input type="hidden" name="itemId" value={itemId} />
      <Field name="text" label={t('narrative')} state={state} idPrefix="correct-">
        {(props) => <textarea {...props} rows={4} required />}
      </Field>
      <Field name="reason" label={t('correctReason')} state={state} idPrefix="correct-">
        {(props) => <textarea {...props} rows={2} required />}
      </Field>
      <SubmitButton pending={pending}>{t('correctSubmit')}</SubmitButton>
    </form>
  );
}
