'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Field, FormStatus, SubmitButton } from '@/components/forms/form-parts';
import styles from '@/components/forms/forms.module.css';
import { createUserAction } from '@/lib/users/actions';
import { DistrictPicker } from './district-picker';

export function CreateUserForm() {
  const t = useTranslations('admin.users');
  const [state, action, pending] = useActionState(createUserAction, null);
  const districtError = state && !state.ok ? state.fieldErrors.districtIds : undefined;
  // A created user empties the picker (a new generation remounts it); a refused submit keeps its chips.
  const [seen, setSeen] = useState(state);
  const [generation, setGeneration] = useState(0);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) setGeneration((value) => value + 1);
  }
  return (
    <form action={action} className={styles.form} noValidate aria-labelledby="create-user-heading">
      <h3 id="create-user-heading">{t('create')}</h3>
      <FormStatus state={state} />
      <div className={styles.row}>
        <Field name="username" label={t('username')} state={state}>{(props) => <input {...props} type="text" autoComplete="off" />}</Field>
        <Field name="displayName" label={t('displayName')} state={state}>{(props) => <input {...props} type="text" />}</Field>
      </div>
      <div className={styles.row}>
        <Field name="email" label={t('email')} state={state}>{(props) => <input {...props} type="email" />}</Field>
        <Field name="role" label={t('role')} state={state} defaultValue="staff">
          {(props) => (
            <select {...props}>
              <option value="staff">{t('roles.staff')}</option>
              <option value="reviewer">{t('roles.reviewer')}</option>
              <option value="admin">{t('roles.admin')}</option>
            </select>
          )}
        </Field>
      </div>
      <Field name="password" label={t('password')} hint={t('passwordHint')} state={state} secret>
        {(props) => <input {...props} type="password" autoComplete="new-password" />}
      </Field>
      <fieldset className={styles.fieldset} aria-describedby={districtError ? 'districts-error' : undefined}>
        <legend>{t('districts')}</legend>
        <DistrictPicker key={generation} selected={[]} label={t('districts')} />
        {districtError ? <p id="districts-error" className={styles.error}>{districtError}</p> : null}
      </fieldset>
      <SubmitButton pending={pending}>{t('createSubmit')}</SubmitButton>
    </form>
  );
}
