'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Field } from '@/components/forms/form-parts';
import { DocumentKindSelect } from '@/components/forms/document-kind-select';
import styles from '@/components/forms/forms.module.css';
import type { FormState } from '@/lib/actions/form-state';

type Props = { state: FormState; documents: { id: number; title: string; year: number }[]; initial?: { documentId?: string; quote?: string } };

/** Where a figure comes from: an existing document of the district or a new one, and the verbatim quote. */
export function SourceFields({ state, documents, initial }: Props) {
  const t = useTranslations('workflow.outcome');
  const [documentId, setDocumentId] = useState(initial?.documentId ?? (documents.length ? '' : 'new'));
  const documentSelect = useRef<HTMLSelectElement>(null);
  // The form reset after an action puts the select back to its first option; keep the choice.
  useEffect(() => { if (documentSelect.current) documentSelect.current.value = documentId; }, [state, documentId]);
  const isNew = documentId === 'new' || documents.length === 0;
  return (
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
                {(props) => <DocumentKindSelect {...props} />}
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
        <Field name="quote" label={t('quote')} hint={t('quoteHint')} state={state} defaultValue={initial?.quote}>
          {(props) => <textarea {...props} rows={2} style={{ minHeight: '3rem' }} required />}
        </Field>
      </fieldset>
  );
}
