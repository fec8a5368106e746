import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { VerdictBar } from '@/components/views/verdict-bar';
import { can } from '@/lib/auth/district-scope';
import { requireReader } from '@/lib/auth/read-access';
import { pick } from '@/lib/i18n/pick';
import { toLocale } from '@/lib/i18n/locale';
import { getHomeDistricts } from '@/lib/views/home';
import { formatInteger } from '@/lib/views/format';
import { parsePage } from '@/lib/views/params';
import '@/components/views/views.css';

export const dynamic = 'force-dynamic';

export default async function HomePage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const user = await requireReader('/');
  const asked = parsePage((await searchParams).page);
  const [t, tv, locale, home] = await Promise.all([getTranslations('home'), getTranslations('views'), getLocale().then(toLocale), getHomeDistricts({ page: asked })]);
  const { districts } = home;
  const number = (value: number) => formatInteger(locale, value);
  const pager = home.pageCount > 1 ? (
    <nav className="pager" aria-label={t('pager')} data-testid="home-pager">
      <span>{t('pageOf', { page: number(home.page), pages: number(home.pageCount), total: number(home.total) })}</span>
      {home.page > 1 ? <> <a href={`/?page=${home.page - 1}`} rel="prev">{t('previous')}</a></> : null}
      {home.page < home.pageCount ? <> <a href={`/?page=${home.page + 1}`} rel="next">{t('next')}</a></> : null}
    </nav>
  ) : null;
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      <p><Link href="/overview">{t('overviewLink')}</Link></p>
      {districts.length === 0 ? (
        <p className="card">{t('empty')}</p>
      ) : (
        <>
        {pager}
        <ul className="district-cards">
          {districts.map((district) => {
            const name = pick(locale, district.nameZh, district.nameEn);
            const staff = can(user, 'record:outcome', district.id);
            return (
              <li key={district.id} className="card district-card" data-testid="district-row" data-district={district.code}>
                {/* A plain <a>, as in the tables' rows: a Link is a client component (2,850 cards on the
                    national data set) and prefetches the dynamic page of every card scrolled past. */}
                <h2><a href={`/districts/${district.code}${district.year ? `?year=${district.year}` : ''}`}>{name}</a></h2>
                <p className="muted small">
                  {[pick(locale, district.provinceZh, district.provinceEn), district.cityZh ? pick(locale, district.cityZh, district.cityEn) : null].filter(Boolean).join(' · ')}
                  {' · '}{district.code}
                  {' · '}{t('counts', { targets: number(district.targetCount), outcomes: number(district.outcomeCount) })}
                </p>
                {district.year === null || !district.counts ? (
                  <div className="notice small" data-testid="no-targets">
                    <p>{t('noTargets')}</p>
                    <p>{staff ? <>{t('noTargetsStaff')} <Link href="/documents/new">{t('pasteReport')}</Link> · <Link href="/import">{t('importTargets')}</Link></> : t('noTargetsVisitor')}</p>
                  </div>
                ) : (
                  <>
                    <VerdictBar counts={district.counts} locale={locale} t={tv} label={t('yearHeading', { year: district.year })} />
                    {district.decided === 0 ? (
                      <div className="notice small" data-testid="no-verdicts">
                        <p>{t('noVerdicts', { year: district.year })}</p>
                        <p>{staff ? <>{t('noVerdictsStaff')} <Link href="/todo">{t('recordOutcomes')}</Link> · <Link href="/documents/new">{t('pasteReport')}</Link></> : t('noVerdictsVisitor')}</p>
                      </div>
                    ) : null}
                  </>
                )}
              </li>
            );
          })}
        </ul>
        {pager}
        </>
      )}
    </>
  );
}
