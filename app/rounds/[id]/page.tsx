import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { RoundBriefing } from '@/components/rounds/round-briefing';
import { CloseRoundForm } from '@/components/rounds/round-forms';
import { SummaryRowCard } from '@/components/rounds/summary-row';
import { can } from '@/lib/auth/access';
import { requirePageUser } from '@/lib/auth/current-user';
import { toLocale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import { canViewRound } from '@/lib/rounds/access';
import { loadRoundSummary } from '@/lib/rounds/data';
import { parseId } from '@/lib/views/params';
import '@/components/views/views.css';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export default async function RoundPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/rounds/${id}`);
  const roundId = parseId(id);
  if (roundId === null) notFound();
  const summary = await loadRoundSummary(roundId);
  if (!summary) notFound();
  const { round, totals } = summary;
  if (!canViewRound(user, round.district.id)) forbidden();
  const [t, locale] = await Promise.all([getTranslations('rounds'), getLocale().then(toLocale)]);
  const district = pick(locale, round.district.nameZh, round.district.nameEn);
  return (
    <>
      <h1 lang="zh-CN">{round.title}</h1>
      <p className="lede">
        {t('roundLede', { district, period: summary.period[locale], dueOn: round.dueOn, state: t(round.state === 'open' ? 'stateOpen' : 'stateClosed') })}
        {can(user, 'manage:rounds', round.district.id) ? <> · <Link href={`/units/${round.district.code}/rounds`}>{t('roundsLink')}</Link></> : null}
      </p>
      <p className="card" data-testid="round-progress"><strong>{t('progress', totals)}</strong><br /><span className="small muted">{t('asOf', { date: summary.asOf })}</span></p>
      <RoundBriefing round={summary} locale={locale} />

      <section className="view-section" aria-labelledby="kaoping-heading">
        <h2 id="kaoping-heading">{t('kaopingHeading')}</h2>
        <p className="small muted">{t('kaopingHint')}</p>
        <div className="table-wrap">
          <table data-testid="kaoping">
            <thead><tr><th scope="col">{t('rank')}</th><th scope="col">{t('unit')}</th><th scope="col">{t('submittedCount')}</th><th scope="col">{t('onTime')}</th><th scope="col">{t('onPace')}</th><th scope="col">{t('overdue')}</th><th scope="col">{t('returnedCount')}</th></tr></thead>
            <tbody>
              {summary.units.map((record) => (
                <tr key={record.unit.id}>
                  <td>{record.rank}</td>
                  <th scope="row" lang="zh-CN">{record.unit.shortName}</th>
                  <td>{record.submitted}/{record.items}</td>
                  <td>{record.onTime}</td>
                  <td>{record.onPace}</td>
                  <td>{record.overdue}</td>
                  <td>{record.returned}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {([['targets', 'groupTargets'], ['keyTasks', 'groupKeyTasks']] as const).map(([group, heading]) => summary.groups[group].length > 0 ? (
        <section key={group} className="view-section" aria-labelledby={`${group}-heading`}>
          <h2 id={`${group}-heading`}>{t(heading)}</h2>
          <div style={{ display: 'grid', gap: '0.75rem' }}>
            {summary.groups[group].map((row) => <SummaryRowCard key={`${row.subject.kind}:${row.seq}`} row={row} locale={locale} />)}
          </div>
        </section>
      ) : null)}

      {round.state === 'open' && can(user, 'manage:rounds', round.district.id) ? (
        <section className="view-section" aria-labelledby="close-heading">
          <h2 id="close-heading">{t('closeHeading')}</h2>
          <CloseRoundForm roundId={round.id} version={round.version} />
        </section>
      ) : null}
    </>
  );
}
