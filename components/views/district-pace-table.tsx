import { PaceBadge } from '@/components/views/pace-badge';
import { TableRegion } from '@/components/views/table-region';
import type { Locale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import type { DistrictPace } from '@/lib/periods/data';
import { PACE_CODES } from '@/lib/verdict/pace';
import { formatQuantity } from '@/lib/views/format';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A district's year in one in-year period: the counts in words, then each target's stored pace verdict. */
export function DistrictPaceTable({ pace, period, locale, t }: { pace: DistrictPace; period: string; locale: Locale; t: Translate }) {
  const quantity = (value: string | null, unit: string | null) => (value === null ? '—' : formatQuantity(locale, value, unit));
  const caption = t('periodTableCaption', { period });
  if (pace.total === 0) return <p className="card">{t('noTargets')}</p>;
  return (
    <>
      <p data-testid="pace-summary" data-counts={PACE_CODES.map((code) => `${code}:${pace.counts[code]}`).join(' ')}>
        {t('periodSummary', {
          period, total: pace.total, onPace: pace.counts.on_pace, behind: pace.counts.behind_pace + pace.counts.lagging, done: pace.counts.done,
          pending: pace.counts.pending, notComparable: pace.counts.not_comparable,
        })}
      </p>
      <TableRegion label={caption}>
        <table data-testid="pace-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead><tr>
            <th scope="col">{t('target')}</th><th scope="col" className="num">{t('cumulative')}</th><th scope="col" className="num">{t('paceLineColumn')}</th>
            <th scope="col" className="num">{t('completed')}</th><th scope="col">{t('paceVerdict')}</th>
          </tr></thead>
          <tbody>{pace.rows.map((row) => (
            <tr key={row.targetId} data-target={row.targetId}>
              <th scope="row"><a href={`/targets/${row.targetId}`}>{pick(locale, row.nameZh, row.nameEn)}</a><div className="small" lang="zh-CN">{row.asWritten}</div></th>
              <td className="num">{quantity(row.actualValue, row.actualUnit)}</td>
              <td className="num">{quantity(row.paceLine, row.actualUnit)}</td>
              <td className="num">{row.completedPercent ? `${row.completedPercent}%` : '—'}</td>
              <td><PaceBadge code={row.code} locale={locale} />{row.provisional ? <span className="small"> {t('provisional')}</span> : null}</td>
            </tr>
          ))}</tbody>
        </table>
      </TableRegion>
    </>
  );
}
