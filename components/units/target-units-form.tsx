'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Field, FormStatus, SubmitButton } from '@/components/forms/form-parts';
import styles from '@/components/forms/forms.module.css';
import { assignTargetUnitsAction } from '@/lib/responsible-units/actions';

type Unit = { id: number; name: string; shortName: string };

/** One target's lead unit (a select) and co-units (checkboxes), saved together. */
export function TargetUnitsForm({ targetId, label, units, leadUnitId, coUnitIds }: { targetId: number; label: string; units: Unit[]; leadUnitId: number | null; coUnitIds: number[] }) {
  const t = useTranslations('units');
  const [state, action, pending] = useActionState(assignTargetUnitsAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  // After a refusal the ticks sent, not the stored ones: React resets the form to its
  // defaults, which would untick them unseen and the next save would drop them.
  const sentCo = state && !state.ok && typeof state.values?.coUnitIds === 'string' ? state.values.coUnitIds.split(',').filter(Boolean).map(Number) : null;
  const coChecked = sentCo ?? coUnitIds;
  return (
    <form action={action} className={styles.form} aria-label={label} id={`target-${targetId}`}>
      <input type="hidden" name="targetId" value={targetId} />
      <p lang="zh-CN"><strong>{label}</strong></p>
      <FormStatus state={state} />
      {/* Field refills the lead sent with a refused save, as the co-units are above. */}
      <Field name="leadUnitId" label={t('lead')} state={state} defaultValue={leadUnitId === null ? '' : String(leadUnitId)} idPrefix={`assign-${targetId}-`}>
        {(props) => (
          <select {...props}>
            <option value="">{t('noLead')}</option>
            {units.map((unit) => <option key={unit.id} value={unit.id}>{unit.shortName}</option>)}
          </select>
        )}
      </Field>
      <fieldset className={styles.fieldset} aria-describedby={errors.coUnitIds ? `assign-${targetId}-co-error` : undefined}>
        <legend>{t('co')}</legend>
        <div className={styles.checks}>
          {units.map((unit) => (
            <label key={unit.id} lang="zh-CN">
              <input type="checkbox" name="coUnitIds" value={unit.id} defaultChecked={coChecked.includes(unit.id)} />
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
