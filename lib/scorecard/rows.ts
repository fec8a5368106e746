import 'server-only';
import { db } from '@/lib/db';
import { intArray, plainRows } from '@/lib/db/plain-rows';
import { MEASURES, type Measure, type Qualifier, type Vintage } from '@/lib/domain/types';
import { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/locale';
import { withoutDirectionControls } from '@/lib/text/direction-controls';
import { type TargetFilter, type TargetRow, targetWhere } from '@/lib/targets/data';
import { formatUnits, type AssignedUnit } from '@/lib/responsible-units/format';
import { finalStatus } from '@/lib/verdict/final-status';
import { PACE_LABELS, type PaceCode } from '@/lib/verdict/pace';
import { periodName } from '@/lib/verdict/period';
import { readStoredPace } from '@/lib/verdicts/stored-pace';
import type { Tolerance, VerdictCode } from '@/lib/verdict/types';
import { type BasisDetail, readScorecardChunk, type ScorecardTarget } from './chunk';
import { QUALIFIER_LABELS, REVIEW_STATE_LABELS, reviewStatus, VINTAGE_LABELS } from './labels';

/** One line of a scorecard, in both languages; every export format and the JSON API read this one shape. */
export type ScorecardRow = {
  targetId: number;
  districtCode: string;
  districtZh: string;
  districtEn: string;
  year: number;
  indicatorKey: string;
  indicatorZh: string;
  indicatorEn: string;
  measure: 'growth' | 'level';
  asWritten: string;
  qualifier: Qualifier;
  qualifierZh: string;
  qualifierEn: string;
  targetValue: string | null;
  targetValueHigh: string | null;
  unit: string | null;
  actualValue: string | null;
  actualUnit: string | null;
  vintage: Vintage | null;
  vintageZh: string | null;
  vintageEn: string | null;
  /** The computed verdict (lib/verdict), or a reviewer's judgment of a qualitative target. */
  verdictCode: VerdictCode;
  verdictZh: string;
  verdictEn: string;
  /** The status of record: a current reviewer override when there is one, else verdictCode (lib/verdict/final-status). */
  finalCode: VerdictCode;
  finalZh: string;
  finalEn: string;
  /** finalCode is a reviewer's override of verdictCode. */
  overridden: boolean;
  provisional: boolean;
  /** "-1.5pp" for growth, "97.3%" (of target) for levels; null when undecided. */
  gap: string | null;
  /** The gap as a plain signed number: percentage points ("points") or percent of the target reached ("completion"). */
  gapKind: 'points' | 'completion' | null;
  gapValue: string | null;
  /** The outcome as compared, in the target's unit (13200人 against a 万人 target: "1.32", "万人"). */
  actualInTargetUnit: string | null;
  targetUnit: string | null;
  /** When the outcome revision the verdict rests on was recorded (ISO 8601, UTC). */
  outcomeRecordedAt: string | null;
  tolerance: Tolerance | null;
  /** Null in the language a file does not read: rows read for a file (Scorecard.chunks(language)) carry its language only. */
  explanationZh: string | null;
  explanationEn: string | null;
  reviewState: 'verified' | 'disputed' | 'unreviewed' | null;
  reviewStateZh: string | null;
  reviewStateEn: string | null;
  /** Review of the verdict and its figure in words (已改判, 已确认, 完成情况已核实…); null when there is nothing to review. */
  reviewStatusZh: string | null;
  reviewStatusEn: string | null;
  /** The current reviewer decision's reason and time (ISO 8601, UTC). */
  reviewReason: string | null;
  reviewedAt: string | null;
  /** 责任单位 as zh text ("区发展改革委（牵头）、区财政局"), null when unassigned; the structured list follows. */
  responsibleUnit: string | null;
  /** The unit assignments: the lead unit first, then co-units. */
  responsibleUnits: AssignedUnit[];
  targetSourceTitle: string;
  targetQuote: string;
  outcomeSourceTitle: string | null;
  outcomeQuote: string | null;
  /** With a period chosen (1—N月): the stored pace verdict (序时进度) for it; 待填报 when the target has no figure for it. Null without a period. */
  pace: ScorecardPace | null;
  /** Why the outcome's quote does not state its figure directly (the recorder's reason), or null when it does. */
  figureNotInQuoteReason: string | null;
};

export type ScorecardPace = {
  periodMonths: number; periodZh: string; periodEn: string; code: PaceCode; zh: string; en: string;
  actualValue: string | null; actualUnit: string | null; completedPercent: string | null;
};

export type ScorecardQuery = { district?: string; year?: number; province?: string; city?: string; indicator?: string; period?: number };

/** What a file was made from, so two downloads can be told apart. */
export type Provenance = {
  generatedAt: Date;
  targetCount: number;
  outcomeCount: number;
  latestAuditId: string | null;
  dataUpdatedAt: Date | null;
};

/**
 * A scorecard ready to be written: what it covers and was made from, and its rows
 * read in chunks as a writer pulls them, so a national year (~43k rows) is never
 * held whole in memory.
 */
export type Scorecard = ScorecardRows & { provenance: Provenance };

/** A scorecard without its provenance: what the CSV needs (it states none), so it does not wait for the counts. */
export type ScorecardRows = {
  query: ScorecardQuery;
  title: { zh: string; en: string };
  /** `language`: the file's; the rows then carry the explanation in that language only (the other is null). */
  chunks: (language?: Locale) => AsyncGenerator<ScorecardRow[]>;
};

/** A row from a full read (every revision of the series; the API's target JSON). */
export function toScorecardRow(target: TargetRow): ScorecardRow {
  return scorecardRowOf(target, target.outcomes.find((outcome) => outcome.id === target.verdict.outcome?.id) ?? null);
}

function scorecardRowOf(target: ScorecardTarget, basis: BasisDetail | null, language?: Locale): ScorecardRow {
  const { verdict } = target;
  // A file reads one language: the other's explanation is left out (computeVerdict has not written it).
  const unread = language === 'zh' ? 'en' : language === 'en' ? 'zh' : null;
  const vintage = basis?.vintage ?? null;
  const gap = verdict.gap ? (verdict.gap.kind === 'points' ? `${verdict.gap.value}pp` : `${verdict.gap.percent}%`) : null;
  const review = target.reviewState ? REVIEW_STATE_LABELS[target.reviewState] : null;
  const final = finalStatus(verdict);
  const status = reviewStatus(verdict, final, target.reviewState);
  const qualifier = target.qualifier as Qualifier;
  // Names, quotes and every other text read from the database, stored before direction controls were refused,
  // must not reorder an export: each is cleaned (`clean`) as it is placed. Labels, times, unit symbols of the
  // catalogue and figures (NUMERIC columns' text, decimal.js's digits, the tolerance made of them) hold none.
  // One field at a time, not the whole row: a national file makes ~43k rows of ~60 fields.
  return {
    targetId: target.id,
    districtCode: clean(target.district.code), districtZh: clean(target.district.nameZh), districtEn: clean(target.district.nameEn),
    year: target.year,
    indicatorKey: clean(target.indicator.key), indicatorZh: clean(target.indicator.nameZh), indicatorEn: clean(target.indicator.nameEn),
    measure: target.measure,
    asWritten: clean(target.asWritten),
    qualifier, qualifierZh: QUALIFIER_LABELS[qualifier].zh, qualifierEn: QUALIFIER_LABELS[qualifier].en,
    targetValue: target.value, targetValueHigh: target.valueHigh, unit: clean(target.unit),
    actualValue: basis?.value ?? null, actualUnit: clean(basis?.unit ?? null),
    vintage, vintageZh: vintage ? VINTAGE_LABELS[vintage].zh : null, vintageEn: vintage ? VINTAGE_LABELS[vintage].en : null,
    verdictCode: verdict.code, verdictZh: verdict.label.zh, verdictEn: verdict.label.en,
    finalCode: final.code, finalZh: final.label.zh, finalEn: final.label.en, overridden: final.overridden,
    provisional: verdict.provisional,
    gap,
    gapKind: verdict.gap?.kind ?? null,
    gapValue: verdict.gap ? (verdict.gap.kind === 'points' ? verdict.gap.value : verdict.gap.percent) : null,
    actualInTargetUnit: verdict.actual?.value ?? null, targetUnit: verdict.actual?.unit ?? null,
    outcomeRecordedAt: basis ? isoTime(basis.recordedAt) : null,
    tolerance: verdict.tolerance,
    explanationZh: unread === 'zh' ? null : clean(verdict.explanation.zh), explanationEn: unread === 'en' ? null : clean(verdict.explanation.en),
    reviewState: target.reviewState, reviewStateZh: review?.zh ?? null, reviewStateEn: review?.en ?? null,
    reviewStatusZh: status?.zh ?? null, reviewStatusEn: status?.en ?? null,
    reviewReason: clean(verdict.review?.reason ?? null), reviewedAt: verdict.review?.at.toISOString() ?? null,
    responsibleUnit: clean(formatUnits(target.responsibleUnits, 'zh')), responsibleUnits: withoutDirectionControls(target.responsibleUnits),
    targetSourceTitle: clean(target.source.title), targetQuote: clean(target.source.quote),
    outcomeSourceTitle: clean(basis?.sourceTitle ?? null), outcomeQuote: clean(basis?.quote ?? null),
    figureNotInQuoteReason: clean(basis?.figureNotInQuoteReason ?? null), pace: null,
  };
}

/**
 * A time as ISO 8601 text, each distinct time made once: a file's outcomes repeat their times (a district's
 * figures recorded together). Bounded: emptied when full.
 */
function isoTime(at: Date): string {
  const ms = at.getTime();
  let text = isoTexts.get(ms);
  if (text === undefined) {
    if (isoTexts.size >= 5_000) isoTexts.clear();
    isoTexts.set(ms, (text = at.toISOString()));
  }
  return text;
}

const isoTexts = new Map<number, string>();

/** A text (or null) without direction controls. */
function clean<T extends string | null>(text: T): T {
  return text === null ? text : withoutDirectionControls(text);
}

type Scope = Required<Pick<TargetFilter, 'districtIds'>> & Pick<TargetFilter, 'years' | 'indicatorIds'>;

/**
 * Districts and indicator a query names; unknown codes are not_found. Plain SQL, not Prisma's findMany:
 * a national file reads all 2,850 districts here, and Prisma's query compiler spent ~0.4 s of CPU on the first
 * such call in a process (the first export after a start) and ~40 ms on every later one mapping the rows.
 */
async function resolveScope(query: ScorecardQuery): Promise<{ scope: Scope; district: { nameZh: string; nameEn: string } | null }> {
  // An empty code, province or city names nothing (as before: the filter is left out).
  const districts = await plainRows<{ id: number; nameZh: string; nameEn: string }>(db, `
    SELECT d.id, d.name_zh AS "nameZh", d.name_en AS "nameEn" FROM district d
    WHERE ($1::text IS NULL OR d.code = $1) AND ($2::text IS NULL OR d.province_zh = $2 OR d.province_en = $2)
      AND ($3::text IS NULL OR d.city_zh = $3 OR d.city_en = $3)
    ORDER BY d.id`, [query.district || null, query.province || null, query.city || null]);
  if (query.district && districts.length === 0) throw new AppError('not_found', 'district', { param: 'district' });
  let indicatorIds: number[] | undefined;
  if (query.indicator) {
    const [indicator] = await plainRows<{ id: number }>(db, 'SELECT id FROM indicator WHERE key = $1', [query.indicator]);
    if (!indicator) throw new AppError('not_found', 'indicator', { param: 'indicator' });
    indicatorIds = [indicator.id];
  }
  const scope = { districtIds: districts.map((district) => district.id), ...(query.year ? { years: [query.year] } : {}), ...(indicatorIds ? { indicatorIds } : {}) };
  return { scope, district: query.district ? (districts[0] ?? null) : null };
}

const ORDER: Prisma.TargetOrderByWithRelationInput[] = [{ year: 'desc' }, { districtId: 'asc' }, { indicatorId: 'asc' }, { measure: 'asc' }];

// Districts per chunk of a one-year scorecard: ~1,500 targets. Measured on
// the national year: as fast as 250 and ~50 MB less peak RSS (less garbage promoted).
const DISTRICTS_PER_CHUNK = 100;

/**
 * One district or many (a province, a city, every district), one year or all years.
 * Provenance is counted in SQL first so writers can state it at the top; rows follow
 * in chunks of one year × up to `districtsPerChunk` districts, years newest first,
 * the next chunk read while this one is written. So even every district of every
 * year (the national file, ~500k rows) is never held whole in memory, and the rows
 * come in scorecard order (year desc, district, indicator) as the JSON pages do.
 */
export async function openScorecard(query: ScorecardQuery, now = new Date(), districtsPerChunk = DISTRICTS_PER_CHUNK): Promise<Scorecard> {
  const { scope, district } = await resolveScope(query);
  const provenance = await provenanceOf(scope, now);
  return { ...scorecardOf(query, scope, district, districtsPerChunk, provenance.targetCount === 0), provenance };
}

/**
 * The rows of a scorecard without its provenance: its counts (every outcome of a national year
 * joined to its target, ~0.3 s of PostgreSQL) are not read, and an empty scope reads its chunks' ids and finds none.
 */
export async function openScorecardRows(query: ScorecardQuery, districtsPerChunk = DISTRICTS_PER_CHUNK): Promise<ScorecardRows> {
  const { scope, district } = await resolveScope(query);
  return scorecardOf(query, scope, district, districtsPerChunk, false);
}

function scorecardOf(query: ScorecardQuery, scope: Scope, district: { nameZh: string; nameEn: string } | null, districtsPerChunk: number, empty: boolean): ScorecardRows {
  async function* chunks(language?: Locale): AsyncGenerator<ScorecardRow[]> {
    if (empty) return;
    const plan: { year: number; start: number }[] = [];
    for (const year of scope.years ?? (await yearsOf(scope))) {
      for (let start = 0; start < scope.districtIds.length; start += districtsPerChunk) plan.push({ year, start });
    }
    const read = async ({ year, start }: { year: number; start: number }) =>
      readRows(await chunkIds(scope, year, scope.districtIds.slice(start, start + districtsPerChunk)), language);
    let next: Promise<ScorecardRow[]> | null = plan[0] ? read(plan[0]) : null;
    for (let index = 0; next; index += 1) {
      const rows: ScorecardRow[] = await next;
      const following = plan[index + 1];
      next = following ? read(following) : null;
      // A reader that stops early never awaits the prefetch; its failure is not news.
      next?.catch(() => undefined);
      if (rows.length > 0) yield withPace(rows, query.period);
    }
  }
  return { query, title: titleOf(query, district), chunks };
}

/**
 * The ids of one chunk's targets in scorecard order (ORDER: district, indicator, measure
 * in its enum's order), as one plain SQL statement: Prisma's findMany cost more CPU than
 * the statement itself for ~1,500 ids.
 */
async function chunkIds(scope: Scope, year: number, districtIds: number[]): Promise<number[]> {
  const indicator = scope.indicatorIds ? 'AND t.indicator_id = ANY($3::int[])' : '';
  const rows = await plainRows<{ id: number }>(db, `
    SELECT t.id FROM target t WHERE t.year = $1 AND t.district_id = ANY($2::int[]) ${indicator}
    ORDER BY t.district_id, t.indicator_id, t.measure`, [year, intArray(districtIds), ...(scope.indicatorIds ? [intArray(scope.indicatorIds)] : [])]);
  return rows.map((row) => row.id);
}

/** The years a scope has targets in, newest first (an all-years scorecard reads them one at a time). */
async function yearsOf(scope: Scope): Promise<number[]> {
  const conditions = [Prisma.sql`t.district_id = ANY(${scope.districtIds})`];
  if (scope.indicatorIds) conditions.push(Prisma.sql`t.indicator_id = ANY(${scope.indicatorIds})`);
  const rows = await db.$queryRaw<{ year: number }[]>`SELECT DISTINCT t.year FROM target t WHERE ${Prisma.join(conditions, ' AND ')} ORDER BY t.year DESC`;
  return rows.map((row) => row.year);
}

/** Every row at once (tests compare whole scorecards); writers iterate chunks instead. */
export async function scorecardRows(scorecard: Scorecard): Promise<ScorecardRow[]> {
  const rows: ScorecardRow[] = [];
  for await (const chunk of scorecard.chunks()) rows.push(...chunk);
  return rows;
}

export type ScorecardPageQuery = { limit: number; cursor?: string; page?: number };

/**
 * One page of a scorecard's rows in scorecard order (year desc, district, indicator,
 * measure). The cursor is the id of the last target of the previous page; the next
 * page starts after that target's place in the order (keyset, stable under inserts).
 */
export async function scorecardPage(query: ScorecardQuery, page: ScorecardPageQuery, now = new Date()) {
  const { scope, district } = await resolveScope(query);
  const where = targetWhere(scope);
  let after: Prisma.TargetWhereInput | null = null;
  if (page.cursor) {
    // Ids are int4: a larger cursor names no target (and PostgreSQL would refuse the comparison).
    const last = await db.target.findUnique({ where: { id: Math.min(Number(page.cursor), 2 ** 31 - 1) }, select: { year: true, districtId: true, indicatorId: true, measure: true } });
    if (!last) throw new AppError('not_found', 'cursor', { param: 'cursor' });
    const laterMeasures = MEASURES.slice(MEASURES.indexOf(last.measure as Measure) + 1);
    after = {
      OR: [
        { year: { lt: last.year } },
        { year: last.year, districtId: { gt: last.districtId } },
        { year: last.year, districtId: last.districtId, indicatorId: { gt: last.indicatorId } },
        { year: last.year, districtId: last.districtId, indicatorId: last.indicatorId, measure: { in: laterMeasures } },
      ],
    };
  }
  const [provenance, ids] = await Promise.all([
    provenanceOf(scope, now),
    db.target.findMany({ where: after ? { AND: [where, after] } : where, select: { id: true }, orderBy: ORDER, take: page.limit + 1, skip: page.cursor ? 0 : ((page.page ?? 1) - 1) * page.limit }),
  ]);
  const pageIds = ids.slice(0, page.limit).map((row) => row.id);
  const rows = pageIds.length > 0 ? await withPace(await readRows(pageIds), query.period) : [];
  const hasMore = ids.length > page.limit;
  return {
    title: titleOf(query, district),
    provenance,
    rows,
    pagination: { limit: page.limit, nextCursor: hasMore ? String(rows.at(-1)?.targetId ?? '') : null, page: page.page ?? null, hasMore },
  };
}

/**
 * Rows of these targets, in this order, read on the stored verdicts (readScorecardChunk:
 * only the revision each verdict rests on, with what the rows show of it: figure, vintage,
 * source, quote; computeVerdict still decides, and a row whose answer differs from its stored
 * verdict is read in full there). One round of queries per chunk, whatever its size or its series' histories.
 */
async function readRows(ids: number[], language?: Locale): Promise<ScorecardRow[]> {
  if (ids.length === 0) return [];
  const entries = await readScorecardChunk(db, ids, language);
  return entries.map(({ target, basis }) => scorecardRowOf(target, basis, language));
}

/** With a period: each row's stored pace verdict for it, one query per chunk of rows. */
async function withPace(rows: ScorecardRow[], period: number | undefined): Promise<ScorecardRow[]> {
  if (period === undefined || rows.length === 0) return rows;
  const stored = new Map((await readStoredPace(db, rows.map((row) => row.targetId), period)).map((row) => [row.targetId, row]));
  const name = periodName({ months: period });
  return rows.map((row) => {
    const pace = stored.get(row.targetId);
    const code: PaceCode = pace?.code ?? 'pending';
    return {
      ...row,
      pace: {
        periodMonths: period, periodZh: name.zh, periodEn: name.en, code, zh: PACE_LABELS[code].zh, en: PACE_LABELS[code].en,
        actualValue: pace?.actualValue ?? null, actualUnit: pace?.actualUnit ?? null, completedPercent: pace?.completedPercent ?? null,
      },
    };
  });
}

/**
 * Counts and latest change of what the scorecard covers, in SQL: the targets in scope
 * and the outcome revisions of their series (same district, indicator, year, measure,
 * which is unique per target), without reading the rows.
 */
async function provenanceOf(scope: Scope, now: Date): Promise<Provenance> {
  const conditions = [Prisma.sql`t.district_id = ANY(${scope.districtIds})`];
  if (scope.years) conditions.push(Prisma.sql`t.year = ANY(${scope.years})`);
  if (scope.indicatorIds) conditions.push(Prisma.sql`t.indicator_id = ANY(${scope.indicatorIds})`);
  const filter = Prisma.join(conditions, ' AND ');
  const [[targets], [outcomes], audit] = await Promise.all([
    db.$queryRaw<{ count: number; updated: Date | null }[]>`SELECT count(*)::int AS count, max(t.updated_at) AS updated FROM target t WHERE ${filter}`,
    db.$queryRaw<{ count: number; recorded: Date | null }[]>`SELECT count(*)::int AS count, max(o.recorded_at) AS recorded FROM outcome o
      JOIN target t ON t.district_id = o.district_id AND t.indicator_id = o.indicator_id AND t.year = o.year AND t.measure = o.measure WHERE o.period_months = 12 AND ${filter}`,
    db.auditLog.aggregate({ _max: { id: true } }),
  ]);
  const latest = Math.max(targets?.updated?.getTime() ?? 0, outcomes?.recorded?.getTime() ?? 0);
  return {
    generatedAt: now,
    targetCount: targets?.count ?? 0,
    outcomeCount: outcomes?.count ?? 0,
    latestAuditId: audit._max.id?.toString() ?? null,
    dataUpdatedAt: latest > 0 ? new Date(latest) : null,
  };
}

function titleOf(query: ScorecardQuery, district: { nameZh: string; nameEn: string } | null): { zh: string; en: string } {
  const place = district ?? { nameZh: [query.province, query.city].filter(Boolean).join('') || '各区县', nameEn: [query.city, query.province].filter(Boolean).join(', ') || 'all districts' };
  const yearZh = query.year ? `${query.year}年` : '历年';
  const yearEn = query.year ? String(query.year) : 'all years';
  return withoutDirectionControls({ zh: `${place.nameZh}${yearZh}主要预期目标落实情况`, en: `${place.nameEn}: main targets and outcomes, ${yearEn}` });
}
