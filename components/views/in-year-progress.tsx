import Link from 'next/link';
import { ActualAgainstReference, type ReferencePoint } from '@/components/charts/actual-against-reference';
import { PaceBadge } from '@/components/views/pace-badge';
import { ReviewStateTag } from '@/components/views/review-state';
import { TableRegion } from '@/components/views/table-region';
import type { Locale } from '@/lib/i18n/locale';
import { periodLabel } from '@/lib/periods/choices';
import type { InYearPoint } from '@/lib/periods/data';
import type { ReviewState } from '@/lib/targets/data';
import { formatQuantity } from '@/lib/views/format';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The target page's in-year series: each period's cumulative figure against the pace
 * line, as a chart and as its table (the same formatted numbers), with each period's
 * pace verdict and explanation, and whether the figure it rests on is verified, disputed
 * or unchecked (in words, as the annual figures' table says it; `reviewLabel` is that table's).
 * Without an in-year figure it says so and draws nothing.
 */
export function InYearProgress({ points, locale, t, indicator, recordHref, reviewLabel }: {
  points: InYearPoint[]; locale: Locale; t: Translate; indicator: string; recordHref: string | null; reviewLabel: (state: ReviewState) => string;
}) {
  const quantity = (value: string | null, unit: string | null) => (value === null ? '' : formatQuantity(locale, value, unit));
  const rows = points.map((point) => ({
    key: String(point.periodMonths),
    label: periodLabel(point.periodMonths)[locale],
    actualText: quantity(point.pace.actualValue, point.pace.actualUnit),
    paceText: quantity(point.pace.paceLine, point.pace.actualUnit),
    point,
  }));
  const unit = points.find((point) => point.pace.actualUnit)?.pace.actualUnit ?? '';
  const chart: ReferencePoint[] = rows.map((row) => ({
    label: row.label, actual: numberOf(row.point.pace.actualValue), reference: numberOf(row.point.pace.paceLine), actualText: row.actualText, referenceText: row.paceText,
  }));
  const title = t('chartTitle', { indicator });
  return (
    <section className="view-section" aria-labelledby="in-year-heading" data-testid="in-year">
      <h2 id="in-year-heading">{t('inYearHeading')}</h2>
      {recordHref ? <p><Link href={recordHref}>{t('recordInYear')}</Link></p> : null}
      {points.length === 0 ? <p className="card" data-testid="no-in-year">{t('noInYearData')}</p> : (
        <>
          <p id="in-year-description" className="visually-hidden">{title}</p>
          <ActualAgainstReference testId="pace-chart" data={chart} actualName={t('actualLine')} referenceName={t('paceLine')} unit={unit === '%' ? '%' : ''} describedBy="in-year-description in-year-table" title={title} />
          <TableRegion label={title}>
            <table id="in-year-table" data-testid="in-year-table">
              <caption className="visually-hidden">{title}</caption>
              <thead><tr>
                <th scope="col">{t('period')}</th><th scope="col" className="num">{t('cumulative')}</th><th scope="col" className="num">{t('paceLineColumn')}</th>
                <th scope="col" className="num">{t('completed')}</th><th scope="col">{t('paceVerdict')}</th><th scope="col">{t('source')}</th><th scope="col">{t('review')}</th>
              </tr></thead>
              <tbody>{rows.map((row) => (
                <tr key={row.key} data-period={row.key}>
                  <th scope="row">{row.label}</th>
                  <td className="num">{row.actualText || '—'}</td>
                  <td className="num">{row.paceText || '—'}</td>
                  <td className="num">{row.point.pace.completedPercent ? `${row.point.pace.completedPercent}%` : '—'}</td>
                  <td><PaceBadge code={row.point.pace.code} locale={locale} />{row.point.pace.provisional ? <span className="small"> {t('provisional')}</span> : null}<div className="small">{row.point.verdict.explanation[locale]}</div></td>
                  <td>{row.point.figure ? <><a href={`/documents/${row.point.figure.sourceDocumentId}#outcome-${row.point.figure.id}`} lang="zh-CN">{row.point.figure.quote}</a><div className="muted small">{row.point.figure.sourceTitle}</div></> : '—'}</td>
                  <td data-testid="in-year-review">{row.point.figure ? <ReviewStateTag state={row.point.pace.outcomeReviewState ?? 'unreviewed'} label={reviewLabel(row.point.pace.outcomeReviewState ?? 'unreviewed')} /> : '—'}</td>
                </tr>
              ))}</tbody>
            </table>
          </TableRegion>
        </>
      )}
    </section>
  );
}

function numberOf(value: string | null): number | null {
  if (value === null) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}
