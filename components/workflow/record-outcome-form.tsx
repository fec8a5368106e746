'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Field, FormStatus, SubmitButton } from '@/components/forms/form-parts';
import styles from '@/components/forms/forms.module.css';
import { recordOutcomeAction } from '@/lib/outcomes/actions';

type Props = {
  targetId: number;
  baseRevision: number;
  defaultUnit: string;
  documents: { id: number; title: string; year: number }[];
};

export function RecordOutcomeForm({ targetId, baseRevision, defaultUnit, documents }: Props) {
  const t = useTranslations('workflow.outcome');
  const tk = useTranslations('workflow.documentKinds');
  const router = useRouter();
  const [state, action, pending] = useActionState(recordOutcomeAction, null);
  const [documentId, setDocumentId] = useState(state && !state.ok ? (state.values?.documentId ?? '') : documents.length ? '' : 'new');
  // The page shows the verdict from the server; refresh it after a save.
  const documentSelect = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (state?.ok) router.refresh();
    // The form reset after an action puts the select back to its first option; keep the choice.
    if (documentSelect.current) documentSelect.current.value = documentId;
  }, [state, router, documentId]);
  const isNew = documentId === 'new' || documents.length === 0;
  return (
    <form action={action} className={styles.form} noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="targetId" value={targetId} />
      <input type="hidden" name="baseRevision" value={baseRevision} />
      <div className={styles.row}>
        <Field name="value" label={t('value')} hint={t('valueHint')} state={state}>
          {(props) => <input {...props} type="text" inputMode="decimal" required />}
        </Field>
        <Field name="unit" label={t('unit')} state={state} defaultValue={defaultUnit}>
          {(props) => <input {...props} type="text" required />}
        </Field>
        <Field name="vintage" label={t('vintage')} state={state} defaultValue="">
          {(props) => (
            <select {...props} required>
              <option value="">{t('choose')}</option>
              <option value="estimate">{t('vintages.estimate')}</option>
              <option value="preliminary">{t('vintages.preliminary')}</option>
              <option value="final">{t('vintages.final')}</option>
            </select>
          )}
        </Field>
      </div>
      <fieldset className={styles.fieldset}>
        <legend>{t('source')}</legend>
        <Field name="documentId" label={t('document')} state={state} secret>
          {(props) => (
            <select {...props} ref={documentSelect} value={documentId} onChange={(event) => setDocumentId(event.target.value)}>
              {documents.length ? <option value="">{t('choose')}</option> : null}
              {documents.map((document) => <option key={document.id} value={String(document.id)}>{document.year} · {document.title}</option>)}
              <option value="new">{t('newDocument')}</option>
            </select>
          )}
        </Field>
        {isNew ? (
          <>
            <div className={styles.row}>
              <Field name="newKind" label={t('kind')} state={state} defaultValue="statistical_bulletin">
                {(props) => (
                  <select {...props}>
                    <option value="work_report">{tk('work_report')}</option>
                    <option value="statistical_bulletin">{tk('statistical_bulletin')}</option>
                    <option value="other">{tk('other')}</option>
                  </select>
                )}
              </Field>
              <Field name="newDate" label={t('date')} state={state}>
                {(props) => <input {...props} type="date" />}
              </Field>
            </div>
            <Field name="newTitle" label={t('title')} state={state}>
              {(props) => <input {...props} type="text" />}
            </Field>
            <Field name="newUrl" label={t('url')} state={state}>
              {(props) => <input {...props} type="url" />}
            </Field>
            <Field name="newText" label={t('text')} hint={t('textHint')} state={state}>
              {(props) => <textarea {...props} />}
            </Field>
          </>
        ) : null}
        <Field name="quote" label={t('quote')} hint={t('quoteHint')} state={state}>
          {(props) => <textarea {...props} rows={2} style={{ minHeight: '3rem' }} required />}
        </Field>
      </fieldset>
      <Field name="note" label={t('note')} state={state}>
        {(props) => <input {...props} type="text" />}
      </Field>
      <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
    </form>
  );
}
