'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormStatus } from '@/components/forms/form-parts';
import styles from '@/components/forms/forms.module.css';
import { setReadRequiresSignInAction } from '@/lib/users/actions';

export function SettingForm({ value }: { value: boolean }) {
  const t = useTranslations('admin.settings');
  const [state, action, pending] = useActionState(setReadRequiresSignInAction, null);
  return (
    <form action={action} className={styles.inline}>
      <label><input type="checkbox" name="value" defaultChecked={value} /> {t('readRequiresSignIn')}</label>
      <button type="submit" disabled={pending}>{t('save')}</button>
      <FormStatus state={state} />
    </form>
  );
}
