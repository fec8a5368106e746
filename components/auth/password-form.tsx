'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { Field, FormStatus, SubmitButton } from '@/components/forms/form-parts';
import styles from '@/components/forms/forms.module.css';
import { changePasswordAction } from '@/lib/auth/actions';

export function PasswordForm({ next }: { next: string }) {
  const t = useTranslations('auth.password');
  const [state, action, pending] = useActionState(changePasswordAction, null);
  // Submitted by hand rather than through `action`: React resets a form after its action,
  // which would empty all three fields when only the confirmation was mistyped. The
  // passwords stay in the browser; the server never sends them back.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  return (
    <form onSubmit={submit} className={styles.form} noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="next" value={next} />
      <Field name="currentPassword" label={t('current')} state={state} secret>
        {(props) => <input {...props} type="password" autoComplete="current-password" required />}
      </Field>
      <Field name="newPassword" label={t('new')} hint={t('newHint')} state={state} secret>
        {(props) => <input {...props} type="password" autoComplete="new-password" minLength={10} required />}
      </Field>
      <Field name="confirmPassword" label={t('confirm')} state={state} secret>
        {(props) => <input {...props} type="password" autoComplete="new-password" required />}
      </Field>
      <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
    </form>
  );
}
