'use client';

import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Field, FormStatus } from '@/components/forms/form-parts';
import styles from '@/components/forms/forms.module.css';
import { QUALIFIERS, type Qualifier } from '@/lib/domain/types';
import { dismissUnknownAction, mapUnknownAction } from '@/lib/ingest/actions';
import type { UnknownItem } from '@/lib/ingest/proposals';

type Props = { documentId: number; item: UnknownItem; index: number; indicators: { id: number; name: string }[]; canMap: boolean };

/** A target for an indicator the table does not know: dismiss it, or (admins) map the name to an existing indicator as an alias. */
export function UnknownIndicatorCard({ documentId, item, index, indicators, canMap }: Props) {
  const t = useTranslations('ingest.review');
  const colon = useLocale().startsWith('zh') ? '：' : ': ';
  const [dismissed, dismiss, dismissing] = useActionState(dismissUnknownAction, null);
  const [mapped, map, mapping] = useActionState(mapUnknownAction, null);
  const p = item.proposal;
  return (
    <li className="card proposal" data-testid="unknown-indicator" data-status={item.status}>
      <p>
        <strong>{t('unknown.kind')}</strong>{' · '}{t('unknown.name')}{colon}<strong data-testid="unknown-name">{p.name}</strong>
        {p.value ? ` · ${p.value}` : ''}{isQualifier(p.qualifier) ? ` · ${t(`qualifiers.${p.qualifier}`)}` : ''}
        {' '}<span className={`badge status-${item.status}`}>{t(`unknown.status.${item.status}`)}</span>
      </p>
      <p className="muted">{t('quote')}{colon}「{p.quote}」</p>
      <FormStatus state={dismissed ?? mapped} />
      {item.status === 'open' ? (
        <div className={styles.inline}>
          <form action={dismiss}>
            <input type="hidden" name="documentId" value={documentId} />
            <input type="hidden" name="key" value={item.key} />
            <button type="submit" disabled={dismissing || mapping}>{t('unknown.dismiss')}</button>
          </form>
          {canMap ? (
            <form action={map} noValidate>
              <input type="hidden" name="documentId" value={documentId} />
              <input type="hidden" name="key" value={item.key} />
              <Field idPrefix={`u${index}-`} name="indicatorId" label={t('unknown.mapTo')} state={mapped} defaultValue="">
                {(props) => (
                  <select {...props}>
                    <option value="">{t('unknown.choose')}</option>
                    {indicators.map((indicator) => <option key={indicator.id} value={indicator.id}>{indicator.name}</option>)}
                  </select>
                )}
              </Field>
              <button type="submit" className={styles.primary} disabled={dismissing || mapping}>{t('unknown.map')}</button>
            </form>
          ) : <p className="muted small">{t('unknown.adminOnly')}</p>}
        </div>
      ) : null}
    </li>
  );
}

// The extractor's field is not typed yet (see lib/ingest/proposals.ts): an unknown word is shown as the figure only.
function isQualifier(value: string | null): value is Qualifier {
  return value !== null && (QUALIFIERS as readonly string[]).includes(value);
}
