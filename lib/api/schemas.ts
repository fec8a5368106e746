// Query and response schemas of /api/v1. The same zod schemas validate requests,
// generate the OpenAPI document (z.toJSONSchema) and, in tests, check responses.
import { z } from 'zod';
import { MEASURES, QUALIFIERS, VINTAGES } from '@/lib/domain/types';
import { VERDICT_CODES } from '@/lib/verdict/types';
import { PACE_CODES } from '@/lib/verdict/pace';
import { ISSUE } from './issue-text';

export const MAX_LIMIT = 200;
export const DEFAULT_LIMIT = 50;

const districtCode = z.string().regex(/^\d{6}$/, ISSUE.districtCode);
const year = z.coerce.number().int().min(1949).max(2100);
const indicatorKey = z.string().regex(/^[a-z][a-z0-9_]*$/, ISSUE.indicatorKey);

const limit = z.coerce.number().int().min(1).max(MAX_LIMIT);
const pageParams = {
  limit: limit.default(DEFAULT_LIMIT),
  cursor: z.string().regex(/^\d+$/, ISSUE.cursor).optional(),
  page: z.coerce.number().int().min(1).optional(),
};

const noCursorAndPage = (query: { cursor?: string; page?: number }) => !(query.cursor && query.page);
const cursorOrPage = { message: ISSUE.cursorOrPage, path: ['cursor'] };

export const targetsQuery = z
  .strictObject({ district: districtCode.optional(), year: year.optional(), indicator: indicatorKey.optional(), verdict: z.enum(VERDICT_CODES).optional(), ...pageParams })
  .refine(noCursorAndPage, cursorOrPage);
/** Months 1—N an outcome covers: 12 the year (the default, as before periods existed), 1..11 a cumulative in-year period. */
const periodMonths = z.coerce.number().int().min(1, ISSUE.periodMonths).max(12, ISSUE.periodMonths);
export const outcomesQuery = z
  .strictObject({ district: districtCode.optional(), year: year.optional(), indicator: indicatorKey.optional(), period: periodMonths.default(12), ...pageParams })
  .refine(noCursorAndPage, cursorOrPage);
export const districtsQuery = z.strictObject({});
export const targetIdParam = z.coerce.number().int(ISSUE.id).positive(ISSUE.id).max(2 ** 31 - 1, ISSUE.id);

export const SCORECARD_FORMATS = ['json', 'csv', 'xlsx', 'pdf'] as const;
export const scorecardsQuery = z
  .strictObject({
    format: z.enum(SCORECARD_FORMATS).default('json'),
    district: districtCode.optional(),
    year: year.optional(),
    province: z.string().min(1).max(50).optional(),
    city: z.string().min(1).max(50).optional(),
    indicator: indicatorKey.optional(),
    /** An in-year period 1—N月 (1..11): each row also carries its stored pace verdict (序时进度). */
    period: z.coerce.number().int().min(1, ISSUE.periodInYear).max(11, ISSUE.periodInYear).optional(),
    lang: z.enum(['zh', 'en']).default('zh'),
    ...pageParams,
    // No default here: a limit is refused with file formats, so "given" must be visible.
    limit: limit.optional(),
  })
  // Neither district nor year: every district of every year (files stream it a year and 100 districts at a time).
  .refine((query) => !(query.district && (query.province || query.city)), { message: ISSUE.provinceWithDistrict, path: ['province'] })
  .refine(noCursorAndPage, cursorOrPage)
  // Files hold the whole scorecard; paging a CSV silently would drop rows.
  .refine((query) => query.format === 'json' || (query.limit === undefined && !query.cursor && !query.page), { message: ISSUE.pagingFilesOnly, path: ['limit'] });

const bilingual = z.strictObject({ zh: z.string(), en: z.string() });
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/);
const isoTime = z.iso.datetime({ offset: true });
const reviewState = z.enum(['verified', 'disputed', 'unreviewed']);

export const districtSchema = z.strictObject({
  code: z.string(), nameZh: z.string(), nameEn: z.string(), provinceZh: z.string(), provinceEn: z.string(),
  cityZh: z.string().nullable(), cityEn: z.string().nullable(), targetCount: z.int(), outcomeCount: z.int(),
});

const sourceSchema = z.strictObject({ documentId: z.int(), title: z.string(), quote: z.string(), quoteStart: z.int(), quoteEnd: z.int() });

export const outcomeSchema = z.strictObject({
  id: z.int(), districtCode: z.string(), indicatorKey: z.string(), year: z.int(), measure: z.enum(MEASURES),
  /** 12: the year; 1..11: cumulative months 1—N. Revisions are numbered per period. */
  periodMonths: z.int(), revision: z.int(),
  value: decimal, unit: z.string(), vintage: z.enum(VINTAGES), recordedAt: isoTime, note: z.string().nullable(),
  reviewState, source: sourceSchema,
});

/**
 * 责任单位 from the unit assignments, lead first then co-units. `responsibleUnit` keeps
 * its type (string or null) as the zh text "区发展改革委（牵头）、区财政局" so existing
 * clients read on; this list is the structured form.
 */
const responsibleUnits = z.array(z.strictObject({ name: z.string(), role: z.enum(['lead', 'co']) }));

