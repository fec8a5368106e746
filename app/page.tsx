import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { DistrictCards } from '@/components/views/district-cards';
import { can } from '@/lib/auth/district-scope';
import { requireReader } from '@/lib/auth/read-access';
import { toLocale } from '@/lib/i18n/locale';
import { getHomeDistricts } from '@/lib/views/home';
import { formatInteger } from '@/lib/views/format';
import { parsePage } from '@/lib/views/params';
import { fastTranslate } from '@/lib/views/translate';
import '@/components/views/views.css';

export const dynamic = 'force-dynamic';

export default async function HomePage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const user = await requireReader('/');
  const asked = parsePage((await searchParams).page);
  const [t, tv, locale, home] = await Promise.all([getTranslations('home').then(fastTranslate), getTranslations('views').then(fastTranslate), getLocale().then(toLocale), getHomeDistricts({ page: asked })]);
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
        <DistrictCards districts={districts} locale={locale} t={t} tv={tv} staff={(districtId) => can(user, 'record:outcome', districtId)} />
        {pager}
        </>
      )}
    </>
  );
}
