'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormStatus } from '@/components/forms/form-parts';
import forms from '@/components/forms/forms.module.css';
import { confirmQueueItemsAction } from '@/lib/reviews/actions';
import styles from './review-queue.module.css';

export const BULK_FORM_ID = 'bulk-confirm';

/** The queue's one bulk form; each item's checkbox joins it through form="bulk-confirm". */
export function BulkConfirm({ count }: { count: number }) {
  const t = useTranslations('workflow.review');
  const [state, action, pending] = useActionState(confirmQueueItemsAction, null);
  const setAll = (checked: boolean) => {
    for (const box of document.querySelectorAll<HTMLInputElement>(`input[form="${BULK_FORM_ID}"]`)) box.checked = checked;
  };
  return (
    <form id={BULK_FORM_ID} action={action} className={styles.bulk} aria-label={t('bulkLabel')} data-testid="bulk-confirm">
      <p className={styles.bulkHint}>{t('bulkHint', { count })}</p>
      <div className={styles.bulkButtons}>
        <button type="button" onClick={() => setAll(true)}>{t('selectAll')}</button>
        <button type="button" onClick={() => setAll(false)}>{t('selectNone')}</button>
        <button type="submit" className={forms.primary} disabled={pending} aria-disabled={pending}>{t('bulkConfirm')}</button>
      </div>
      <FormStatus state={state} />
      {state && !state.ok && state.fieldErrors.items ? <p className={forms.error}>{state.fieldErrors.items}</p> : null}
    </form>
  );
}
