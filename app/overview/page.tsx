import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requireReader } from '@/lib/auth/read-access';
import { toLocale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import { VERDICT_CODES } from '@/lib/verdict/types';
import { verdictLabel } from '@/lib/verdict/labels';
import { formatInteger, formatShare } from '@/lib/views/format';
import { html, innerHtml } from '@/lib/views/html';
import { getOverview, isVerdictCode } from '@/lib/views/overview';
import { firstParam, parsePage, parseYear } from '@/lib/views/params';
import { fastTranslate } from '@/lib/views/translate';
import { ScorecardDownloads } from '@/components/views/scorecard-downloads';
import { verdictBarHtml } from '@/components/views/verdict-bar';
import '@/components/views/views.css';

export const dynamic = 'force-dynamic';

type Search = { province?: string; city?: string; year?: string; indicator?: string; verdict?: string; q?: string; page?: string };

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireReader('/overview');
  const query = await searchParams;
  const verdict = firstParam(query.verdict);
  const filter = {
    province: firstParam(query.province), city: firstParam(query.city), year: firstParam(query.year) === 'all' ? ('all' as const) : parseYear(query.year),
    indicator: firstParam(query.indicator), verdict: isVerdictCode(verdict) ? verdict : undefined, q: firstParam(query.q), page: parsePage(query.page),
  };
  const [t, locale, overview] = await Promise.all([getTranslations('views').then(fastTranslate), getLocale().then(toLocale), getOverview(filter)]);
  const { options } = overview;
  const shownYear = overview.year;
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries({ ...filter, page: undefined })) if (value !== undefined) params.set(name, String(value));
    params.set('page', String(page));
    return `/overview?${params.toString()}`;
  };
  const number = (value: number) => formatInteger(locale, value);
  // The same in every row: translated once per page.
  const yearLabel = t('common.year');
  const hitRateLabel = t('overview.hitRate');

  return (
    <>
      <h1>{t('overview.title')}</h1>
      <p className="lede">{t('overview.intro')}</p>
      <form method="get" className="filters card" role="search" aria-label={t('overview.filters')}>
        <label>{t('overview.search')}<input type="search" name="q" defaultValue={filter.q ?? ''} /></label>
        <label>{t('overview.province')}
          <select name="province" defaultValue={filter.province ?? ''}>
            <option value="">{t('overview.all')}</option>
            {options.provinces.map((province) => <option key={province.zh} value={province.zh}>{pick(locale, province.zh, province.en)}</option>)}
          </select>
        </label>
        <label>{t('overview.city')}
          <select name="city" defaultValue={filter.city ?? ''}>
            <option value="">{t('overview.all')}</option>
            {options.cities.map((city) => <option key={city.zh} value={city.zh}>{pick(locale, city.zh, city.en)}</option>)}
          </select>
        </label>
        <label>{t('common.year')}
          <select name="year" defaultValue={filter.year === undefined ? '' : String(filter.year)}>
            <option value="">{t('overview.latestYear')}{filter.year === undefined && typeof shownYear === 'number' ? ` (${shownYear})` : ''}</option>
            <option value="all">{t('overview.all')}</option>
            {options.years.map((year) => <option key={year} value={year}>{year}</option>)}
          </select>
        </label>
        <label>{t('overview.indicator')}
          <select name="indicator" defaultValue={filter.indicator ?? ''}>
            <option value="">{t('overview.all')}</option>
            {options.indicators.map((indicator) => <option key={indicator.key} value={indicator.key}>{pick(locale, indicator.nameZh, indicator.nameEn)}</option>)}
          </select>
        </label>
        <label>{t('overview.verdict')}
          <select name="verdict" defaultValue={filter.verdict ?? ''}>
            <option value="">{t('overview.all')}</option>
            {VERDICT_CODES.map((code) => <option key={code} value={code}>{verdictLabel(code)[locale]}</option>)}
          </select>
        </label>
        <div><button type="submit">{t('overview.apply')}</button> <Link href="/overview">{t('overview.reset')}</Link></div>
      </form>
      {overview.noVerdictsYet && typeof shownYear === 'number' ? (
        <div className="card notice" role="note" data-testid="no-verdicts-yet"><p>{t('overview.noVerdictsYet', { year: shownYear })}</p><p>{t('overview.whenPublished')}</p></div>
      ) : filter.year === undefined && typeof shownYear === 'number' ? (
        <p className="small" data-testid="default-year-note">{t('overview.defaultYear', { year: shownYear })}</p>
      ) : null}
      {filter.indicator ? <p><Link href={`/indicators/${filter.indicator}${typeof shownYear === 'number' ? `?year=${shownYear}` : ''}`}>{pick(locale, options.indicators.find((row) => row.key === filter.indicator)?.nameZh ?? filter.indicator, options.indicators.find((row) => row.key === filter.indicator)?.nameEn)} →</Link></p> : null}
      {overview.rows.length === 0 ? <p className="card">{t('overview.empty')}</p> : (
        <>
        <nav className="pager" aria-label={t('overview.pager')}>
          <span>{t('overview.pageOf', { page: overview.page, pages: overview.pageCount, total: overview.total })}</span>
          {overview.page > 1 ? <> <a href={pageHref(overview.page - 1)} rel="prev">{t('overview.previous')}</a></> : null}
          {overview.page < overview.pageCount ? <> <a href={pageHref(overview.page + 1)} rel="next">{t('overview.next')}</a></> : null}
        </nav>
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('overview.caption')}>
          <table data-testid="overview-table" className="overview-table">
            <caption className="visually-hidden">{t('overview.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('common.district')}</th>
                <th scope="col">{t('common.year')}</th>
                <th scope="col">{t('overview.verdicts')}</th>
                <th scope="col" className="num">{t('overview.hitRate')}</th>
              </tr>
            </thead>
            {/* The rows as one string (lib/views/html.ts, as in components/views/targets-table.tsx): a
                plain <a> per row (no client Link, no prefetch of 50 pages). */}
            <tbody dangerouslySetInnerHTML={innerHtml(html`${overview.rows.map((row) => html`<tr data-testid="overview-row" data-district="${row.district.code}" data-year="${row.year}"><th scope="row"><a href="/districts/${row.district.code}?year=${row.year}">${pick(locale, row.district.nameZh, row.district.nameEn)}</a></th><td data-label="${yearLabel}">${row.year}</td><td>${verdictBarHtml(row.counts, locale, t)}</td><td class="num" data-testid="hit-rate" data-label="${hitRateLabel}">${formatShare(locale, row.hitRate)}<div class="small muted">${t('overview.rateBase', { decided: number(row.decided), total: number(row.total) })}</div></td></tr>`)}`)} />
          </table>
        </div>
        </>
      )}
      <p className="muted small">{t('overview.hitRateNote')}</p>
      {options.years.length > 0 ? (
        <section className="view-section" aria-labelledby="downloads-heading">
          <h2 id="downloads-heading">{t('overview.downloadsHeading')}</h2>
          <p className="muted small">{t('overview.downloadsNote')}</p>
          <ul className="download-list">
            {/* One file of every year (and every district in the filter): first when 全部年份 is chosen, else after the single years. */}
            {(typeof shownYear === 'number' ? [shownYear, ...options.years.filter((year) => year !== shownYear), null] : [null, ...options.years]).map((year) => (
              <li key={year ?? 'all'}><ScorecardDownloads params={{ province: filter.province, city: filter.city, indicator: filter.indicator }} year={year} locale={locale} t={t} /></li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
