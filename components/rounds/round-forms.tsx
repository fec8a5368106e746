'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Field, FormStatus, SubmitButton } from '@/components/forms/form-parts';
import styles from '@/components/forms/forms.module.css';
import { closeRoundAction, openRoundAction } from '@/lib/rounds/actions';

/** Opening a round of a district: year, period (1—N月), optional title, due date. */
export function OpenRoundForm({ districtId, years, periods }: { districtId: number; years: number[]; periods: { months: number; label: string }[] }) {
  const t = useTranslations('rounds');
  const [state, action, pending] = useActionState(openRoundAction, null);
  const roundId = state?.ok ? state.data?.roundId : undefined;
  return (
    <form action={action} className={styles.form} noValidate aria-label={t('openHeading')}>
      <FormStatus state={state} />
      {typeof roundId === 'number' ? <p><Link href={`/rounds/${roundId}`} data-testid="opened-round-link">{t('openItem')} →</Link></p> : null}
      <input type="hidden" name="districtId" value={districtId} />
      <div className={styles.row}>
        <Field name="year" label={t('year')} state={state} defaultValue={String(years[0] ?? new Date().getFullYear())}>
          {(props) => <select {...props}>{years.map((year) => <option key={year} value={year}>{year}</option>)}</select>}
        </Field>
        <Field name="periodMonths" label={t('period')} state={state} defaultValue="6">
          {(props) => <select {...props}>{periods.map((period) => <option key={period.months} value={period.months}>{period.label}</option>)}</select>}
        </Field>
        <Field name="dueOn" label={t('dueOn')} state={state}>
          {(props) => <input {...props} type="date" required />}
        </Field>
      </div>
      <Field name="title" label={t('titleLabel')} hint={t('titleHint')} state={state}>
        {(props) => <input {...props} type="text" />}
      </Field>
      <SubmitButton pending={pending}>{t('openSubmit')}</SubmitButton>
    </form>
  );
}

/** Closing cannot be undone: the button waits for the reviewer to confirm it in a checkbox. */
export function CloseRoundForm({ roundId, version }: { roundId: number; version: number }) {
  const t = useTranslations('rounds');
  const [state, action, pending] = useActionState(closeRoundAction, null);
  const [confirmed, setConfirmed] = useState(false);
  return (
    <form action={action} className={styles.form} aria-label={t('closeHeading')}>
      <FormStatus state={state} />
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="version" value={version} />
      <p className={styles.hint}>{t('closeHint')}</p>
      <label><input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} /> {t('closeConfirm')}</label>
      <SubmitButton pending={pending} disabled={!confirmed}>{t('closeSubmit')}</SubmitButton>
    </form>
  );
}
