import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { TargetActualBars } from '@/components/charts/target-actual-bars';
import { ChartTable } from '@/components/views/chart-table';
import { ScorecardDownloads } from '@/components/views/scorecard-downloads';
import { TargetsTable } from '@/components/views/targets-table';
import { YearTabs } from '@/components/views/year-tabs';
import { requireReader } from '@/lib/auth/read-access';
import { toLocale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import { growthBars } from '@/lib/views/chart-data';
import { chartNumber, formatDecimal } from '@/lib/views/format';
import { getIndicatorPage } from '@/lib/views/indicator-page';
import { fastTranslate } from '@/lib/views/translate';
import { parsePage, parseYear } from '@/lib/views/params';
import '@/components/views/views.css';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ key: string }>; searchParams: Promise<{ year?: string; page?: string }> };

export default async function IndicatorPage({ params, searchParams }: Props) {
  const [{ key }, query] = await Promise.all([params, searchParams]);
  await requireReader(`/indicators/${key}`);
  if (!/^[a-z0-9_]{1,64}$/.test(key)) notFound();
  const [t, locale, page] = await Promise.all([getTranslations('views').then(fastTranslate), getLocale().then(toLocale), getIndicatorPage(key, parseYear(query.year), parsePage(query.page))]);
  if (!page) notFound();
  const name = pick(locale, page.indicator.nameZh, page.indicator.nameEn);
  const text = (value: string | null) => (value === null ? '' : formatDecimal(locale, value));
  const bars = growthBars(page.rows, locale, (row) => pick(locale, row.district.nameZh, row.district.nameEn)).map((bar) => ({ ...bar, targetText: text(bar.target), actualText: text(bar.actual) }));
  const title = page.year === null ? t('indicator.titleNoYear', { indicator: name }) : t('indicator.title', { indicator: name, year: page.year });

  return (
    <>
      <h1>{title}</h1>
      <p className="lede">{t('indicator.intro')}</p>
      <YearTabs years={page.years} current={page.year} href={(year) => `/indicators/${page.indicator.key}?year=${year}`} label={t('district.yearsLabel')} />
      {page.year !== null ? <p className="page-actions"><ScorecardDownloads params={{ indicator: page.indicator.key }} year={page.year} locale={locale} t={t} /> <ScorecardDownloads params={{ indicator: page.indicator.key }} year={null} locale={locale} t={t} /></p> : null}
      {page.rows.length === 0 ? <p className="card">{t('indicator.noTargets')}</p> : (
        <>
          <nav className="pager" aria-label={t('indicator.pager')}>
            <span>{t('indicator.pageOf', { page: page.page, pages: page.pageCount, total: page.total })}</span>
            {page.page > 1 ? <> <a href={`/indicators/${page.indicator.key}?year=${page.year}&page=${page.page - 1}`} rel="prev">{t('indicator.previous')}</a></> : null}
            {page.page < page.pageCount ? <> <a href={`/indicators/${page.indicator.key}?year=${page.year}&page=${page.page + 1}`} rel="next">{t('indicator.next')}</a></> : null}
          </nav>
          <TargetsTable rows={page.rows} locale={locale} t={t} caption={title} firstColumn="district" />
          {bars.length > 0 ? (
            <section className="view-section" aria-labelledby="chart-heading">
              <h2 id="chart-heading">{t('indicator.chartHeading')}</h2>
              <p id="bar-description" className="muted small">{t('district.chartDescribedBy')} {t('district.barColours')}</p>
              <TargetActualBars
                data={bars.map((bar) => ({ label: bar.label, target: chartNumber(bar.target), actual: chartNumber(bar.actual), targetText: bar.targetText, actualText: bar.actualText, verdict: bar.verdict }))}
                targetName={t('common.targetSeries')} actualName={t('common.actualSeries')} unit="%" describedBy="bar-description bar-data" title={t('indicator.chartHeading')}
              />
              <ChartTable id="bar-data" caption={t('common.chartTable')} labelHeading={t('common.district')} targetHeading={`${t('common.targetSeries')} (%)`} actualHeading={`${t('common.actualSeries')} (%)`}
                rows={bars.map((bar) => ({ key: String(bar.id), label: bar.label, targetText: bar.targetText, actualText: bar.actualText, verdict: bar.verdict }))} locale={locale} />
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
