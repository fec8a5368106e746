'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { Field, FormStatus, SubmitButton } from '@/components/forms/form-parts';
import styles from '@/components/forms/forms.module.css';
import { createKeyTaskAction } from '@/lib/rounds/actions';

type Unit = { id: number; shortName: string };

/** Adding a key task (重点工作) of a district's year by hand, with its units and optional source quote. */
export function KeyTaskForm({ districtId, year, units, documents }: { districtId: number; year: number; units: Unit[]; documents: { id: number; title: string }[] }) {
  const t = useTranslations('rounds');
  const u = useTranslations('units');
  const router = useRouter();
  const [state, action, pending] = useActionState(createKeyTaskAction, null);
  useEffect(() => { if (state?.ok) router.refresh(); }, [state, router]);
  const errors = state && !state.ok ? state.fieldErrors : {};
  // After a refusal the ticks sent (the form resets to its defaults, which would untick them unseen).
  const sentCo = state && !state.ok && typeof state.values?.coUnitIds === 'string' ? state.values.coUnitIds.split(',').filter(Boolean).map(Number) : [];
  return (
    <form action={action} className={styles.form} noValidate aria-label={t('keyTaskCreate')}>
      <FormStatus state={state} />
      <input type="hidden" name="districtId" value={districtId} />
      <input type="hidden" name="year" value={year} />
      <Field name="wording" label={t('keyTaskWording')} state={state} idPrefix="kt-">
        {(props) => <textarea {...props} rows={2} required lang="zh-CN" />}
      </Field>
      <Field name="leadUnitId" label={u('lead')} state={state} defaultValue="" idPrefix="kt-">
        {(props) => <select {...props} required><option value="">{u('noLead')}</option>{units.map((unit) => <option key={unit.id} value={unit.id}>{unit.shortName}</option>)}</select>}
      </Field>
      <fieldset className={styles.fieldset}>
        <legend>{u('co')}</legend>
        <div className={styles.checks}>
          {units.map((unit) => <label key={unit.id} lang="zh-CN"><input type="checkbox" name="coUnitIds" value={unit.id} defaultChecked={sentCo.includes(unit.id)} />{unit.shortName}</label>)}
        </div>
        {errors.coUnitIds ? <p className={styles.error}>{errors.coUnitIds}</p> : null}
      </fieldset>
      <Field name="documentId" label={t('keyTaskDocument')} state={state} defaultValue="" idPrefix="kt-">
        {(props) => <select {...props}><option value="">{t('keyTaskNoDocument')}</option>{documents.map((document) => <option key={document.id} value={document.id}>{document.title}</option>)}</select>}
      </Field>
      <Field name="quote" label={t('keyTaskQuote')} hint={t('keyTaskQuoteHint')} state={state} idPrefix="kt-">
        {(props) => <textarea {...props} rows={2} />}
      </Field>
      <SubmitButton pending={pending}>{t('keyTaskCreate')}</SubmitButton>
    </form>
  );
}
