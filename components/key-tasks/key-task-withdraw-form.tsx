'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Field, FormStatus, SubmitButton } from '@/components/forms/form-parts';
import styles from '@/components/forms/forms.module.css';
import { withdrawKeyTaskAction } from '@/lib/key-tasks/actions';

/** Withdrawing (撤销) a key task, with the reason the audit keeps. A withdrawal redirects to the
 *  task's page with a notice of what it removed (the form itself is gone from that page). */
export function KeyTaskWithdrawForm({ keyTaskId, version }: { keyTaskId: number; version: number }) {
  const t = useTranslations('keyTasks');
  const [state, action, pending] = useActionState(withdrawKeyTaskAction, null);
  return (
    <form action={action} className={styles.form} noValidate aria-label={t('withdrawHeading')}>
      <FormStatus state={state} />
      <p className={styles.hint}>{t('withdrawHint')}</p>
      <input type="hidden" name="keyTaskId" value={keyTaskId} />
      <input type="hidden" name="version" value={version} />
      <Field name="reason" label={t('withdrawReason')} state={state} idPrefix="ktw-">
        {(props) => <textarea {...props} rows={2} required />}
      </Field>
      <SubmitButton pending={pending}>{t('withdrawSubmit')}</SubmitButton>
    </form>
  );
}
