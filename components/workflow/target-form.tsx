'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { Field, FormStatus, SubmitButton } from '@/components/forms/form-parts';
import styles from '@/components/forms/forms.module.css';
import { SourceFields } from '@/components/workflow/source-fields';
import { createTargetAction, updateTargetAction } from '@/lib/targets/actions';

type Option = { id: number; name: string };
type Existing = { id: number; version: number; asWritten: string; documentId: number; quote: string };
type Props = {
  documents: { id: number; title: string; year: number }[];
  /** Create: the districts the user may write for and the indicators. */
  districts?: Option[];
  indicators?: Option[];
  districtId?: number;
  existing?: Existing;
  savedMessage?: string;
};

export function TargetForm({ documents, districts = [], indicators = [], districtId, existing, savedMessage }: Props) {
  const t = useTranslations('workflow.targetForm');
  const tm = useTranslations('workflow.target.measures');
  const [state, action, pending] = useActionState(existing ? updateTargetAction : createTargetAction, savedMessage ? { ok: true, message: savedMessage } : null);
  const router = useRouter();
  // The page re-reads the target, so the form carries the new version.
  useEffect(() => { if (state?.ok && existing) router.refresh(); }, [state, existing, router]);
  return (
    <form action={action} className={styles.form} noValidate>
      <FormStatus state={state} />
      {existing ? (
        <>
          <input type="hidden" name="targetId" value={existing.id} />
          <input type="hidden" name="version" value={existing.version} />
        </>
      ) : (
        <>
          <div className={styles.row}>
            <Field name="districtId" label={t('district')} state={state} defaultValue={districtId ? String(districtId) : ''}>
              {(props) => <select {...props}><option value="">{t('choose')}</option>{districts.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}</select>}
            </Field>
            <Field name="indicatorId" label={t('indicator')} state={state} defaultValue="">
              {(props) => <select {...props}><option value="">{t('choose')}</option>{indicators.map((i) => <option key={i.id} value={i.id}>{i.name}</option>)}</select>}
            </Field>
          </div>
          <div className={styles.row}>
            <Field name="year" label={t('year')} state={state} defaultValue={String(new Date().getFullYear())}>
              {(props) => <input {...props} type="number" min={2000} max={2100} />}
            </Field>
            <Field name="measure" label={t('measure')} state={state} defaultValue="growth">
              {(props) => <select {...props}><option value="growth">{tm('growth')}</option><option value="level">{tm('level')}</option></select>}
            </Field>
          </div>
        </>
      )}
      <Field name="asWritten" label={t('asWritten')} hint={t('asWrittenHint')} state={state} defaultValue={existing?.asWritten}>
        {(props) => <input {...props} type="text" required />}
      </Field>
      <SourceFields state={state} documents={documents} initial={existing ? { documentId: String(existing.documentId), quote: existing.quote } : undefined} />
      <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
    </form>
  );
}
