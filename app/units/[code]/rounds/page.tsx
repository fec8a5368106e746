import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { OpenRoundForm } from '@/components/rounds/round-forms';
import { can, rolesWith } from '@/lib/auth/access';
import { requirePageUser } from '@/lib/auth/current-user';
import { toLocale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import { findDistrictByCode, listYears } from '@/lib/responsible-units/data';
import { listDistrictRounds } from '@/lib/rounds/data';
import { periodName } from '@/lib/verdict/period';
import '@/components/views/views.css';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ code: string }> };

/** A district's reporting rounds: open one, and each earlier round with each unit's record. */
export default async function DistrictRoundsPage({ params }: Props) {
  const { code } = await params;
  const user = await requirePageUser(`/units/${code}/rounds`, rolesWith('manage:rounds'));
  if (!/^\d{6}$/.test(code)) notFound();
  const district = await findDistrictByCode(code);
  if (!district) notFound();
  if (!can(user, 'manage:rounds', district.id)) forbidden();
  const [t, locale, rounds, years] = await Promise.all([getTranslations('rounds'), getLocale().then(toLocale), listDistrictRounds(district.id), listYears(district.id)]);
  const name = pick(locale, district.nameZh, district.nameEn);
  const periods = Array.from({ length: 12 }, (_, index) => ({ months: index + 1, label: periodName({ months: index + 1 })[locale] }));
  return (
    <>
      <h1>{t('historyTitle', { district: name })}</h1>
      <p className="lede">{t('historyLede')} <Link href={`/units/${district.code}`}>{t('unitsLink')}</Link></p>

      <section className="view-section" aria-labelledby="open-heading">
        <h2 id="open-heading">{t('openHeading')}</h2>
        <p className="small muted">{t('openHint')}</p>
        <OpenRoundForm districtId={district.id} years={years} periods={periods} />
      </section>

      <section className="view-section" aria-labelledby="history-heading">
        <h2 id="history-heading">{t('historyHeading')}</h2>
        {rounds.length === 0 ? <p className="card">{t('noRounds')}</p> : (
          <div style={{ display: 'grid', gap: '0.75rem' }}>
            {rounds.map((round) => (
              <article key={round.id} className="card" data-testid="round-history">
                <h3 style={{ margin: 0 }}><Link href={`/rounds/${round.id}`} lang="zh-CN">{round.title}</Link></h3>
                <p className="small muted" style={{ margin: '0.25rem 0' }}>
                  {periodName({ months: round.periodMonths })[locale]} · {t('dueOn')} {round.dueOn} · {t(round.state === 'open' ? 'stateOpen' : 'stateClosed')}
                </p>
                <h4 style={{ margin: '0.5rem 0 0.25rem' }}>{t('unitRecord')}</h4>
                <ul style={{ margin: 0, paddingLeft: '1.2rem' }}>
                  {round.units.map((record) => <li key={record.unitId} lang="zh-CN">{t('recordLine', { unit: record.shortName, submitted: record.submitted, items: record.items, onTime: record.onTime, returned: record.returned })}</li>)}
                </ul>
              </article>
            ))}
          </div>
        )}
      </section>
    </>
  );
}
