import type { Locale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import type { TargetSummary } from '@/lib/targets/data';
import { finalStatus } from '@/lib/verdict/final-status';
import { verdictLabel } from '@/lib/verdict/labels';
import { formatDecimal, formatUnit } from '@/lib/views/format';
import { ReviewStateTag } from './review-state';
import { VerdictBadge } from './verdict-badge';
import { gapText, toleranceText, type Translate } from './verdict-text';
import { TableRegion } from '@/components/views/table-region';

/** The targets of one district and year with their verdicts; also the bar chart's table alternative. */
export function TargetsTable({ rows, locale, t, id, caption, firstColumn = 'indicator' }: {
  rows: TargetSummary[]; locale: Locale; t: Translate; id?: string; caption: string; firstColumn?: 'indicator' | 'district';
}) {
  // The same in every row: translated once per table, not once per cell.
  const label = {
    target: t('common.target'), actual: t('common.actual'), unit: t('common.unit'), gap: t('common.gap'), review: t('common.review'),
    source: t('common.source'), viewQuote: t('common.viewQuote'), provisional: t('common.provisional'),
  };
  return (
    <TableRegion label={caption}>
      <table id={id} data-testid="targets-table" className="targets-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{firstColumn === 'indicator' ? t('common.indicator') : t('common.district')}</th>
            <th scope="col">{t('common.target')}</th>
            <th scope="col" className="num">{t('common.actual')}</th>
            <th scope="col">{t('common.unit')}</th>
            <th scope="col">{t('common.verdict')}</th>
            <th scope="col" className="num">{t('common.gap')}</th>
            <th scope="col">{t('common.review')}</th>
            <th scope="col">{t('common.source')}</th>
          </tr>
        </thead>
        <tbody>
          {/* Plain <a> in the rows, not next/link: a Link is a client component (rendered and
              hydrated once per link, 100–200 a table page) and prefetches every dynamic page
              it scrolls into view, a server request each. A row's link loads its page whole. */}
          {rows.map((row) => {
            const basis = row.basis;
            const status = finalStatus(row.verdict);
            const tolerance = toleranceText(t, locale, row.verdict.tolerance, { qualifier: row.qualifier, higherIsBetter: row.indicator.higherIsBetter });
            const name = firstColumn === 'indicator' ? pick(locale, row.indicator.nameZh, row.indicator.nameEn) : pick(locale, row.district.nameZh, row.district.nameEn);
            return (
              <tr key={row.id} data-testid="target-row" data-target-id={row.id} data-indicator={row.indicator.key}>
                <th scope="row"><a href={`/targets/${row.id}`}>{name}</a></th>
                <td lang="zh-CN" data-testid="as-written" data-label={label.target}>{row.asWritten}</td>
                <td className="num" data-testid="actual" data-label={label.actual}>
                  {row.verdict.outcome ? (
                    <>
                      <span data-testid="actual-value">{formatDecimal(locale, row.verdict.outcome.value)}</span>
                      <div className="muted small">
                        {/* One text node (no <!-- --> between pieces): a table page has 50–100 of these cells. */}
                        {basis ? `${t(`vintage.${row.verdict.outcome.vintage}`)} · ${t('common.revision', { n: basis.revision })}` : t(`vintage.${row.verdict.outcome.vintage}`)}
                        {row.verdict.provisional ? <> · <span className="provisional">{label.provisional}</span></> : null}
                      </div>
                    </>
                  ) : '—'}
                </td>
                <td data-label={label.unit}>{formatUnit(locale, row.verdict.outcome?.unit ?? row.unit) || '—'}</td>
                <td className="verdict-cell">
                  <VerdictBadge code={status.code} locale={locale} />
                  {status.overridden ? <div className="small" data-testid="computed-verdict">{t('common.computedVerdict', { verdict: verdictLabel(row.verdict.code)[locale] })}</div> : null}
                  <div className="small">{row.verdict.explanation[locale]}</div>
                  {tolerance ? <div className="muted small" data-testid="tolerance">{`${tolerance.label}${locale === 'zh' ? '：' : ': '}${tolerance.text}`}</div> : null}
                </td>
                <td className="num" data-label={label.gap}>{gapText(t, locale, row.verdict.gap)}</td>
                <td data-label={label.review}>{row.reviewState ? <ReviewStateTag state={row.reviewState} label={t(`reviewState.${row.reviewState}`)} /> : '—'}</td>
                <td data-label={label.source}>
                  <a href={`/documents/${row.source.documentId}#target-${row.id}`} aria-label={t('common.viewQuoteOf', { name })} className="nowrap">{label.viewQuote}</a>
                  {basis && basis.sourceDocumentId !== row.source.documentId ? (
                    <> · <a href={`/documents/${basis.sourceDocumentId}#outcome-${basis.id}`} aria-label={t('common.viewActualOf', { name })}>{label.actual}</a></>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}
