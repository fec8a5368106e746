import Link from 'next/link';
import type { Locale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import type { DisputedWithoutTarget } from '@/lib/outcomes/data';
import { formatQuantity } from '@/lib/views/format';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The staff to-do's disputed figures that no target settles: the reason, the quote, and the way to correct them (import or a new document). */
export function DisputedWithoutTargetTable({ rows, locale, t, tableClass }: { rows: DisputedWithoutTarget[]; locale: Locale; t: Translate; tableClass: string }) {
  return (
    <section className="view-section" aria-labelledby="untargeted-todo-heading">
      <h2 id="untargeted-todo-heading">{t('untargetedHeading')}</h2>
      <p className="small">{t('untargetedIntro')}</p>
      <div className="table-wrap">
        <table className={tableClass}>
          <thead><tr><th scope="col">{t('year')}</th><th scope="col">{t('district')}</th><th scope="col">{t('indicator')}</th><th scope="col">{t('figure')}</th><th scope="col">{t('status')}</th><th scope="col"><span className="visually-hidden">{t('action')}</span></th></tr></thead>
          <tbody>
            {rows.map((row) => {
              const indicator = pick(locale, row.indicator.nameZh, row.indicator.nameEn);
              return (
                <tr key={row.outcomeId} data-testid="untargeted-todo-row">
                  <td data-label={t('year')}>{row.year}</td>
                  <td data-label={t('district')}>{pick(locale, row.district.nameZh, row.district.nameEn)}</td>
                  <th scope="row">{indicator}</th>
                  <td data-label={t('figure')}>{formatQuantity(locale, row.value, row.unit)} · {t('revision', { n: row.revision })}</td>
                  <td data-label={t('status')}>
                    <strong>{t('disputed')}</strong>
                    {row.comment ? <div className="small" data-testid="untargeted-dispute-reason">{t('disputeReason', { reason: row.comment })}</div> : null}
                  </td>
                  <td>
                    <Link href={`/documents/${row.sourceDocumentId}#outcome-${row.outcomeId}`} aria-label={t('viewQuoteOf', { indicator, year: row.year })}>{t('viewQuote')}</Link>
                    {' · '}
                    <Link href="/import">{t('importCorrection')}</Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
