'use client';

import { useActionState, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { Field, FormStatus, SubmitButton } from '@/components/forms/form-parts';
import { DocumentKindSelect } from '@/components/forms/document-kind-select';
import styles from '@/components/forms/forms.module.css';
import { createIngestDocumentAction } from '@/lib/ingest/actions';
import { fileTooLarge } from '@/lib/upload-limits';

type Props = { districts: { id: number; name: string }[]; defaultYear: number };

export function NewDocumentForm({ districts, defaultYear }: Props) {
  const t = useTranslations('ingest.new');
  const tErrors = useTranslations('ingest.errors');
  const [state, action, pending] = useActionState(createIngestDocumentAction, null);
  const [tooLarge, setTooLarge] = useState(false);
  const checkSize = (event: FormEvent<HTMLFormElement>) => {
    const oversized = fileTooLarge(new FormData(event.currentTarget));
    setTooLarge(oversized);
    if (oversized) event.preventDefault();
  };
  return (
    <form action={action} onSubmit={checkSize} className={styles.form} noValidate>
      <FormStatus state={state} />
      {tooLarge ? <p role="alert" className={styles.failure} data-testid="file-too-large">{tErrors('too_large')}</p> : null}
      <div className={styles.row}>
        <Field name="districtId" label={t('district')} state={state} defaultValue={districts.length === 1 ? String(districts[0]!.id) : ''}>
          {(props) => (
            <select {...props} required>
              {districts.length > 1 ? <option value="">—</option> : null}
              {districts.map((d) => <option key={d.id} value={String(d.id)}>{d.name}</option>)}
            </select>
          )}
        </Field>
        <Field name="year" label={t('year')} hint={t('yearHint')} state={state} defaultValue={String(defaultYear)}>
          {(props) => <input {...props} type="number" min={2000} max={2100} required />}
        </Field>
        <Field name="kind" label={t('kind')} state={state} defaultValue="work_report">
          {(props) => <DocumentKindSelect {...props} />}
        </Field>
      </div>
      <Field name="title" label={t('title')} state={state}>
        {(props) => <input {...props} type="text" required />}
      </Field>
      <div className={styles.row}>
        <Field name="publishedOn" label={t('date')} state={state}>
          {(props) => <input {...props} type="date" />}
        </Field>
        <Field name="url" label={t('url')} state={state}>
          {(props) => <input {...props} type="url" />}
        </Field>
      </div>
      <Field name="text" label={t('text')} hint={t('textHint')} state={state}>
        {(props) => <textarea {...props} rows={12} />}
      </Field>
      <Field name="file" label={t('file')} hint={t('fileHint')} state={state} secret>
        {(props) => <input {...props} type="file" accept=".txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document" />}
      </Field>
      <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
    </form>
  );
}
