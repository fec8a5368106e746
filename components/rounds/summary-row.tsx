import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locale';
import type { SummaryRow } from '@/lib/rounds/summary';
import { ROUND_ITEM_STATE_LABELS } from '@/lib/rounds/types';
import { formatQuantity } from '@/lib/views/format';
import { WithdrawnBadge } from '@/components/key-tasks/withdrawn-badge';
import { LightBadge } from './light-badge';

/** One row of the 汇总表 as a card: wording, units, progress, pace, light, and each unit's item. */
export async function SummaryRowCard({ row, locale }: { row: SummaryRow; locale: Locale }) {
  const t = await getTranslations('rounds');
  const units = [
    ...(row.lead ? [t('unitRole', { unit: row.lead.shortName, role: t('lead') })] : []),
    ...row.co.map((unit) => t('unitRole', { unit: unit.shortName, role: t('co') })),
  ].join(locale === 'zh' ? '、' : ', ');
  const label = (key: 'units' | 'progressColumn' | 'pace' | 'light') => t('labelled', { label: t(key) });
  // When the light's reason is the pace sentence, it is said once, beside the light.
  const paceSaidByLight = row.light.reason[locale] === row.pace.explanation[locale];
  return (
    <article className="card" data-testid="summary-row" data-light={row.light.color} style={{ display: 'grid', gap: '0.4rem' }}>
      <h4 style={{ margin: 0 }} lang="zh-CN">{row.seq}. {row.wording}{row.subject.kind === 'key_task' && row.subject.withdrawn ? <WithdrawnBadge /> : null}</h4>
      <p className="small muted" style={{ margin: 0 }}>{label('units')}<span lang="zh-CN">{units}</span></p>
      <div>
        <strong>{label('progressColumn')}</strong>
        {row.figure ? (
          <span data-testid="row-figure">
            {formatQuantity(locale, row.figure.value, row.figure.unit)} <span className="small muted">{t('source', { title: row.figure.source.title })}</span>
          </span>
        ) : null}
        {row.narratives.map((narrative) => (
          <p key={`${narrative.unit.id}:${narrative.revision}`} style={{ margin: '0.2rem 0' }} lang="zh-CN" data-testid="row-narrative">
            <span className="small muted">{t('labelled', { label: narrative.unit.shortName })}</span>{narrative.text}
            {narrative.correctionReason ? <span className="small muted">{t('correction', { reason: narrative.correctionReason })}</span> : null}
          </p>
        ))}
        {!row.figure && row.narratives.length === 0 ? <span className="muted">{t('noProgress')}</span> : null}
      </div>
      <p style={{ margin: 0 }}><strong>{label('pace')}</strong><span data-testid="row-pace">{row.pace.label[locale]}</span>{paceSaidByLight ? null : <> <span className="small muted">{row.pace.explanation[locale]}</span></>}</p>
      <p style={{ margin: 0 }}><strong>{label('light')}</strong><LightBadge light={row.light} locale={locale} /></p>
      <ul style={{ margin: 0, paddingLeft: '1.2rem' }}>
        {row.items.map((item) => (
          <li key={item.itemId} data-testid="round-item" data-state={item.state}>
            <Link href={`/rounds/items/${item.itemId}`} lang="zh-CN">{item.unit.shortName}</Link>
            {' · '}{ROUND_ITEM_STATE_LABELS[item.state][locale]}
            {item.overdueDays > 0 ? <> · <strong>{t('overdueDays', { days: item.overdueDays })}</strong></> : null}
            {item.returnReason && item.state === 'returned' ? <> · <span className="small">{t('returnReason', { reason: item.returnReason })}</span></> : null}
          </li>
        ))}
      </ul>
    </article>
  );
}
