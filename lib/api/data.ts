import 'server-only';
import type { z } from 'zod';
import { db } from '@/lib/db';
import { listDistrictSummaries } from '@/lib/districts/data';
import type { Prisma } from '@/lib/generated/prisma/client';
import { findTargets, type OutcomeRow, type TargetRow } from '@/lib/targets/data';
import type { Measure, Qualifier } from '@/lib/domain/types';
import { toScorecardRow } from '@/lib/scorecard/rows';
import type { districtSchema, outcomeSchema, outcomesQuery, targetDetailSchema, targetSchema, targetsQuery } from './schemas';

type TargetJson = z.infer<typeof targetSchema>;
type OutcomeJson = z.infer<typeof outcomeSchema>;
export type Pagination = { limit: number; nextCursor: string | null; page: number | null; hasMore: boolean };

export async function listDistricts(): Promise<z.infer<typeof districtSchema>[]> {
  const districts = await listDistrictSummaries();
  return districts.map(({ id: _id, ...district }) => district);
}

/** Ids in ascending order, then one page by cursor (ids after it) or page number. */
function pageOf(ids: number[], query: { limit: number; cursor?: string; page?: number }): { ids: number[]; pagination: Pagination } {
  const start = query.cursor ? ids.findIndex((id) => id > Number(query.cursor)) : ((query.page ?? 1) - 1) * query.limit;
  const from = start < 0 ? ids.length : start;
  const slice = ids.slice(from, from + query.limit);
  const hasMore = from + query.limit < ids.length;
  const last = slice.at(-1);
  return { ids: slice, pagination: { limit: query.limit, nextCursor: hasMore && last !== undefined ? String(last) : null, page: query.page ?? null, hasMore } };
}

export async function listTargets(query: z.infer<typeof targetsQuery>): Promise<{ data: TargetJson[]; pagination: Pagination }> {
  const where: Prisma.TargetWhereInput = {
    ...(query.district ? { district: { code: query.district } } : {}),
    ...(query.year ? { year: query.year } : {}),
    ...(query.indicator ? { indicator: { key: query.indicator } } : {}),
  };
  if (!query.verdict) {
    // One page of ids straight from the database (limit + 1 tells whether there is more),
    // rather than every matching id: at national scale that is half a million.
    const ids = (await db.target.findMany({
      where: query.cursor ? { AND: [where, { id: { gt: Number(query.cursor) } }] } : where,
      select: { id: true }, orderBy: { id: 'asc' }, take: query.limit + 1, skip: query.cursor ? 0 : ((query.page ?? 1) - 1) * query.limit,
    })).map((row) => row.id);
    const slice = ids.slice(0, query.limit);
    const hasMore = ids.length > query.limit;
    const last = slice.at(-1);
    const rows = await findTargets({ targetIds: slice }, [{ id: 'asc' }]);
    return { data: rows.map(targetJson), pagination: { limit: query.limit, nextCursor: hasMore && last !== undefined ? String(last) : null, page: query.page ?? null, hasMore } };
  }
  let ids = (await db.target.findMany({ where, select: { id: true }, orderBy: { id: 'asc' } })).map((row) => row.id);
  // The verdict is computed, not stored: filter on it after findTargets decides it.
  const computed = new Map((await findTargets({ targetIds: ids })).map((row) => [row.id, row]));
  ids = ids.filter((id) => computed.get(id)?.verdict.code === query.verdict);
  const page = pageOf(ids, query);
  const rows = page.ids.map((id) => computed.get(id)).filter((row): row is TargetRow => Boolean(row));
  return { data: rows.map(targetJson), pagination: page.pagination };
}

export async function getTarget(id: number): Promise<z.infer<typeof targetDetailSchema> | null> {
  const [row] = await findTargets({ targetIds: [id] });
  if (!row) return null;
  return { ...targetJson(row), outcomes: row.outcomes.map((outcome) => outcomeJson(outcome, row.district.code, row.indicator.key)) };
}

export async function listOutcomes(query: z.infer<typeof outcomesQuery>): Promise<{ data: OutcomeJson[]; pagination: Pagination }> {
  const where: Prisma.OutcomeWhereInput = {
    ...(query.district ? { district: { code: query.district } } : {}),
    ...(query.year ? { year: query.year } : {}),
    ...(query.indicator ? { indicator: { key: query.indicator } } : {}),
  };
  const ids = (await db.outcome.findMany({ where, select: { id: true }, orderBy: { id: 'asc' } })).map((row) => row.id);
  const page = pageOf(ids, query);
  const rows = await db.outcome.findMany({
    where: { id: { in: page.ids } },
    orderBy: { id: 'asc' },
    select: {
      id: true, year: true, measure: true, revision: true, value: true, unit: true, vintage: true, recordedAt: true, note: true,
      sourceDocumentId: true, quote: true, quoteStart: true, quoteEnd: true,
      district: { select: { code: true } }, indicator: { select: { key: true } }, sourceDocument: { select: { title: true } },
      reviews: { select: { state: true }, orderBy: { createdAt: 'desc' }, take: 1 },
    },
  });
  return {
    data: rows.map((row) => ({
      id: row.id, districtCode: row.district.code, indicatorKey: row.indicator.key, year: row.year, measure: row.measure, revision: row.revision,
      value: row.value.toString(), unit: row.unit, vintage: row.vintage, recordedAt: row.recordedAt.toISOString(), note: row.note,
      reviewState: row.reviews[0]?.state ?? 'unreviewed',
      source: { documentId: row.sourceDocumentId, title: row.sourceDocument.title, quote: row.quote, quoteStart: row.quoteStart, quoteEnd: row.quoteEnd },
    })),
    pagination: page.pagination,
  };
}

function outcomeJson(outcome: OutcomeRow, districtCode: string, indicatorKey: string): OutcomeJson {
  return {
    id: Number(outcome.id), districtCode, indicatorKey, year: outcome.year, measure: outcome.measure, revision: outcome.revision,
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
    value: row.value, valueHigh: row.valueHigh, unit: row.unit, responsibleUnit: row.responsibleUnit,
    source: row.source,
    latestOutcome: latest ? outcomeJson(latest, row.district.code, row.indicator.key) : null,
    verdict: {
      code: row.verdict.code, label: row.verdict.label, decidedBy: row.verdict.decidedBy, provisional: row.verdict.provisional,
      gap: scorecard.gap, explanation: row.verdict.explanation,
      basedOnOutcomeId: row.verdict.outcome ? Number(row.verdict.outcome.id) : null,
    },
    reviewState: row.reviewState,
  };
}
