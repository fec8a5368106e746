'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Field, FormStatus, SubmitButton } from '@/components/forms/form-parts';
import styles from '@/components/forms/forms.module.css';
import { signInAction } from '@/lib/auth/actions';

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations('auth.signIn');
  const [state, action, pending] = useActionState(signInAction, null);
  return (
    <form action={action} className={styles.form} noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="next" value={next} />
      <Field name="login" label={t('login')} state={state}>
        {(props) => <input {...props} type="text" autoComplete="username" required />}
      </Field>
      <Field name="password" label={t('password')} state={state} secret>
        {(props) => <input {...props} type="password" autoComplete="current-password" required />}
      </Field>
      <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
    </form>
  );
}
