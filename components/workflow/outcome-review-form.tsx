'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormStatus } from '@/components/forms/form-parts';
import styles from '@/components/forms/forms.module.css';
import { reviewOutcomeAction } from '@/lib/reviews/actions';

export function OutcomeReviewForm({ outcomeId }: { outcomeId: number }) {
  const t = useTranslations('workflow.review');
  const [state, action, pending] = useActionState(reviewOutcomeAction, null);
  const error = state && !state.ok ? state.fieldErrors.comment : undefined;
  const id = `comment-${outcomeId}`;
  if (state?.ok) return <FormStatus state={state} />;
  return (
    <form action={action} className={styles.inline} noValidate>
      <input type="hidden" name="outcomeId" value={outcomeId} />
      <div className={styles.field}>
        <label htmlFor={id}>{t('comment')}</label>
        <input id={id} name="comment" type="text" aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
        {error ? <p id={`${id}-error`} className={styles.error}>{error}</p> : null}
      </div>
      <button type="submit" name="state" value="verified" className={styles.primary} disabled={pending}>{t('verify')}</button>
      <button type="submit" name="state" value="disputed" disabled={pending}>{t('dispute')}</button>
      <FormStatus state={state} />
    </form>
  );
}
