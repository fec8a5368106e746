import 'server-only';
import { ANNUAL_PERIOD } from '@/lib/verdict/period';
import type { z } from 'zod';
import type { SessionUser } from '@/lib/auth/sessions';
import { db } from '@/lib/db';
import { listDistrictSummaries } from '@/lib/districts/data';
import type { Prisma } from '@/lib/generated/prisma/client';
import { findTargets, type OutcomeRow, type TargetRow } from '@/lib/targets/data';
import type { Measure, Qualifier } from '@/lib/domain/types';
import type { VerdictCode } from '@/lib/verdict/types';
import { toScorecardRow } from '@/lib/scorecard/rows';
import { PACE_LABELS } from '@/lib/verdict/pace';
import { periodName } from '@/lib/verdict/period';
import { readStoredPace } from '@/lib/verdicts/stored-pace';
import { identifyReader, type Reader } from './auth';
import type { districtSchema, outcomeSchema, outcomesQuery, targetDetailSchema, targetSchema, targetsQuery } from './schemas';

type TargetJson = z.infer<typeof targetSchema>;
type OutcomeJson = z.infer<typeof outcomeSchema>;
export type Pagination = { limit: number; nextCursor: string | null; page: number | null; hasMore: boolean };

export async function listDistricts(): Promise<z.infer<typeof districtSchema>[]> {
  const districts = await listDistrictSummaries();
  return districts.map(({ id: _id, ...district }) => district);
}

/** Ids handed to one findTargets call when filtering by verdict; tests pass a small one to exercise batch boundaries. */
export const VERDICT_SCAN_BATCH = 1000;

export async function listTargets(query: z.infer<typeof targetsQuery>, verdictScanBatch = VERDICT_SCAN_BATCH): Promise<{ data: TargetJson[]; pagination: Pagination }> {
  const where: Prisma.TargetWhereInput = {
    ...(query.district ? { district: { code: query.district } } : {}),
    ...(query.year ? { year: query.year } : {}),
    ...(query.indicator ? { indicator: { key: query.indicator } } : {}),
  };
  const rows = query.verdict
    ? await scanForVerdict(where, query.verdict, query, verdictScanBatch)
    : await findTargets({ targetIds: await pageOfTargetIds(where, query) }, [{ id: 'asc' }]);
  // limit + 1 rows were asked for: the extra one only tells whether there is more.
  const slice = rows.slice(0, query.limit);
  const hasMore = rows.length > query.limit;
  const last = slice.at(-1);
  return { data: slice.map(targetJson), pagination: { limit: query.limit, nextCursor: hasMore && last ? String(last.id) : null, page: query.page ?? null, hasMore } };
}

/** The cursor as an id; PostgreSQL refuses a number past int4 in a comparison with an int4 id, and no id is larger. */
function cursorId(cursor: string | undefined): number {
  return cursor ? Math.min(Number(cursor), 2 ** 31 - 1) : 0;
}

/** limit + 1 ids straight from the database rather than every matching id: at national scale that is half a million. */
async function pageOfTargetIds(where: Prisma.TargetWhereInput, query: z.infer<typeof targetsQuery>): Promise<number[]> {
  const rows = await db.target.findMany({
    where: query.cursor ? { AND: [where, { id: { gt: cursorId(query.cursor) } }] } : where,
    select: { id: true }, orderBy: { id: 'asc' }, take: query.limit + 1, skip: query.cursor ? 0 : ((query.page ?? 1) - 1) * query.limit,
  });
  return rows.map((row) => row.id);
}

/**
 * The verdict is computed by findTargets, not stored, so the database cannot filter on
 * it. Walk the matching targets in id order, one bounded batch at a time, until limit + 1
 * have the verdict: memory stays at one batch and one page whatever the number of
 * targets. A cursor starts the walk where the previous page ended; page=N has to walk
 * past the (N-1)*limit matches before it, so deep pages cost more (the API documents
 * nextCursor as the way to page through).
 */
async function scanForVerdict(where: Prisma.TargetWhereInput, verdict: VerdictCode, query: z.infer<typeof targetsQuery>, batchSize: number): Promise<TargetRow[]> {
  const wanted = query.limit + 1;
  let toSkip = query.cursor ? 0 : ((query.page ?? 1) - 1) * query.limit;
  let after = cursorId(query.cursor);
  const found: TargetRow[] = [];
  for (;;) {
    const ids = (await db.target.findMany({ where: { AND: [where, { id: { gt: after } }] }, select: { id: true }, orderBy: { id: 'asc' }, take: batchSize })).map((row) => row.id);
    if (ids.length === 0) return found;
    for (const row of await findTargets({ targetIds: ids }, [{ id: 'asc' }])) {
      if (row.verdict.code !== verdict) continue;
      if (toSkip > 0) toSkip -= 1;
      else if (found.push(row) === wanted) return found;
    }
    if (ids.length < batchSize) return found;
    after = ids.at(-1) ?? after;
  }
}

