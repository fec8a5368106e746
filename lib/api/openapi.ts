// OpenAPI 3.1 document of /api/v1, generated from the zod schemas that also
// validate requests; tests check real responses against the same schemas.
import { z } from 'zod';
import { MAX_LIMIT, districtsResponse, errorResponse, outcomesResponse, scorecardResponse, targetResponse, targetsResponse } from './schemas';

export const RESPONSE_SCHEMAS = { DistrictsResponse: districtsResponse, TargetsResponse: targetsResponse, TargetResponse: targetResponse, OutcomesResponse: outcomesResponse, ScorecardResponse: scorecardResponse, Error: errorResponse } as const;

const ref = (name: keyof typeof RESPONSE_SCHEMAS) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: keyof typeof RESPONSE_SCHEMAS, description: string) => ({ description, content: { 'application/json': { schema: ref(name) } } });
const errors = { 400: json('Error', 'Invalid parameters'), 401: json('Error', 'Reading requires sign-in or an API token, or the token is revoked'), 403: json('Error', 'The signed-in user must change a temporary password first, or the token\'s scope does not cover this endpoint') };
const param = (name: string, description: string, schema: object, required = false) => ({ name, in: 'query', required, description, schema });
const filters = [
  param('district', '6-digit division code', { type: 'string', pattern: '^\\d{6}$' }),
  param('year', 'Year', { type: 'integer' }),
  param('indicator', 'Indicator key, e.g. gdp', { type: 'string' }),
];
const paging = [
  param('limit', `Page size, at most ${MAX_LIMIT}`, { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 50 }),
  param('cursor', 'nextCursor of the previous page (ordered by id)', { type: 'string' }),
  param('page', '1-based page number (instead of cursor). To read every page, follow nextCursor: page N has to pass over the N-1 pages before it, which with a verdict filter means computing their verdicts again', { type: 'integer', minimum: 1 }),
];

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: { title: '政府工作报告目标追踪 API · Work Report Target Tracker API', version: '1.0.0' },
    servers: [{ url: '/api/v1' }],
    security: [{}, { bearer: [] }],
    paths: {
      '/districts': { get: { summary: 'Districts', responses: { 200: json('DistrictsResponse', 'Districts'), ...errors } } },
      '/targets': { get: { summary: 'Targets with their latest outcome and verdict', parameters: [...filters, param('verdict', 'Verdict code. Verdicts are computed, not stored: a page is found by deciding targets in id order until it is full', { type: 'string' }), ...paging], responses: { 200: json('TargetsResponse', 'A page of targets'), ...errors } } },
      '/targets/{id}': { get: { summary: 'One target with every annual outcome revision and its stored pace verdicts (序时进度) per in-year period', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }], responses: { 200: json('TargetResponse', 'The target'), 404: json('Error', 'Unknown id'), ...errors } } },
      '/outcomes': { get: { summary: 'Outcome figures, every revision', parameters: [...filters, param('period', 'Months 1—N the figures cover, cumulative from January: 12 (the default) the year; 1..11 in-year figures, e.g. 6 for 上半年 (H1)', { type: 'integer', minimum: 1, maximum: 12, default: 12 }), ...paging], responses: { 200: json('OutcomesResponse', 'A page of outcomes'), ...errors } } },
      '/scorecards': {
        get: {
          summary: 'Scorecard of one district or of all districts (optionally of a province/city), for one year or, without year, all years',
          parameters: [
            param('format', 'json, csv, xlsx or pdf', { type: 'string', enum: ['json', 'csv', 'xlsx', 'pdf'], default: 'json' }),
            ...filters,
            param('province', 'Province name (without district)', { type: 'string' }),
            param('city', 'City name (without district)', { type: 'string' }),
            param('period', 'An in-year period 1..11 (months 1—N, e.g. 6 for 上半年); each row gains its stored pace verdict (序时进度): a field in json, columns in csv, a coloured column and the counts in the summary line in xlsx and pdf', { type: 'integer', minimum: 1, maximum: 11 }),
            param('lang', 'Language of headings', { type: 'string', enum: ['zh', 'en'], default: 'zh' }),
            param('limit', `JSON only: page size, at most ${MAX_LIMIT}`, { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 50 }),
            param('cursor', 'JSON only: nextCursor of the previous page (scorecard order: year desc, district, indicator)', { type: 'string' }),
            param('page', 'JSON only: 1-based page number (instead of cursor)', { type: 'integer', minimum: 1 }),
          ],
          responses: {
            200: {
              description: 'The scorecard',
              content: {
                'application/json': { schema: ref('ScorecardResponse') },
                'text/csv': { schema: { type: 'string' } },
                'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } },
                'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } },
              },
            },
            404: json('Error', 'Unknown district, indicator or cursor'),
            ...errors,
          },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'API token created by an admin' } },
      schemas: Object.fromEntries(Object.entries(RESPONSE_SCHEMAS).map(([name, schema]) => [name, z.toJSONSchema(schema, { io: 'output' })])),
    },
  };
}
