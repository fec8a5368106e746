'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormStatus, SubmitButton } from '@/components/forms/form-parts';
import styles from '@/components/forms/forms.module.css';
import { setUnitMembersAction } from '@/lib/responsible-units/actions';

type Account = { id: number; username: string; displayName: string };

/** The accounts that report for a unit, chosen among the district's accounts. */
export function UnitMembersForm({ unitId, unitName, accounts, memberIds }: { unitId: number; unitName: string; accounts: Account[]; memberIds: number[] }) {
  const t = useTranslations('units');
  const [state, action, pending] = useActionState(setUnitMembersAction, null);
  const error = state && !state.ok ? state.fieldErrors.userIds : undefined;
  // After a refusal the ticks sent, not the stored ones: React resets the form to its
  // defaults, which would untick them unseen and the next save would drop them.
  const sent = state && !state.ok && typeof state.values?.userIds === 'string' ? state.values.userIds.split(',').filter(Boolean).map(Number) : null;
  const checked = sent ?? memberIds;
  return (
    <form action={action} className={styles.form} aria-label={`${unitName} · ${t('members')}`}>
      <input type="hidden" name="unitId" value={unitId} />
      <FormStatus state={state} />
      <fieldset className={styles.fieldset} aria-invalid={error ? true : undefined} aria-describedby={error ? `members-${unitId}-error` : undefined}>
        <legend>{t('members')}</legend>
        <div className={styles.checks}>
          {accounts.map((account) => (
            <label key={account.id}>
              <input type="checkbox" name="userIds" value={account.id} defaultChecked={checked.includes(account.id)} />
              {account.displayName} <span className="muted small">({account.username})</span>
            </label>
          ))}
        </div>
        {error ? <p id={`members-${unitId}-error`} className={styles.error}>{error}</p> : null}
      </fieldset>
      <SubmitButton pending={pending}>{t('saveMembers')}</SubmitButton>
    </form>
  );
}
