'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { Field, FormStatus, SubmitButton } from '@/components/forms/form-parts';
import styles from '@/components/forms/forms.module.css';
import { editKeyTaskAction } from '@/lib/key-tasks/actions';

type Unit = { id: number; shortName: string };
type Task = { id: number; version: number; wording: string; leadUnitId: number | null; coUnitIds: number[]; documentId: number | null; quote: string };

/** Editing a key task's wording, units and source quote; the form carries the version it was read at. */
export function KeyTaskEditForm({ task, units, documents }: { task: Task; units: Unit[]; documents: { id: number; title: string }[] }) {
  const t = useTranslations('keyTasks');
  const r = useTranslations('rounds');
  const u = useTranslations('units');
  const router = useRouter();
  const [state, action, pending] = useActionState(editKeyTaskAction, null);
  useEffect(() => { if (state?.ok) router.refresh(); }, [state, router]);
  const errors = state && !state.ok ? state.fieldErrors : {};
  // After a refusal the ticks sent, not the stored ones: the form resets to its defaults.
  const sentCo = state && !state.ok && typeof state.values?.coUnitIds === 'string' ? state.values.coUnitIds.split(',').filter(Boolean).map(Number) : null;
  const coChecked = sentCo ?? task.coUnitIds;
  return (
    <form action={action} className={styles.form} noValidate aria-label={t('editHeading')}>
      <FormStatus state={state} />
      <input type="hidden" name="keyTaskId" value={task.id} />
      <input type="hidden" name="version" value={task.version} />
      <Field name="wording" label={r('keyTaskWording')} state={state} defaultValue={task.wording} idPrefix="kte-">
        {(props) => <textarea {...props} rows={3} required lang="zh-CN" />}
      </Field>
      <Field name="leadUnitId" label={u('lead')} state={state} defaultValue={task.leadUnitId === null ? '' : String(task.leadUnitId)} idPrefix="kte-">
        {(props) => <select {...props} required><option value="">{u('noLead')}</option>{units.map((unit) => <option key={unit.id} value={unit.id}>{unit.shortName}</option>)}</select>}
      </Field>
      <fieldset className={styles.fieldset} aria-describedby={errors.coUnitIds ? 'kte-co-error' : undefined}>
        <legend>{u('co')}</legend>
        <div className={styles.checks}>
          {units.map((unit) => <label key={unit.id} lang="zh-CN"><input type="checkbox" name="coUnitIds" value={unit.id} defaultChecked={coChecked.includes(unit.id)} />{unit.shortName}</label>)}
        </div>
        {errors.coUnitIds ? <p id="kte-co-error" className={styles.error}>{errors.coUnitIds}</p> : null}
      </fieldset>
      <Field name="documentId" label={r('keyTaskDocument')} state={state} defaultValue={task.documentId === null ? '' : String(task.documentId)} idPrefix="kte-">
        {(props) => <select {...props}><option value="">{r('keyTaskNoDocument')}</option>{documents.map((document) => <option key={document.id} value={document.id}>{document.title}</option>)}</select>}
      </Field>
      <Field name="quote" label={r('keyTaskQuote')} hint={r('keyTaskQuoteHint')} state={state} defaultValue={task.quote} idPrefix="kte-">
        {(props) => <textarea {...props} rows={3} lang="zh-CN" />}
      </Field>
      <SubmitButton pending={pending}>{t('editSubmit')}</SubmitButton>
    </form>
  );
}
