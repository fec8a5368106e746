'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Field, FormStatus, SubmitButton } from '@/components/forms/form-parts';
import styles from '@/components/forms/forms.module.css';
import { createUnitAction, updateUnitAction } from '@/lib/responsible-units/actions';

type Unit = { id: number; name: string; shortName: string; version: number };

/** Adds a unit to a district, or renames one (with its version, so a stale form is a conflict). */
export function UnitForm({ districtId, unit }: { districtId: number; unit?: Unit }) {
  const t = useTranslations('units');
  const [state, action, pending] = useActionState(unit ? updateUnitAction : createUnitAction, null);
  const p = unit ? `u${unit.id}-` : 'new-unit-';
  return (
    <form action={action} className={styles.form} aria-label={unit ? unit.name : t('create')}>
      {unit ? <><input type="hidden" name="unitId" value={unit.id} /><input type="hidden" name="version" value={unit.version} /></> : <><h3>{t('create')}</h3><input type="hidden" name="districtId" value={districtId} /></>}
      <FormStatus state={state} />
      <div className={styles.row}>
        <Field idPrefix={p} name="name" label={t('name')} hint={unit ? undefined : t('nameHint')} state={state} defaultValue={unit?.name ?? ''}>
          {(props) => <input {...props} lang="zh-CN" />}
        </Field>
        <Field idPrefix={p} name="shortName" label={t('shortName')} hint={unit ? undefined : t('shortNameHint')} state={state} defaultValue={unit?.shortName ?? ''}>
          {(props) => <input {...props} lang="zh-CN" />}
        </Field>
      </div>
      <SubmitButton pending={pending}>{unit ? t('save') : t('createSubmit')}</SubmitButton>
    </form>
  );
}
