'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormStatus } from '@/components/forms/form-parts';
import styles from '@/components/forms/forms.module.css';
import { resetPasswordAction, updateUserAction } from '@/lib/users/actions';
import { type DistrictChoice, DistrictPicker } from './district-picker';

type Props = {
  user: { id: number; role: string; disabled: boolean; version: number; email: string | null };
  /** The user's districts, named; every district is offered by the page's one DistrictOptions list. */
  districts: DistrictChoice[];
};

export function UserRowForm({ user, districts }: Props) {
  const t = useTranslations('admin.users');
  const [state, action, pending] = useActionState(updateUserAction, null);
  const [resetState, resetAction, resetPending] = useActionState(resetPasswordAction, null);
  const emailError = state && !state.ok ? state.fieldErrors.email : undefined;
  // After a refusal the choices sent, not the stored ones: React resets the form to its
  // defaults, which would put back the old role, e-mail and tick unseen, and the next save
  // (once the refused field is corrected) would quietly undo the other changes.
  const sent = state && !state.ok ? state.values : undefined;
  const role = sent?.role ?? user.role;
  const email = sent && typeof sent.email === 'string' ? sent.email : (user.email ?? '');
  const disabled = sent ? sent.disabled === 'on' : user.disabled;
  return (
    <div>
      <form action={action} className={styles.inline}>
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="version" value={user.version} />
        {/* Keyed by the value: a select only returns to a default it was mounted with. */}
        <select key={`role:${role}`} name="role" defaultValue={role} aria-label={t('role')}>
          <option value="staff">{t('roles.staff')}</option>
          <option value="reviewer">{t('roles.reviewer')}</option>
          <option value="admin">{t('roles.admin')}</option>
        </select>
        <DistrictPicker selected={districts} label={t('districts')} />
        <input
          type="email" name="email" defaultValue={email} aria-label={t('email')} placeholder={t('email')} autoComplete="off"
          aria-invalid={emailError ? true : undefined} aria-describedby={emailError ? `user-${user.id}-email-error` : undefined}
        />
        <span className={styles.checks}>
          <label><input key={`disabled:${disabled}`} type="checkbox" name="disabled" defaultChecked={disabled} /> {t('disabled')}</label>
        </span>
        <button type="submit" disabled={pending}>{t('save')}</button>
      </form>
      <FormStatus state={state} />
      {emailError ? <p id={`user-${user.id}-email-error`} className={styles.error}>{emailError}</p> : null}
      <form action={resetAction} className={styles.inline}>
        <input type="hidden" name="userId" value={user.id} />
        <input type="password" name="password" aria-label={t('newPassword')} placeholder={t('newPassword')} autoComplete="new-password" />
        <button type="submit" disabled={resetPending}>{t('reset')}</button>
      </form>
      <FormStatus state={resetState} />
    </div>
  );
}
