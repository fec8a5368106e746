import type { Locale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import type { UntargetedOutcome } from '@/lib/views/district-page';
import { formatDecimal, formatUnit } from '@/lib/views/format';
import type { Translate } from './verdict-text';
import { TableRegion } from '@/components/views/table-region';

export function UntargetedTable({ rows, locale, t }: { rows: UntargetedOutcome[]; locale: Locale; t: Translate }) {
  return (
    <TableRegion label={t('district.untargetedHeading')}>
      <table data-testid="untargeted-table" className="targets-table">
        <caption className="visually-hidden">{t('district.untargetedHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('common.year')}</th>
            <th scope="col">{t('common.indicator')}</th>
            <th scope="col" className="num">{t('common.actual')}</th>
            <th scope="col">{t('common.unit')}</th>
            <th scope="col">{t('common.vintage')}</th>
            <th scope="col">{t('common.source')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid="untargeted-row">
              <td data-label={t('common.year')}>{row.year}</td>
              <th scope="row">{pick(locale, row.indicator.nameZh, row.indicator.nameEn)} <span className="muted small">({t(row.measure === 'growth' ? 'common.measureGrowth' : 'common.measureLevel')})</span></th>
              <td className="num" data-label={t('common.actual')}>{formatDecimal(locale, row.value)}</td>
              <td data-label={t('common.unit')}>{formatUnit(locale, row.unit)}</td>
              <td data-label={t('common.vintage')}>
                {t(`vintage.${row.vintage}`)} · {t('common.revision', { n: row.revision })}
                {row.vintage !== 'final' ? <> · <span className="provisional">{t('common.provisional')}</span></> : null}
              </td>
              <td data-label={t('common.source')}><a className="nowrap" href={`/documents/${row.sourceDocumentId}#outcome-${row.id}`} aria-label={t('common.viewQuoteOf', { name: pick(locale, row.indicator.nameZh, row.indicator.nameEn) })}>{t('common.viewQuote')}</a></td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
