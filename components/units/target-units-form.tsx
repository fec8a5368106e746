'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormStatus, SubmitButton } from '@/components/forms/form-parts';
import styles from '@/components/forms/forms.module.css';
import { assignTargetUnitsAction } from '@/lib/responsible-units/actions';

type Unit = { id: number; name: string; shortName: string };

/** One target's lead unit (a select) and co-units (checkboxes), saved together. */
export function TargetUnitsForm({ targetId, label, units, leadUnitId, coUnitIds }: { targetId: number; label: string; units: Unit[]; leadUnitId: number | null; coUnitIds: number[] }) {
  const t = useTranslations('units');
  const [state, action, pending] = useActionState(assignTargetUnitsAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const leadId = `assign-${targetId}-lead`;
  return (
    <form action={action} className={styles.form} aria-label={label} id={`target-${targetId}`}>
      <input type="hidden" name="targetId" value={targetId} />
      <p lang="zh-CN"><strong>{label}</strong></p>
      <FormStatus state={state} />
      <div className={`${styles.field} ${errors.leadUnitId ? styles.invalid : ''}`}>
        <label htmlFor={leadId}>{t('lead')}</label>
        <select id={leadId} name="leadUnitId" defaultValue={leadUnitId ?? ''} aria-invalid={errors.leadUnitId ? true : undefined} aria-describedby={errors.leadUnitId ? `${leadId}-error` : undefined}>
          <option value="">{t('noLead')}</option>
          {units.map((unit) => <option key={unit.id} value={unit.id}>{unit.shortName}</option>)}
        </select>
        {errors.leadUnitId ? <p id={`${leadId}-error`} className={styles.error}>{errors.leadUnitId}</p> : null}
      </div>
      <fieldset className={styles.fieldset} aria-describedby={errors.coUnitIds ? `assign-${targetId}-co-error` : undefined}>
        <legend>{t('co')}</legend>
        <div className={styles.checks}>
          {units.map((unit) => (
            <label key={unit.id} lang="zh-CN">
              <input type="checkbox" name="coUnitIds" value={unit.id} defaultChecked={coUnitIds.includes(unit.id)} />
              {unit.shortName}
            </label>
          ))}
        </div>
        {errors.coUnitIds ? <p id={`assign-${targetId}-co-error`} className={styles.error}>{errors.coUnitIds}</p> : null}
      </fieldset>
      <SubmitButton pending={pending}>{t('assign')}</SubmitButton>
    </form>
  );
}
