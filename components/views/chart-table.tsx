import { TableRegion } from '@/components/views/table-region';
import { verdictBadgeHtml } from '@/components/views/verdict-badge';
import { html, innerHtml } from '@/lib/views/html';
import type { Locale } from '@/lib/i18n/locale';
import type { VerdictCode } from '@/lib/verdict/types';

/**
 * The table alternative of a chart: the same rows and the same formatted numbers, and,
 * when the chart colours its outcome bars by verdict (rows with `verdict`, given the
 * `locale`), that verdict in words under the row's name, so the colour is never alone
 * (the number cells hold only the numbers the chart labels show).
 */
export function ChartTable({ id, caption, labelHeading, targetHeading, actualHeading, rows, locale }: {
  id: string; caption: string; labelHeading: string; targetHeading: string; actualHeading: string;
  rows: { key: string; label: string; targetText: string; actualText: string; verdict?: VerdictCode }[];
  locale?: Locale;
}) {
  return (
    <TableRegion label={caption}>
      <table id={id} data-testid="chart-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeading}</th>
            <th scope="col" className="num">{targetHeading}</th>
            <th scope="col" className="num">{actualHeading}</th>
          </tr>
        </thead>
        {/* Rows as one string, as in TargetsTable (lib/views/html.ts): the indicator page's has 50. */}
        <tbody dangerouslySetInnerHTML={innerHtml(html`${rows.map((row) => html`<tr><th scope="row">${row.label}${locale && row.verdict ? html`<div>${verdictBadgeHtml(row.verdict, locale)}</div>` : null}</th><td class="num" data-testid="chart-table-target">${row.targetText || '—'}</td><td class="num" data-testid="chart-table-actual">${row.actualText || '—'}</td></tr>`)}`)} />
      </table>
    </TableRegion>
  );
}
