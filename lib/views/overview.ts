import 'server-only';
import { db } from '@/lib/db';
import { plainRows } from '@/lib/db/plain-rows';
import { DECIDED_FINAL_SQL, FINAL_CODE_SQL } from '@/lib/verdict/final-status';
import { DECIDED_CODES, VERDICT_CODES, type VerdictCode } from '@/lib/verdict/types';

/** year: one year, 'all', or undefined for the newest year with a verdict (else the latest with targets). */
export type OverviewFilter = { province?: string; city?: string; year?: number | 'all'; indicator?: string; verdict?: VerdictCode; q?: string; page?: number };

export const OVERVIEW_PAGE_SIZE = 50;
const prepared = { prepared: true };

export type OverviewRow = {
  district: { id: number; code: string; nameZh: string; nameEn: string; pinyin: string; provinceZh: string; provinceEn: string; cityZh: string | null; cityEn: string | null };
  year: number;
  counts: Record<VerdictCode, number>;
  total: number;
  /** Targets with a decided status (exceeded, met, met within tolerance, missed): the hit rate's denominator. */
  decided: number;
  /** (exceeded + met + met within tolerance) / decided; null when nothing is decided. */
  hitRate: number | null;
};

export type Overview = {
  /** The year shown ('all' for every year; null when there are no targets). */
  year: number | 'all' | null;
  /** No year was asked for and no year has a decided status yet: the latest year with targets is shown. */
  noVerdictsYet: boolean;
  /** This page's rows (OVERVIEW_PAGE_SIZE at most). */
  rows: OverviewRow[];
  /** 1-based page, number of pages, and rows (district × year) over all pages. */
  page: number;
  pageCount: number;
  total: number;
  options: {
    provinces: { zh: string; en: string }[];
    cities: { zh: string; en: string }[];
    years: number[];
    indicators: { id: number; key: string; nameZh: string; nameEn: string }[];
  };
};

export function isVerdictCode(value: string | undefined): value is VerdictCode {
  return (VERDICT_CODES as readonly string[]).includes(value ?? '');
}

/**
 * Every district × year with its verdict counts, counted in SQL over the stored
 * verdicts (target_verdict: computeVerdict's output, kept current by every write;
 * lib/verdicts), by final status (a current reviewer override, else the computed code):
 * read from their counts per district and year (verdict_count), or with an indicator
 * filter aggregated from the stored verdicts themselves.
 * Defaults to the newest year with a decided status, else the latest year with targets; 'all' counts every year.
 * A fixed number of indexed queries, no cache: the page right after a write shows it.
 * They go straight through the pg pool (plainRows): Prisma's raw-query path cost ~0.9 ms of
 * CPU a statement against ~0.25 (perf10), four or five statements on every view. The fixed
 * ones (options, years, the count) are prepared; the page's rows are not (see pairsFromCounts).
 */
