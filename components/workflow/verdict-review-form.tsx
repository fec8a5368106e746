'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { Field, FormStatus, SubmitButton } from '@/components/forms/form-parts';
import styles from '@/components/forms/forms.module.css';
import { reviewVerdictAction } from '@/lib/reviews/actions';

export function VerdictReviewForm({ targetId, qualitative, codes }: { targetId: number; qualitative: boolean; codes: { code: string; label: string }[] }) {
  const t = useTranslations('workflow.verdictReview');
  const router = useRouter();
  const [state, action, pending] = useActionState(reviewVerdictAction, null);
  useEffect(() => { if (state?.ok) router.refresh(); }, [state, router]);
  return (
    <form action={action} className={styles.form} noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="targetId" value={targetId} />
      <Field name="kind" label={t('kind')} state={state} defaultValue={qualitative ? 'judgment' : 'confirm'}>
        {(props) => (
          <select {...props}>
            {qualitative ? <option value="judgment">{t('judgment')}</option> : (
              <>
                <option value="confirm">{t('confirm')}</option>
                <option value="override">{t('override')}</option>
              </>
            )}
          </select>
        )}
      </Field>
      <Field name="verdict" label={t('verdict')} hint={t('verdictHint')} state={state} defaultValue="">
        {(props) => (
          <select {...props}>
            <option value="">—</option>
            {codes.map((code) => <option key={code.code} value={code.code}>{code.label}</option>)}
          </select>
        )}
      </Field>
      <Field name="reason" label={t('reason')} hint={t('reasonHint')} state={state}>
        {(props) => <textarea {...props} rows={3} style={{ minHeight: '4rem' }} />}
      </Field>
      <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
    </form>
  );
}
