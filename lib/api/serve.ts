import 'server-only';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { mayRead } from '@/lib/auth/read-access';
import type { SessionUser } from '@/lib/auth/sessions';
import { isAppError } from '@/lib/errors';
import { fileName } from '@/lib/export/columns';
import { scorecardCsv } from '@/lib/export/csv';
import { scorecardPdf } from '@/lib/export/pdf';
import { scorecardXlsx } from '@/lib/export/xlsx';
import { openScorecard, openScorecardRows, scorecardPage } from '@/lib/scorecard/rows';
import type { ApiTokenScope } from '@/lib/api-tokens/scopes';
import { getTarget, identifyRequestReader, listDistricts, listOutcomes, listTargets } from './data';
import { apiError, badRequest, requestLocale } from './errors';
import { DEFAULT_LIMIT, districtsQuery, outcomesQuery, scorecardsQuery, targetIdParam, targetsQuery } from './schemas';

export type Endpoint = (url: URL, params: Record<string, string>) => Promise<Response>;

/** The one path of every /api/v1 request: who reads, may they, run, map refusals to JSON errors. */
export async function serveApi(request: Request, sessionUser: () => Promise<SessionUser | null>, endpoint: Endpoint, params: Record<string, string> = {}): Promise<Response> {
  try {
    const reader = await identifyRequestReader(request.headers.get('authorization'), sessionUser);
    if (!reader) return apiError('unauthenticated', { en: 'The API token is unknown or revoked.', zh: 'API 令牌无效或已撤销。' });
    if (reader.kind === 'anonymous' && !(await mayRead(null))) return apiError('unauthenticated');
    if (reader.kind === 'token' && !tokenMayCall(reader.scope, endpoint)) {
      return apiError('forbidden', { en: 'This API token may only read scorecards.', zh: '（此 API 令牌只能读取成绩单。）' });
    }
    // As for actions (lib/actions/define-action.ts): a temporary password is replaced before anything else.
    if (reader.kind === 'session' && reader.user.mustChangePassword) {
      return apiError('forbidden', { en: 'Change your temporary password first.', zh: '（请先修改临时密码。）' });
    }
    return await endpoint(new URL(request.url), params);
  } catch (error) {
    if (error instanceof z.ZodError) return badRequest(error, requestLocale(request));
    if (isAppError(error) && error.code === 'not_found') {
      const param = typeof error.details?.param === 'string' ? error.details.param : null;
      return apiError('not_found', param ? { en: `Unknown ${param}.`, zh: `（${param} 不存在）` } : undefined);
    }
    console.error('api request failed', error);
    return apiError('internal');
  }
}

function tokenMayCall(scope: ApiTokenScope, endpoint: Endpoint): boolean {
  return scope === 'read_all' || (scope === 'read_scorecards' && endpoint === scorecardsEndpoint);
}

function query(url: URL): Record<string, string> {
  return Object.fromEntries(url.searchParams);
}

export const districtsEndpoint: Endpoint = async (url) => {
  districtsQuery.parse(query(url));
  return Response.json({ data: await listDistricts() });
};

export const targetsEndpoint: Endpoint = async (url) => Response.json(await listTargets(targetsQuery.parse(query(url))));

export const outcomesEndpoint: Endpoint = async (url) => Response.json(await listOutcomes(outcomesQuery.parse(query(url))));

export const targetEndpoint: Endpoint = async (_url, params) => {
  const parsed = targetIdParam.safeParse(params.id);
  if (!parsed.success) throw new z.ZodError(parsed.error.issues.map((issue) => ({ ...issue, path: ['id'] })));
  const target = await getTarget(parsed.data);
  return target ? Response.json({ data: target }) : apiError('not_found', { en: `No target ${parsed.data}.`, zh: `（目标 ${parsed.data} 不存在）` });
};

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

export const scorecardsEndpoint: Endpoint = async (url) => {
  const { format, lang, limit, cursor, page, ...filter } = scorecardsQuery.parse(query(url));
  if (format === 'json') {
    const result = await scorecardPage(filter, { limit: limit ?? DEFAULT_LIMIT, cursor, page });
    return Response.json({
      title: result.title,
      provenance: { ...result.provenance, generatedAt: result.provenance.generatedAt.toISOString(), dataUpdatedAt: result.provenance.dataUpdatedAt?.toISOString() ?? null },
      data: result.rows,
      pagination: result.pagination,
    });
  }
  // The CSV states no provenance (data for re-use): it does not wait for its counts.
  const { title, stream } = format === 'csv'
    ? await openScorecardRows(filter).then((rows) => ({ title: rows.title, stream: scorecardCsv(rows, lang) }))
    : await openScorecard(filter).then((full) => ({ title: full.title, stream: format === 'xlsx' ? scorecardXlsx(full, lang) : scorecardPdf(full, lang) }));
  const name = fileName(title[lang], format);
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    headers: {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="scorecard.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'no-store',
    },
  });
};
