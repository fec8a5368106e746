'use client';

import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Field, FormStatus, SubmitButton } from '@/components/forms/form-parts';
import styles from '@/components/forms/forms.module.css';
import { createDistrictAction, updateDistrictAction } from '@/lib/admin/actions';
import { pick } from '@/lib/i18n/pick';

type District = { id: number; code: string; nameZh: string; nameEn: string; pinyin: string; cityZh: string | null; cityEn: string | null; provinceZh: string; provinceEn: string; version: number };
const FIELDS = ['code', 'nameZh', 'nameEn', 'pinyin', 'provinceZh', 'provinceEn', 'cityZh', 'cityEn'] as const;

export function DistrictForm({ district }: { district?: District }) {
  const t = useTranslations('admin.districts');
  const [state, action, pending] = useActionState(district ? updateDistrictAction : createDistrictAction, null);
  const p = district ? `d${district.id}-` : 'new-';
  const locale = useLocale() === 'en' ? 'en' : 'zh';
  return (
    <form action={action} className={styles.form} aria-label={district ? district.nameZh : t('create')}>
      {/* Each card says whose it is: a heading for screen readers' heading list, and for phones, where the fields of one card run into the next. */}
      {district ? <><h3 style={{ margin: 0 }}>{pick(locale, district.nameZh, district.nameEn)}</h3><input type="hidden" name="districtId" value={district.id} /><input type="hidden" name="version" value={district.version} /></> : <div><h2 style={{ margin: 0 }}>{t('create')}</h2><p className="muted" style={{ margin: '0.25rem 0 0' }}>{t('createLede')}</p></div>}
      <FormStatus state={state} />
      <div className={styles.row}>
        {FIELDS.map((name) => (
          <Field key={name} idPrefix={p} name={name} label={t(name)} state={state} defaultValue={district ? (district[name] ?? '') : ''}>
            {(props) => <input {...props} {...(name === 'code' ? { inputMode: 'numeric' as const, maxLength: 6 } : {})} />}
          </Field>
        ))}
      </div>
      <SubmitButton pending={pending}>{district ? t('save') : t('createSubmit')}</SubmitButton>
    </form>
  );
}
