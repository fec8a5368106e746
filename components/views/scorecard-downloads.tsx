import type { Locale } from '@/lib/i18n/locale';
import type { Translate } from './verdict-text';

const FORMATS = ['csv', 'xlsx', 'pdf'] as const;

/**
 * "2025年成绩单：CSV · XLSX · PDF" for one scope of the scorecards API (a year, or all
 * years of a district). Each link is named by what it opens, not just its format.
 */
export function ScorecardDownloads({ params, year, locale, t }: { params: Record<string, string | undefined>; year: number | null; locale: Locale; t: Translate }) {
  const scope = year === null ? t('common.scopeAllYears') : t('common.scopeYear', { year });
  const query = (format: string) => {
    const search = new URLSearchParams();
    search.set('format', format);
    for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
    if (year !== null) search.set('year', String(year));
    search.set('lang', locale);
    return `/api/v1/scorecards?${search.toString()}`;
  };
  return (
    <span className="scorecard-downloads" data-testid="scorecard-downloads">
      {t('common.scorecardFor', { scope })}
      {FORMATS.map((format, index) => (
        <span key={format}>
          {index > 0 ? ' · ' : ' '}
          <a href={query(format)} aria-label={t('common.downloadAs', { scope, format: format.toUpperCase() })} download>{format.toUpperCase()}</a>
        </span>
      ))}
    </span>
  );
}
