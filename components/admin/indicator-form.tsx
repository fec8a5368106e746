'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Field, FormStatus, SubmitButton } from '@/components/forms/form-parts';
import styles from '@/components/forms/forms.module.css';
import { updateIndicatorAction } from '@/lib/admin/actions';
import type { ToleranceDefaults } from '@/lib/verdict/tolerance';

type Indicator = { id: number; key: string; nameZh: string; nameEn: string; aliases: string[]; higherIsBetter: boolean; growthTolerancePp: string; levelToleranceRatio: string; version: number };

/** `defaults`: the global tolerances an empty field stands for, shown as its placeholder. */
export function IndicatorForm({ indicator, defaults }: { indicator: Indicator; defaults: ToleranceDefaults }) {
  const t = useTranslations('admin.indicators');
  const [state, action, pending] = useActionState(updateIndicatorAction, null);
  const p = `i${indicator.id}-`;
  // After a refusal the tick sent, not the stored one: React resets the form to its defaults,
  // which would put the stored direction back unseen while the other fields keep what was typed.
  const higherIsBetter = state && !state.ok && state.values ? state.values.higherIsBetter === 'on' : indicator.higherIsBetter;
  return (
    <form action={action} className={styles.form} aria-label={indicator.nameZh} data-testid="indicator-form">
      <input type="hidden" name="indicatorId" value={indicator.id} />
      <input type="hidden" name="version" value={indicator.version} />
      <p className={styles.hint}>{indicator.key}</p>
      <FormStatus state={state} />
      <div className={styles.row}>
        <Field idPrefix={p} name="nameZh" label={t('nameZh')} state={state} defaultValue={indicator.nameZh}>{(props) => <input {...props} />}</Field>
        <Field idPrefix={p} name="nameEn" label={t('nameEn')} state={state} defaultValue={indicator.nameEn}>{(props) => <input {...props} />}</Field>
      </div>
      <Field idPrefix={p} name="aliases" label={t('aliases')} hint={t('aliasesHint')} state={state} defaultValue={indicator.aliases.join('、')}>{(props) => <input {...props} />}</Field>
      <div className={styles.row}>
        <Field idPrefix={p} name="growthTolerancePp" label={t('growthTolerancePp')} state={state} defaultValue={indicator.growthTolerancePp}>{(props) => <input {...props} inputMode="decimal" placeholder={t('defaultTolerance', { value: defaults.growthTolerancePp })} />}</Field>
        <Field idPrefix={p} name="levelToleranceRatio" label={t('levelToleranceRatio')} state={state} defaultValue={indicator.levelToleranceRatio}>{(props) => <input {...props} inputMode="decimal" placeholder={t('defaultTolerance', { value: defaults.levelToleranceRatio })} />}</Field>
      </div>
      <label className={styles.checks}><input type="checkbox" name="higherIsBetter" defaultChecked={higherIsBetter} /> {t('higherIsBetter')}</label>
      <SubmitButton pending={pending}>{t('save')}</SubmitButton>
    </form>
  );
}
