import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { TargetActualBars } from '@/components/charts/target-actual-bars';
import { ActualAgainstReference } from '@/components/charts/actual-against-reference';
import { ChartTable } from '@/components/views/chart-table';
import { ScorecardDownloads } from '@/components/views/scorecard-downloads';
import { VerdictBar } from '@/components/views/verdict-bar';
import { TargetsTable } from '@/components/views/targets-table';
import { YearTabs } from '@/components/views/year-tabs';
import { UntargetedTable } from '@/components/views/untargeted-table';
import { DistrictPaceTable } from '@/components/views/district-pace-table';
import { PeriodSwitch } from '@/components/views/period-switch';
import { fastTranslate } from '@/lib/views/translate';
import { parsePeriodParam, periodLabel } from '@/lib/periods/choices';
import { getDistrictPace } from '@/lib/periods/data';
import { can } from '@/lib/auth/district-scope';
import { requireReader } from '@/lib/auth/read-access';
import { toLocale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import { countCodes, decidedCount } from '@/lib/verdict/counts';
import { finalStatus } from '@/lib/verdict/final-status';
import { growthBars } from '@/lib/views/chart-data';
import { getDistrictPage } from '@/lib/views/district-page';
import { chartNumber, formatDecimal } from '@/lib/views/format';
import { parseYear } from '@/lib/views/params';
import '@/components/views/views.css';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ year?: string; indicator?: string; period?: string }> };