export async function getOverview(filter: OverviewFilter): Promise<Overview> {
  const q = filter.q?.trim();
  const [places, indicators, years] = await Promise.all([
    placeOptions(filter),
    plainRows<Overview['options']['indicators'][number]>(db, 'SELECT id, key, name_zh AS "nameZh", name_en AS "nameEn" FROM indicator ORDER BY id', [], prepared),
    verdictYears(),
  ]);
  const indicator = filter.indicator ? indicators.find((row) => row.key === filter.indicator) : undefined;
  const options = { ...places, years, indicators };
  const empty = (year: Overview['year']): Overview => ({ year, noVerdictsYet: false, rows: [], page: 1, pageCount: 1, total: 0, options });
  if (filter.indicator && !indicator) return empty(null);

  // The district filter, as SQL over district d (LIKE patterns escaped as Prisma's `contains` does).
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const like = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const conditions: string[] = [];
  if (filter.province) conditions.push(`d.province_zh = ${param(filter.province)}`);
  if (filter.city) conditions.push(`d.city_zh = ${param(filter.city)}`);
  if (q) conditions.push(`(d.name_zh LIKE ${param(like(q))} OR d.pinyin ILIKE ${param(like(q.replace(/\s+/g, '')))} OR d.name_en ILIKE ${param(like(q))})`);
  if (conditions.length && (await plainRows(db, `SELECT 1 FROM district d ${where(conditions)} LIMIT 1`, params)).length === 0) return empty(null);
  // Conditions on a stored verdict row v (the district's are on d, above).
  const rowConditions: string[] = [];
  if (indicator) rowConditions.push(`v.indicator_id = ${param(indicator.id)}`);

  // No year chosen: the newest year with a decided final status of the districts (and
  // indicator) asked for (a year's targets are judged on the next year's figures, so the
  // newest year is often all 待更新), else the latest year with targets, said so.
  let year: Overview['year'];
  let noVerdictsYet = false;
  if (filter.year === 'all') year = 'all';
  else if (filter.year !== undefined) year = years.includes(filter.year) ? filter.year : null;
  else {
    const verdictConditions = [...conditions, ...rowConditions];
    const [[withVerdict], [latest]] = await Promise.all([
      plainRows<{ year: number }>(db,
        `SELECT v.year FROM target_verdict v JOIN district d ON d.id = v.district_id ${where([...verdictConditions, DECIDED_FINAL_SQL])} ORDER BY v.year DESC LIMIT 1`, params),
      plainRows<{ year: number }>(db,
        `SELECT v.year FROM target_verdict v JOIN district d ON d.id = v.district_id ${where(verdictConditions)} ORDER BY v.year DESC LIMIT 1`, params),
    ]);
    year = withVerdict?.year ?? latest?.year ?? null;
    noVerdictsYet = !withVerdict && !!latest;
  }
  if (year === null) return empty(null);
  // Counts and the verdict filter use the final status: a current reviewer override, else the
  // computed code (verdict_count counts by it too).
  if (indicator && filter.verdict) rowConditions.push(`${FINAL_CODE_SQL} = ${param(filter.verdict)}::"VerdictCode"`);

  const asked = Math.max(1, Math.trunc(filter.page ?? 1));
  const found = indicator
    ? await pairsOfIndicator(year === 'all' ? years : [year], conditions, rowConditions, params, asked)
    : await pairsFromCounts(year === 'all' ? years : [year], conditions, filter.verdict, params, asked);
  // No row: no pair at all (a page of an existing pair has at least one row).
  const total = found[0]?.pairs ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / OVERVIEW_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(filter.page ?? 1)), pageCount);
  const rows = found.map((row): OverviewRow => {
    const counts = Object.fromEntries(VERDICT_CODES.map((code) => [code, row[code]])) as Record<VerdictCode, number>;
    const decided = DECIDED_CODES.reduce((sum, code) => sum + counts[code], 0);
    return {
      district: { id: row.district_id, code: row.code, nameZh: row.nameZh, nameEn: row.nameEn, pinyin: row.pinyin, provinceZh: row.provinceZh, provinceEn: row.provinceEn, cityZh: row.cityZh, cityEn: row.cityEn },
      year: row.year, counts, total: row.total, decided, hitRate: decided === 0 ? null : (decided - counts.missed) / decided,
    };
  });
  return { year, noVerdictsYet, rows, page, pageCount, total, options };
}

type FoundRow = Record<VerdictCode, number> & GroupRow & { pairs: number };

// The district's columns a row shows, and the rows' order (district d).
const DISTRICT_COLUMNS = `d.code, d.name_zh AS "nameZh", d.name_en AS "nameEn", d.pinyin, d.province_zh AS "provinceZh", d.province_en AS "provinceEn",
  d.city_zh AS "cityZh", d.city_en AS "cityEn"`;
// An asked page past the last is the last page, as in getOverview.
const pageOffset = (asked: string) => `(SELECT (least(${asked}::int, greatest(1, ceil(n / ${OVERVIEW_PAGE_SIZE}.0)::int)) - 1) * ${OVERVIEW_PAGE_SIZE} FROM counted)`;

/**
 * Without an indicator filter, the rows are the pairs of verdict_count (the final statuses
 * of each district × year's stored verdicts, kept by triggers on target_verdict in the
 * same transaction as every write of it): one row a pair, so counting and paging all
 * years' 34,200 pairs reads no stored verdict (it probed target_verdict once per pair,
 * ~60 ms of PostgreSQL CPU a view). With the verdict filter, a pair counts only that status.
 * One year (the default view): the page's rows are read by walking the districts in the rows'
 * order (district's (province_zh, city_zh) index) and probing each one's count, ~55 probes for
 * the first page, while the pairs are counted beside it; ranking all 2,850 districts and
 * sorting their pairs on every view cost ~5 ms of PostgreSQL CPU against ~1.5. The offset is a
 * parameter the planner sees (unnamed statement), so a page deep in the list gets the sort.
 */