export const targetSchema = z.strictObject({
  id: z.int(),
  district: z.strictObject({ code: z.string(), nameZh: z.string(), nameEn: z.string() }),
  year: z.int(),
  indicator: z.strictObject({ key: z.string(), nameZh: z.string(), nameEn: z.string() }),
  measure: z.enum(MEASURES), qualifier: z.enum(QUALIFIERS), asWritten: z.string(),
  value: decimal.nullable(), valueHigh: decimal.nullable(), unit: z.string().nullable(),
  responsibleUnit: z.string().nullable(), responsibleUnits: responsibleUnits,
  source: sourceSchema,
  latestOutcome: outcomeSchema.nullable(),
  verdict: z.strictObject({
    code: z.enum(VERDICT_CODES), label: bilingual, decidedBy: z.enum(['rules', 'reviewer']), provisional: z.boolean(),
    gap: z.string().nullable(), explanation: bilingual, basedOnOutcomeId: z.int().nullable(),
    /** The status of record: a current reviewer override, else `code`. */
    final: z.strictObject({ code: z.enum(VERDICT_CODES), label: bilingual, overridden: z.boolean() }),
  }),
  reviewState: reviewState.nullable(),
});

export const targetDetailSchema = targetSchema.extend({
  outcomes: z.array(outcomeSchema),
  /** 序时进度: the stored pace verdict of each in-year period with a figure; a period not listed awaits its report (待填报). On the one-target endpoint only, so lists cost no extra query. */
  pace: z.array(z.strictObject({
    periodMonths: z.int(), period: bilingual, code: z.enum(PACE_CODES), label: bilingual, rule: z.string(), provisional: z.boolean(),
    actualValue: decimal.nullable(), actualUnit: z.string().nullable(), paceLine: decimal.nullable(), completedPercent: decimal.nullable(),
    basedOnOutcomeId: z.int().nullable(),
  })),
});

const pagination = z.strictObject({ limit: z.int(), nextCursor: z.string().nullable(), page: z.int().nullable(), hasMore: z.boolean() });

export const districtsResponse = z.strictObject({ data: z.array(districtSchema) });
export const targetsResponse = z.strictObject({ data: z.array(targetSchema), pagination });
export const targetResponse = z.strictObject({ data: targetDetailSchema });
export const outcomesResponse = z.strictObject({ data: z.array(outcomeSchema), pagination });

export const scorecardRowSchema = z.strictObject({
  targetId: z.int(), districtCode: z.string(), districtZh: z.string(), districtEn: z.string(), year: z.int(),
  indicatorKey: z.string(), indicatorZh: z.string(), indicatorEn: z.string(), measure: z.enum(MEASURES), asWritten: z.string(),
  qualifier: z.enum(QUALIFIERS), qualifierZh: z.string(), qualifierEn: z.string(),
  targetValue: decimal.nullable(), targetValueHigh: decimal.nullable(), unit: z.string().nullable(),
  actualValue: decimal.nullable(), actualUnit: z.string().nullable(),
  vintage: z.enum(VINTAGES).nullable(), vintageZh: z.string().nullable(), vintageEn: z.string().nullable(),
  verdictCode: z.enum(VERDICT_CODES), verdictZh: z.string(), verdictEn: z.string(),
  finalCode: z.enum(VERDICT_CODES), finalZh: z.string(), finalEn: z.string(), overridden: z.boolean(),
  provisional: z.boolean(), gap: z.string().nullable(),
  gapKind: z.enum(['points', 'completion']).nullable(), gapValue: decimal.nullable(),
  actualInTargetUnit: decimal.nullable(), targetUnit: z.string().nullable(), outcomeRecordedAt: isoTime.nullable(),
  tolerance: z.strictObject({ value: decimal, kind: z.enum(['points', 'ratio']), source: z.enum(['target', 'indicator', 'default']) }).nullable(),
  explanationZh: z.string(), explanationEn: z.string(),
  reviewState: reviewState.nullable(), reviewStateZh: z.string().nullable(), reviewStateEn: z.string().nullable(),
  reviewStatusZh: z.string().nullable(), reviewStatusEn: z.string().nullable(), reviewReason: z.string().nullable(), reviewedAt: isoTime.nullable(),
  responsibleUnit: z.string().nullable(), responsibleUnits, targetSourceTitle: z.string(), targetQuote: z.string(),
  outcomeSourceTitle: z.string().nullable(), outcomeQuote: z.string().nullable(), figureNotInQuoteReason: z.string().nullable(),
  pace: z.strictObject({
    periodMonths: z.int(), periodZh: z.string(), periodEn: z.string(), code: z.enum(PACE_CODES), zh: z.string(), en: z.string(),
    actualValue: decimal.nullable(), actualUnit: z.string().nullable(), completedPercent: decimal.nullable(),
  }).nullable(),
});

export const scorecardResponse = z.strictObject({
  title: bilingual,
  provenance: z.strictObject({ generatedAt: isoTime, targetCount: z.int(), outcomeCount: z.int(), latestAuditId: z.string().nullable(), dataUpdatedAt: isoTime.nullable() }),
  data: z.array(scorecardRowSchema),
  pagination,
});

export const errorResponse = z.strictObject({
  error: z.strictObject({
    code: z.enum(['bad_request', 'unauthenticated', 'forbidden', 'not_found', 'internal']),
    message: bilingual,
    issues: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional(),
  }),
});