export default async function DistrictPage({ params, searchParams }: Props) {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  const user = await requireReader(`/districts/${code}`);
  if (!/^\d{6}$/.test(code)) notFound();
  const [t, tu, tp, locale, page] = await Promise.all([getTranslations('views').then(fastTranslate), getTranslations('units'), getTranslations('periods'), getLocale().then(toLocale), getDistrictPage(code, { year: parseYear(query.year), indicatorKey: query.indicator })]);
  if (!page) notFound();
  const { district, year, trend } = page;
  // ?period=1..11: the year's targets against 序时进度 for 1—N月 (stored pace verdicts); otherwise the annual view.
  const period = parsePeriodParam(query.period);
  const pace = period !== null && year !== null ? await getDistrictPace(district.id, year, period) : null;
  const periodName = period !== null ? periodLabel(period)[locale] : null;
  const counts = countCodes(page.targets.map((target) => finalStatus(target.verdict).code));
  const staff = can(user, 'record:outcome', district.id);
  const name = pick(locale, district.nameZh, district.nameEn);
  const region = [pick(locale, district.provinceZh, district.provinceEn), district.cityZh ? pick(locale, district.cityZh, district.cityEn) : null].filter(Boolean).join(' · ');
  const text = (value: string | null) => (value === null ? '' : formatDecimal(locale, value));
  const bars = growthBars(page.targets, locale).map((bar) => ({ ...bar, targetText: text(bar.target), actualText: text(bar.actual) }));
  const trendRows = trend?.points.map((point) => ({ year: String(point.year), target: chartNumber(point.target), actual: chartNumber(point.actual), targetText: text(point.target), actualText: text(point.actual) })) ?? [];
  const trendIndicator = page.indicators.find((indicator) => indicator.key === trend?.indicatorKey);
  const trendTitle = trendIndicator ? `${t('district.trendHeading')}: ${pick(locale, trendIndicator.nameZh, trendIndicator.nameEn)}` : t('district.trendHeading');
  const yearHref = (value: number) => `/districts/${district.code}?year=${value}${trend ? `&indicator=${trend.indicatorKey}` : ''}${period !== null ? `&period=${period}` : ''}`;

  return (
    <>
      <h1>{name}</h1>
      <p className="lede">{region} · {t('district.code', { code: district.code })}</p>
      {year !== null ? (
        <p className="page-actions downloads">
          <ScorecardDownloads params={{ district: district.code }} year={year} locale={locale} t={t} />
          <ScorecardDownloads params={{ district: district.code }} year={null} locale={locale} t={t} />
          {can(user, 'manage:units', district.id) ? <Link href={`/units/${district.code}?year=${year}`}>{tu('manage')}</Link> : null}
        </p>
      ) : null}
      <YearTabs years={page.years} current={year} href={yearHref} label={t('district.yearsLabel')} />
      {year !== null ? (
        <PeriodSwitch action={`/districts/${district.code}`} current={period} locale={locale} label={tp('viewLabel')} submit={tp('switchPeriod')}
          keep={{ year: String(year), ...(trend ? { indicator: trend.indicatorKey } : {}) }} />
      ) : null}

      {pace && periodName ? (
        <section className="view-section" aria-labelledby="targets-heading" data-testid="district-pace">
          <h2 id="targets-heading">{`${t('district.targetsHeading', { year: year ?? '—' })} · ${periodName}`}</h2>
          <DistrictPaceTable pace={pace} period={periodName} locale={locale} t={tp} />
          <p className="small"><a href={`/api/v1/scorecards?format=csv&district=${district.code}&year=${year}&period=${period}&lang=${locale}`} download>{tp('paceCsv', { period: periodName })}</a></p>
        </section>
      ) : (
      <section className="view-section" aria-labelledby="targets-heading">
        <h2 id="targets-heading">{t('district.targetsHeading', { year: year ?? '—' })}</h2>
        {page.targets.length === 0 ? (
          <div className="card" data-testid="no-targets">
            <p>{t('district.noTargets')}</p>
            <p className="small">{staff ? <>{t('district.noTargetsStaff')} <Link href="/documents/new">{t('district.toPaste')}</Link></> : t('district.noTargetsVisitor')}</p>
          </div>
        ) : (
          <>
          <VerdictBar counts={counts} locale={locale} t={t} />
          {decidedCount(counts) === 0 ? (
            <div className="notice small" data-testid="no-verdicts">
              <p>{t('district.noVerdicts', { year: year ?? '—' })}</p>
              <p>{staff ? <>{t('district.noVerdictsStaff')} <Link href="/todo">{t('district.toTodo')}</Link></> : t('district.noVerdictsVisitor')}</p>
            </div>
          ) : null}
          <TargetsTable rows={page.targets} locale={locale} t={t} caption={t('district.targetsHeading', { year: year ?? '—' })} />
          </>
        )}
      </section>
      )}

      <section className="view-section" aria-labelledby="bar-heading">
        <h2 id="bar-heading">{t('district.barHeading', { year: year ?? '—' })}</h2>
        {bars.length === 0 ? (
          <p className="card">{t('district.barNone')}</p>
        ) : (
          <>
            <p id="bar-description" className="muted small">{t('district.chartDescribedBy')} {t('district.barColours')}</p>
            <TargetActualBars
              data={bars.map((bar) => ({ label: bar.label, target: chartNumber(bar.target), actual: chartNumber(bar.actual), targetText: bar.targetText, actualText: bar.actualText, verdict: bar.verdict }))}
              targetName={t('common.targetSeries')} actualName={t('common.actualSeries')} unit="%" describedBy="bar-description bar-data"
              title={t('district.barHeading', { year: year ?? '—' })}
            />
            <ChartTable id="bar-data" caption={t('common.chartTable')} labelHeading={t('common.indicator')} targetHeading={`${t('common.targetSeries')} (%)`} actualHeading={`${t('common.actualSeries')} (%)`}
              rows={bars.map((bar) => ({ key: String(bar.id), label: bar.label, targetText: bar.targetText, actualText: bar.actualText, verdict: bar.verdict }))} locale={locale} />
          </>
        )}
      </section>

      <section className="view-section" aria-labelledby="trend-heading">
        <h2 id="trend-heading">{t('district.trendHeading')}</h2>
        {page.indicators.length > 0 ? (
          <form method="get" className="inline-form">
            {year !== null ? <input type="hidden" name="year" value={year} /> : null}
            <label>
              {t('district.trendIndicator')}
              <select name="indicator" defaultValue={trend?.indicatorKey}>
                {page.indicators.map((indicator) => <option key={indicator.key} value={indicator.key}>{pick(locale, indicator.nameZh, indicator.nameEn)}</option>)}
              </select>
            </label>
            <button type="submit">{t('district.show')}</button>
          </form>
        ) : null}
        {!trend || trendRows.every((row) => row.target === null && row.actual === null) ? (
          <p className="card">{t('district.trendNone')}</p>
        ) : (
          <>
            <p id="trend-description" className="muted small">
              {t('district.trendNote', { unit: trend.unit ?? '—', measure: t(trend.measure === 'growth' ? 'common.measureGrowth' : 'common.measureLevel') })} {t('district.chartDescribedBy')}
            </p>
            <ActualAgainstReference testId="trend-chart" data={trendRows.map((row) => ({ label: row.year, reference: row.target, actual: row.actual, referenceText: row.targetText, actualText: row.actualText }))} referenceName={t('common.targetSeries')} actualName={t('common.actualSeries')} unit={trend.unit === '%' ? '%' : ''} describedBy="trend-description trend-data" title={trendTitle} />
            <ChartTable id="trend-data" caption={trendTitle} labelHeading={t('common.year')} targetHeading={t('common.targetSeries')} actualHeading={t('common.actualSeries')}
              rows={trendRows.map((row) => ({ key: row.year, label: row.year, targetText: row.targetText, actualText: row.actualText }))} />
          </>
        )}
      </section>

      <section className="view-section" aria-labelledby="untargeted-heading">
        <h2 id="untargeted-heading">{t('district.untargetedHeading')}</h2>
        <p className="muted">{t('district.untargetedIntro')}</p>
        {page.untargeted.length === 0 ? <p className="card">{t('district.noUntargeted')}</p> : <UntargetedTable rows={page.untargeted} locale={locale} t={t} />}
      </section>
      <p><Link href="/overview">{t('overview.title')}</Link></p>
    </>
  );
}