async function pairsFromCounts(years: number[], conditions: string[], verdict: VerdictCode | undefined, params: unknown[], asked: number): Promise<FoundRow[]> {
  if (years.length > 1) return pairsOfYearsFromCounts(years, conditions, verdict, params, asked);
  const count = (code: VerdictCode) => (verdict === undefined || verdict === code ? `c.${code}` : '0');
  const has = verdict ? `c.${verdict} > 0` : 'c.total > 0';
  // The district conditions refer to `params` by position: each statement extends its own copy.
  const counting = [...params];
  const counted = plainRows<{ n: number }>(db, `SELECT count(*)::int AS n FROM verdict_count c ${conditions.length ? 'JOIN district d ON d.id = c.district_id' : ''}
    ${where([`c.year = $${counting.push(years[0])}`, has, ...conditions])}`, counting, prepared);
  const pageAt = (offset: number) => {
    const values = [...params];
    return plainRows<Omit<FoundRow, 'pairs'>>(db, `
      SELECT c.district_id, c.year, ${verdict ? `c.${verdict}` : 'c.total'} AS total, ${VERDICT_CODES.map((code) => `${count(code)} AS "${code}"`).join(', ')}, ${DISTRICT_COLUMNS}
      FROM district d JOIN verdict_count c ON c.district_id = d.id
      ${where([`c.year = $${values.push(years[0])}`, has, ...conditions])}
      ORDER BY d.province_zh, d.city_zh, d.code LIMIT ${OVERVIEW_PAGE_SIZE} OFFSET $${values.push(offset)}`, values);
  };
  // The asked page beside the count; a page past the last is read again as the last, as in getOverview.
  const [[counts], rows] = await Promise.all([counted, pageAt((asked - 1) * OVERVIEW_PAGE_SIZE)]);
  const n = counts!.n;
  const last = Math.max(1, Math.ceil(n / OVERVIEW_PAGE_SIZE));
  const page = rows.length > 0 || asked <= last ? rows : await pageAt((last - 1) * OVERVIEW_PAGE_SIZE);
  return page.map((row) => ({ ...row, pairs: n }));
}

/**
 * pairsFromCounts over several years (all years: 34,200 pairs). Counting per year first
 * tells which years the asked page falls in (one or two: a year has up to 2,850 pairs), so
 * only those years' pairs are joined to the ranked districts and sorted: a view sorted and
 * materialized all 34,200 (~35 ms of PostgreSQL CPU) for the 50 rows it shows.
 */
