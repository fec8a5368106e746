'use client';

import Link from 'next/link';
import { type ReactNode, useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Field, FormStatus } from '@/components/forms/form-parts';
import styles from '@/components/forms/forms.module.css';
import { QUALIFIERS, VINTAGES } from '@/lib/domain/types';
import { acceptProposalAction, rejectProposalAction } from '@/lib/ingest/actions';
import type { ReviewItem } from '@/lib/ingest/proposals';

/** `children`: what the proposal settles or conflicts with (rendered by the page). */
/** `periodLabel`: an in-year proposal's period in the visitor's language ("1—11月", "H1 (Jan–Jun)"). */
type Props = { documentId: number; item: ReviewItem; index: number; indicatorName: string; recordHref: string | null; periodLabel?: string; children?: ReactNode };

/** One proposal: what was found, where, how sure; accept (optionally edited) or reject. */
export function ProposalCard({ documentId, item, index, indicatorName, recordHref, periodLabel, children }: Props) {
  const t = useTranslations('ingest.review');
  // Chinese punctuation for Chinese only: the English page reads "Quote: 「…」".
  const colon = useLocale().startsWith('zh') ? '：' : ': ';
  const [accepted, accept, accepting] = useActionState(acceptProposalAction, null);
  const [rejected, reject, rejecting] = useActionState(rejectProposalAction, null);
  const p = item.proposal;
  const prefix = `p${index}-`;
  const figure = item.kind === 'target' ? item.proposal.asWritten : `${item.proposal.value}${item.proposal.unit}`;
  // An in-year figure that differs from the recorded one can still be recorded (a new revision) or rejected (the stored one kept).
  const decidable = item.status === 'open' || (item.kind === 'in_year' && item.status === 'conflict');
  return (
    <li id={`proposal-${index}`} className="card proposal" data-testid="proposal" data-status={item.status} data-kind={item.kind} data-indicator={p.indicatorKey}>
      <p>
        <strong>{item.kind === 'target' ? t('kindTarget') : item.kind === 'in_year' ? t('kindInYear') : t('kindOutcome')}</strong>{' · '}
        {indicatorName}{' · '}{p.year}{item.kind === 'in_year' ? <span data-testid="proposal-period">{` · ${periodLabel}`}</span> : null}{' · '}{t(`measures.${p.measure}`)}{' · '}
        <strong data-testid="proposal-figure">{figure}</strong>
        {item.kind === 'target' ? ` · ${t(`qualifiers.${item.proposal.qualifier}`)}` : ` · ${t(`vintages.${item.proposal.vintage}`)}`}
        {p.confidence === null ? null : <>{' · '}<span className="muted">{t('confidence', { percent: Math.round(p.confidence * 100) })}</span></>}
        {' '}<span className={`badge status-${item.status}`} data-testid="proposal-status">{t(item.kind === 'in_year' && item.status === 'conflict' ? 'inYear.statusConflict' : `status.${item.status}`)}</span>
      </p>
      <p className="muted"><a href={`#quote-${index}`}>{t('quote')}</a>{colon}「{p.quote}」</p>
      {item.status === 'recorded' && recordHref ? <p><Link href={recordHref}>{t('recordedLink')}</Link></p> : null}
      {children}
      <FormStatus state={accepted ?? rejected} />
      {decidable ? (
        <div className={styles.inline}>
          <form action={accept} noValidate className="proposal-accept">
            <input type="hidden" name="documentId" value={documentId} />
            <input type="hidden" name="key" value={item.key} />
            {item.kind !== 'target' ? <input type="hidden" name="baseRevision" value={item.seriesRevision} /> : null}
            <details>
              <summary>{t('edit')}</summary>
              <fieldset className={styles.fieldset}>
                <legend>{t('editLegend')}</legend>
                <div className={styles.row}>
                  <Field idPrefix={prefix} name="year" label={t('year')} state={accepted} defaultValue={String(p.year)}>
                    {(props) => <input {...props} type="number" />}
                  </Field>
                  {item.kind === 'target' ? (
                    <Field idPrefix={prefix} name="qualifier" label={t('qualifier')} state={accepted} defaultValue={item.proposal.qualifier}>
                      {(props) => <select {...props}>{QUALIFIERS.map((q) => <option key={q} value={q}>{t(`qualifiers.${q}`)}</option>)}</select>}
                    </Field>
                  ) : (
                    <Field idPrefix={prefix} name="vintage" label={t('vintage')} state={accepted} defaultValue={item.proposal.vintage}>
                      {(props) => <select {...props}>{VINTAGES.map((v) => <option key={v} value={v}>{t(`vintages.${v}`)}</option>)}</select>}
                    </Field>
                  )}
                  <Field idPrefix={prefix} name="value" label={t('value')} state={accepted} defaultValue={p.value ?? ''}>
                    {(props) => <input {...props} type="text" inputMode="decimal" />}
                  </Field>
                  {item.kind === 'target' ? (
                    <Field idPrefix={prefix} name="valueHigh" label={t('valueHigh')} state={accepted} defaultValue={item.proposal.valueHigh ?? ''}>
                      {(props) => <input {...props} type="text" inputMode="decimal" />}
                    </Field>
                  ) : null}
                  <Field idPrefix={prefix} name="unit" label={t('unit')} state={accepted} defaultValue={p.unit ?? ''}>
                    {(props) => <input {...props} type="text" />}
                  </Field>
                </div>
              </fieldset>
            </details>
            <button type="submit" className={styles.primary} disabled={accepting}>{t(item.status === 'conflict' ? 'inYear.recordRevision' : 'accept')}</button>
          </form>
          <form action={reject}>
            <input type="hidden" name="documentId" value={documentId} />
            <input type="hidden" name="key" value={item.key} />
            <button type="submit" disabled={rejecting}>{t(item.status === 'conflict' ? 'inYear.keepStored' : 'reject')}</button>
          </form>
        </div>
      ) : null}
    </li>
  );
}