export async function getTarget(id: number): Promise<z.infer<typeof targetDetailSchema> | null> {
  const [row] = await findTargets({ targetIds: [id] });
  if (!row) return null;
  return {
    ...targetJson(row), outcomes: row.outcomes.map((outcome) => outcomeJson(outcome, row.district.code, row.indicator.key)),
    pace: (await readStoredPace(db, [id])).map((entry) => ({
      periodMonths: entry.periodMonths, period: periodName({ months: entry.periodMonths }), code: entry.code, label: PACE_LABELS[entry.code], rule: entry.rule,
      provisional: entry.provisional, actualValue: entry.actualValue, actualUnit: entry.actualUnit, paceLine: entry.paceLine, completedPercent: entry.completedPercent,
      basedOnOutcomeId: entry.outcomeId,
    })),
  };
}

export async function listOutcomes(query: z.infer<typeof outcomesQuery>): Promise<{ data: OutcomeJson[]; pagination: Pagination }> {
  const where: Prisma.OutcomeWhereInput = {
    periodMonths: query.period,
    ...(query.district ? { district: { code: query.district } } : {}),
    ...(query.year ? { year: query.year } : {}),
    ...(query.indicator ? { indicator: { key: query.indicator } } : {}),
  };
  // limit + 1 rows by cursor or offset, not every matching id (a national year is ~85k revisions).
  const found = await db.outcome.findMany({
    where: query.cursor ? { AND: [where, { id: { gt: cursorId(query.cursor) } }] } : where,
    orderBy: { id: 'asc' },
    take: query.limit + 1,
    skip: query.cursor ? 0 : ((query.page ?? 1) - 1) * query.limit,
    select: {
      id: true, year: true, measure: true, periodMonths: true, revision: true, value: true, unit: true, vintage: true, recordedAt: true, note: true,
      sourceDocumentId: true, quote: true, quoteStart: true, quoteEnd: true,
      district: { select: { code: true } }, indicator: { select: { key: true } }, sourceDocument: { select: { title: true } },
      reviews: { select: { state: true }, orderBy: { createdAt: 'desc' }, take: 1 },
    },
  });
  const rows = found.slice(0, query.limit);
  const hasMore = found.length > query.limit;
  const last = rows.at(-1);
  return {
    data: rows.map((row) => ({
      id: row.id, districtCode: row.district.code, indicatorKey: row.indicator.key, year: row.year, measure: row.measure, periodMonths: row.periodMonths, revision: row.revision,
      value: row.value.toString(), unit: row.unit, vintage: row.vintage, recordedAt: row.recordedAt.toISOString(), note: row.note,
      reviewState: row.reviews[0]?.state ?? 'unreviewed',
      source: { documentId: row.sourceDocumentId, title: row.sourceDocument.title, quote: row.quote, quoteStart: row.quoteStart, quoteEnd: row.quoteEnd },
    })),
    pagination: { limit: query.limit, nextCursor: hasMore && last ? String(last.id) : null, page: query.page ?? null, hasMore },
  };
}

function outcomeJson(outcome: OutcomeRow, districtCode: string, indicatorKey: string): OutcomeJson {
  return {
    // A target's outcomes are its annual figures (lib/targets/data.ts reads period 12 only).
    id: Number(outcome.id), districtCode, indicatorKey, year: outcome.year, measure: outcome.measure, periodMonths: ANNUAL_PERIOD, revision: outcome.revision,
    value: outcome.value, unit: outcome.unit ?? '', vintage: outcome.vintage, recordedAt: outcome.recordedAt.toISOString(), note: outcome.note,
    reviewState: outcome.reviewState,
    source: { documentId: outcome.sourceDocumentId, title: outcome.sourceTitle, quote: outcome.quote, quoteStart: outcome.quoteStart, quoteEnd: outcome.quoteEnd },
  };
}

function targetJson(row: TargetRow): TargetJson {
  const latest = row.outcomes.at(-1);
  const scorecard = toScorecardRow(row);
  return {
    id: row.id,
    district: { code: row.district.code, nameZh: row.district.nameZh, nameEn: row.district.nameEn },
    year: row.year,
    indicator: { key: row.indicator.key, nameZh: row.indicator.nameZh, nameEn: row.indicator.nameEn },
    measure: row.measure as Measure, qualifier: row.qualifier as Qualifier, asWritten: row.asWritten,
    value: row.value, valueHigh: row.valueHigh, unit: row.unit,
    responsibleUnit: scorecard.responsibleUnit, responsibleUnits: scorecard.responsibleUnits,
    source: row.source,
    latestOutcome: latest ? outcomeJson(latest, row.district.code, row.indicator.key) : null,
    verdict: {
      code: row.verdict.code, label: row.verdict.label, decidedBy: row.verdict.decidedBy, provisional: row.verdict.provisional,
      gap: scorecard.gap, explanation: row.verdict.explanation,
      basedOnOutcomeId: row.verdict.outcome ? Number(row.verdict.outcome.id) : null,
      final: { code: scorecard.finalCode, label: { zh: scorecard.finalZh, en: scorecard.finalEn }, overridden: scorecard.overridden },
    },
    reviewState: row.reviewState,
  };
}

/** Who reads this request (identifyReader, lib/api/auth.ts), on the app's database. */
export async function identifyRequestReader(authorization: string | null, sessionUser: () => Promise<SessionUser | null>): Promise<Reader | null> {
  return identifyReader(db, authorization, sessionUser);
}