async function pairsOfYearsFromCounts(years: number[], conditions: string[], verdict: VerdictCode | undefined, params: unknown[], asked: number): Promise<FoundRow[]> {
  const counted = [...params];
  const has = verdict ? `c.${verdict} > 0` : 'c.total > 0';
  const perYear = await plainRows<{ year: number; n: number }>(db, `
    SELECT c.year, count(*)::int AS n FROM verdict_count c ${conditions.length ? 'JOIN district d ON d.id = c.district_id' : ''}
    ${where([`c.year = ANY($${counted.push(years)}::int[])`, has, ...conditions])}
    GROUP BY c.year ORDER BY c.year DESC`, counted);
  const total = perYear.reduce((sum, row) => sum + row.n, 0);
  // An asked page past the last is the last page, as in getOverview.
  const offset = (Math.min(Math.max(1, asked), Math.max(1, Math.ceil(total / OVERVIEW_PAGE_SIZE))) - 1) * OVERVIEW_PAGE_SIZE;
  // The years the page's rows are in, newest first, and how many of their pairs come before it.
  const pageYears: number[] = [];
  let before = 0;
  let skip = 0;
  for (const { year, n } of perYear) {
    if (before + n <= offset) before += n;
    else if (before < offset + OVERVIEW_PAGE_SIZE) {
      if (pageYears.length === 0) skip = offset - before;
      pageYears.push(year);
      before += n;
    }
  }
  if (pageYears.length === 0) return [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const count = (code: VerdictCode) => (verdict === undefined || verdict === code ? `c.${code}` : '0');
  const ranked = `SELECT d.id, row_number() OVER (ORDER BY d.province_zh, d.city_zh, d.code) AS rank FROM district d ${where(conditions)}`;
  const rows = await plainRows<Omit<FoundRow, 'pairs'>>(db, `
    WITH ranked AS (${ranked}),
    page AS (SELECT c.district_id, c.year, ${verdict ? `c.${verdict}` : 'c.total'} AS total, ${VERDICT_CODES.map((code) => `${count(code)} AS "${code}"`).join(', ')}, r.rank
      FROM verdict_count c JOIN ranked r ON r.id = c.district_id
      WHERE c.year = ANY(${param(pageYears)}::int[]) AND ${has}
      ORDER BY c.year DESC, r.rank LIMIT ${OVERVIEW_PAGE_SIZE} OFFSET ${param(skip)}::int)
    SELECT page.district_id, page.year, page.total, ${VERDICT_CODES.map((code) => `page."${code}"`).join(', ')}, ${DISTRICT_COLUMNS}
    FROM page JOIN district d ON d.id = page.district_id
    ORDER BY page.year DESC, page.rank`, params);
  return rows.map((row) => ({ ...row, pairs: total }));
}

async function pairsOfIndicator(years: number[], conditions: string[], rowConditions: string[], params: unknown[], asked: number): Promise<FoundRow[]> {
  const param = (value: unknown) => `$${params.push(value)}`;
  const pairs = `SELECT d.id AS district_id, y.year, d.province_zh, d.city_zh, d.code FROM district d CROSS JOIN unnest(${param(years)}::int[]) AS y(year)
    CROSS JOIN LATERAL (SELECT 1 FROM target_verdict v ${where(['v.district_id = d.id', 'v.year = y.year', ...rowConditions])} LIMIT 1) hit ${where(conditions)}`;
  const page = param(asked);
  return plainRows<FoundRow>(db, `
    WITH pairs AS MATERIALIZED (${pairs}),
    counted AS (SELECT count(*)::int AS n FROM pairs),
    page AS (SELECT district_id, year FROM pairs ORDER BY year DESC, province_zh, city_zh, code LIMIT ${OVERVIEW_PAGE_SIZE} OFFSET ${pageOffset(page)})
    SELECT g.*, (SELECT n FROM counted) AS pairs, ${DISTRICT_COLUMNS}
    FROM (
      SELECT v.district_id, v.year, count(*)::int AS total,
        ${VERDICT_CODES.map((code) => `(count(*) FILTER (WHERE ${FINAL_CODE_SQL} = '${code}'))::int AS "${code}"`).join(', ')}
      FROM page JOIN target_verdict v ON v.district_id = page.district_id AND v.year = page.year ${where(rowConditions)}
      GROUP BY v.district_id, v.year
    ) g JOIN district d ON d.id = g.district_id
    ORDER BY g.year DESC, d.province_zh, d.city_zh, d.code`, params);
}

type GroupRow = {
  district_id: number; year: number; total: number; code: string; nameZh: string; nameEn: string; pinyin: string;
  provinceZh: string; provinceEn: string; cityZh: string | null; cityEn: string | null;
};

function where(conditions: string[]): string {
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

/** Years with targets, newest first: a loose index scan over target_verdict (year, district_id), a dozen index probes. */
async function verdictYears(): Promise<number[]> {
  const rows = await plainRows<{ year: number }>(db, `
    WITH RECURSIVE y AS (
      SELECT max(year) AS year FROM target_verdict
      UNION ALL SELECT (SELECT max(year) FROM target_verdict WHERE year < y.year) FROM y WHERE y.year IS NOT NULL)
    SELECT year FROM y WHERE year IS NOT NULL`, [], prepared);
  return rows.map((row) => row.year);
}

/**
 * The province list, and the cities of the chosen province (or of the chosen city's
 * name): a national list is ~330 names in every page. Made distinct in SQL: reading
 * all 2,850 districts through Prisma on every view cost more server CPU than the rest
 * of the page's data.
 */
async function placeOptions(filter: OverviewFilter): Promise<Pick<Overview['options'], 'provinces' | 'cities'>> {
  const cityFilter = filter.province ? 'province_zh = $1' : filter.city ? 'city_zh = $1' : 'false';
  const rows = await plainRows<{ kind: 'province' | 'city'; zh: string; en: string }>(db, `
    SELECT DISTINCT ON (kind, zh) kind, zh, en FROM (
      SELECT 'province' AS kind, province_zh AS zh, province_en AS en, id FROM district
      UNION ALL
      SELECT 'city', city_zh, coalesce(city_en, city_zh), id FROM district WHERE city_zh IS NOT NULL AND ${cityFilter}
    ) place ORDER BY kind, zh, id`, filter.province ? [filter.province] : filter.city ? [filter.city] : [], prepared);
  const sorted = (kind: 'province' | 'city') => rows.filter((row) => row.kind === kind).map(({ zh, en }) => ({ zh, en })).sort((a, b) => collator.compare(a.zh, b.zh));
  return { provinces: sorted('province'), cities: sorted('city') };
}

const collator = new Intl.Collator('zh-CN');
