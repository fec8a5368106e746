import type { Locale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import type { TargetSummary } from '@/lib/targets/data';
import { finalStatus } from '@/lib/verdict/final-status';
import { verdictLabel } from '@/lib/verdict/labels';
import { formatDecimal, formatUnit } from '@/lib/views/format';
import { html, innerHtml, type Html } from '@/lib/views/html';
import { reviewStateHtml } from './review-state';
import { verdictBadgeHtml } from './verdict-badge';
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
        {/* The rows as one string (lib/views/html.ts): React renders and serializes a table
            page's 50–100 rows of ~25 elements twice (payload and HTML), most of the page's
            server CPU. Plain <a> links, not next/link: a Link is a client component and
            prefetches every dynamic page it scrolls into view, a server request each. */}
        <tbody dangerouslySetInnerHTML={innerHtml(html`${rows.map((row) => targetRowHtml(row, locale, t, label, firstColumn))}`)} />
      </table>
    </TableRegion>
  );
}

type Labels = { target: string; actual: string; unit: string; gap: string; review: string; source: string; viewQuote: string; provisional: string };

/** One target's row: its name, the target as written, the outcome, unit, verdict, gap, review state and sources. */
function targetRowHtml(row: TargetSummary, locale: Locale, t: Translate, label: Labels, firstColumn: 'indicator' | 'district'): Html {
  const basis = row.basis;
  const status = finalStatus(row.verdict);
  const tolerance = toleranceText(t, locale, row.verdict.tolerance, { qualifier: row.qualifier, higherIsBetter: row.indicator.higherIsBetter });
  const name = firstColumn === 'indicator' ? pick(locale, row.indicator.nameZh, row.indicator.nameEn) : pick(locale, row.district.nameZh, row.district.nameEn);
  const outcome = row.verdict.outcome;
  const actual = outcome
    ? html`<span data-testid="actual-value">${formatDecimal(locale, outcome.value)}</span><div class="muted small">${basis ? `${t(`vintage.${outcome.vintage}`)} · ${t('common.revision', { n: basis.revision })}` : t(`vintage.${outcome.vintage}`)}${row.verdict.provisional ? html` · <span class="provisional">${label.provisional}</span>` : null}</div>`
    : '—';
  const actualSource = basis && basis.sourceDocumentId !== row.source.documentId
    ? html` · <a href="/documents/${basis.sourceDocumentId}#outcome-${basis.id}" aria-label="${t('common.viewActualOf', { name })}">${label.actual}</a>`
    : null;
  const cells = [
    html`<th scope="row"><a href="/targets/${row.id}">${name}</a></th>`,
    html`<td lang="zh-CN" data-testid="as-written" data-label="${label.target}">${row.asWritten}</td>`,
    html`<td class="num" data-testid="actual" data-label="${label.actual}">${actual}</td>`,
    html`<td data-label="${label.unit}">${formatUnit(locale, outcome?.unit ?? row.unit) || '—'}</td>`,
    html`<td class="verdict-cell">${verdictBadgeHtml(status.code, locale)}${status.overridden ? html`<div class="small" data-testid="computed-verdict">${t('common.computedVerdict', { verdict: verdictLabel(row.verdict.code)[locale] })}</div>` : null}<div class="small">${row.verdict.explanation[locale]}</div>${tolerance ? html`<div class="muted small" data-testid="tolerance">${`${tolerance.label}${locale === 'zh' ? '：' : ': '}${tolerance.text}`}</div>` : null}</td>`,
    html`<td class="num" data-label="${label.gap}">${gapText(t, locale, row.verdict.gap)}</td>`,
    html`<td data-label="${label.review}">${row.reviewState ? reviewStateHtml(row.reviewState, t(`reviewState.${row.reviewState}`)) : '—'}</td>`,
    html`<td data-label="${label.source}"><a href="/documents/${row.source.documentId}#target-${row.id}" aria-label="${t('common.viewQuoteOf', { name })}" class="nowrap">${label.viewQuote}</a>${actualSource}</td>`,
  ];
  return html`<tr data-testid="target-row" data-target-id="${row.id}" data-indicator="${row.indicator.key}">${cells}</tr>`;
}
