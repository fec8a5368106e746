// /api/v1 through serveApi, the function every route handler calls, against the
// seeded database; response bodies are checked with the schemas of the OpenAPI document.
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApiToken, revokeApiToken } from '@/lib/api-tokens/actions';
import { executeAction } from '@/lib/actions/define-action';
import { reviewVerdict } from '@/lib/reviews/mutations';
import type { SessionUser } from '@/lib/auth/sessions';
import type { Db } from '@/lib/db/client';
import { useTestDatabase } from '@/tests/test-database';
import { openApiDocument, RESPONSE_SCHEMAS } from './openapi';
import { type Endpoint, districtsEndpoint, outcomesEndpoint, scorecardsEndpoint, serveApi, targetEndpoint, targetsEndpoint } from './serve';

let db: Db;
let admin: SessionUser;
const anonymous = async () => null;

async function call(endpoint: Endpoint, path: string, options: { token?: string; params?: Record<string, string> } = {}) {
  const request = new Request(`http://test${path}`, { headers: options.token ? { authorization: `Bearer ${options.token}` } : {} });
  const response = await serveApi(request, anonymous, endpoint, options.params);
  return { status: response.status, response, body: response.headers.get('content-type')?.includes('json') ? ((await response.json()) as unknown) : null };
}

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  const user = await db.user.create({ data: { username: 'api-admin', displayName: 'API Admin', passwordHash: 'x', role: 'admin' } });
  admin = { id: user.id, username: user.username, displayName: user.displayName, role: 'admin', mustChangePassword: false, districtIds: [] };
});

describe('/api/v1', () => {
  it('lists districts and targets that match the OpenAPI schemas', async () => {
    const districts = await call(districtsEndpoint, '/api/v1/districts');
    expect(districts.status).toBe(200);
    RESPONSE_SCHEMAS.DistrictsResponse.parse(districts.body);
    const targets = await call(targetsEndpoint, '/api/v1/targets?district=520304&year=2025&indicator=gdp');
    const body = RESPONSE_SCHEMAS.TargetsResponse.parse(targets.body);
    expect(body.data).toHaveLength(1);
    expect(body.data[0]).toMatchObject({ asWritten: '6.5%左右', verdict: { code: 'pending', label: { zh: '待更新' } } });
  });

  it("states the reviewer's override as the final status, beside the computed verdict", async () => {
    const gdp = await db.target.findFirstOrThrow({ where: { district: { code: '500155' }, year: 2024, indicator: { key: 'gdp' } } });
    const reviewed = await executeAction(reviewVerdict, { db, user: admin }, { targetId: gdp.id, kind: 'override', verdict: 'not_comparable', reason: '统计口径调整' });
    expect(reviewed.ok).toBe(true);
    const target = RESPONSE_SCHEMAS.TargetResponse.parse((await call(targetEndpoint, `/api/v1/targets/${gdp.id}`, { params: { id: String(gdp.id) } })).body);
    expect(target.data.verdict).toMatchObject({ code: 'pending', final: { code: 'not_comparable', label: { zh: '无法判定' }, overridden: true } });
    const scorecard = RESPONSE_SCHEMAS.ScorecardResponse.parse((await call(scorecardsEndpoint, '/api/v1/scorecards?district=500155&year=2024')).body);
    expect(scorecard.data.find((row) => row.targetId === gdp.id)).toMatchObject({ verdictCode: 'pending', finalCode: 'not_comparable', finalZh: '无法判定', overridden: true, reviewStatusZh: '审核人已改判' });
  });

  it('states 责任单位 from the unit assignments: joined text (lead first) and the structured list', async () => {
    const target = await db.target.findFirstOrThrow({ where: { district: { code: '520304' }, year: 2025, indicator: { key: 'gdp' } } });
    const unit = (name: string, shortName: string) => db.responsibleUnit.create({ data: { districtId: target.districtId, name, shortName } });
    const co = await unit('区财政局（接口测试）', '财政局接口');
    const lead = await unit('区发展改革委（接口测试）', '发改委接口');
    await db.targetUnit.createMany({ data: [{ targetId: target.id, unitId: co.id, role: 'co' }, { targetId: target.id, unitId: lead.id, role: 'lead' }] });
    const units = [{ name: lead.name, role: 'lead' }, { name: co.name, role: 'co' }];
    const text = '区发展改革委（接口测试）（牵头）、区财政局（接口测试）';
    const list = RESPONSE_SCHEMAS.TargetsResponse.parse((await call(targetsEndpoint, '/api/v1/targets?district=520304&year=2025&indicator=gdp')).body);
    expect(list.data[0]).toMatchObject({ responsibleUnit: text, responsibleUnits: units });
    const one = RESPONSE_SCHEMAS.TargetResponse.parse((await call(targetEndpoint, `/api/v1/targets/${target.id}`, { params: { id: String(target.id) } })).body);
    expect(one.data).toMatchObject({ responsibleUnit: text, responsibleUnits: units });
    const scorecard = RESPONSE_SCHEMAS.ScorecardResponse.parse((await call(scorecardsEndpoint, '/api/v1/scorecards?district=520304&year=2025')).body);
    expect(scorecard.data.find((row) => row.targetId === target.id)).toMatchObject({ responsibleUnit: text, responsibleUnits: units });
    // Unassigned targets: no text, an empty list.
    expect(scorecard.data.find((row) => row.targetId !== target.id)).toMatchObject({ responsibleUnit: null, responsibleUnits: [] });
    await db.targetUnit.deleteMany({ where: { targetId: target.id } });
  });

  it('pages by cursor and by page number in id order', async () => {
    const all = RESPONSE_SCHEMAS.TargetsResponse.parse((await call(targetsEndpoint, '/api/v1/targets?limit=200')).body).data.map((row) => row.id);
    expect(all).toEqual([...all].sort((a, b) => a - b));
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: z.infer<typeof RESPONSE_SCHEMAS.TargetsResponse> = RESPONSE_SCHEMAS.TargetsResponse.parse((await call(targetsEndpoint, `/api/v1/targets?limit=7${cursor ? `&cursor=${cursor}` : ''}`)).body);
      seen.push(...page.data.map((row) => row.id));
      cursor = page.pagination.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    const page2 = RESPONSE_SCHEMAS.TargetsResponse.parse((await call(targetsEndpoint, '/api/v1/targets?limit=5&page=2')).body);
    expect(page2.data.map((row) => row.id)).toEqual(all.slice(5, 10));
  });

  it('filters by verdict code', async () => {
    const body = RESPONSE_SCHEMAS.TargetsResponse.parse((await call(targetsEndpoint, '/api/v1/targets?verdict=pending&limit=200')).body);
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.every((row) => row.verdict.code === 'pending')).toBe(true);
  });

  it('returns a target with all revisions, outcomes and a JSON scorecard', async () => {
    const [first] = RESPONSE_SCHEMAS.TargetsResponse.parse((await call(targetsEndpoint, '/api/v1/targets?limit=1')).body).data;
    const one = await call(targetEndpoint, `/api/v1/targets/${first?.id}`, { params: { id: String(first?.id) } });
    RESPONSE_SCHEMAS.TargetResponse.parse(one.body);
    const outcomes = RESPONSE_SCHEMAS.OutcomesResponse.parse((await call(outcomesEndpoint, '/api/v1/outcomes?district=520304&year=2024')).body);
    expect(outcomes.data.some((row) => row.indicatorKey === 'gdp' && row.value === '5')).toBe(true);
    const scorecard = RESPONSE_SCHEMAS.ScorecardResponse.parse((await call(scorecardsEndpoint, '/api/v1/scorecards?district=520304&year=2025')).body);
    expect(scorecard.data.find((row) => row.indicatorKey === 'gdp')?.verdictZh).toBe('待更新');
  });

  it('serves files with the right content type', async () => {
    const csv = await call(scorecardsEndpoint, '/api/v1/scorecards?format=csv&year=2025');
    expect(csv.status).toBe(200);
    expect(csv.response.headers.get('content-type')).toContain('text/csv');
    expect(await csv.response.text()).toContain('播州区');
  });

  it('answers 400 with English and Chinese messages, 404 for unknown ids', async () => {
    for (const path of ['/api/v1/targets?limit=201', '/api/v1/targets?district=52', '/api/v1/targets?verdict=great', '/api/v1/targets?cursor=3&page=2', '/api/v1/scorecards?format=doc&year=2025', '/api/v1/scorecards?district=500155&province=重庆市', '/api/v1/targets?distrct=520304']) {
      const result = await call(path.includes('scorecards') ? scorecardsEndpoint : targetsEndpoint, path);
      expect(result.status, path).toBe(400);
      const body = RESPONSE_SCHEMAS.Error.parse(result.body);
      expect(body.error.message.zh).toMatch(/查询参数无效/);
    }
    const missing = await call(targetEndpoint, '/api/v1/targets/999999', { params: { id: '999999' } });
    expect(missing.status).toBe(404);
    RESPONSE_SCHEMAS.Error.parse(missing.body);
    expect((await call(targetEndpoint, '/api/v1/targets/abc', { params: { id: 'abc' } })).status).toBe(400);
    expect((await call(scorecardsEndpoint, '/api/v1/scorecards?district=999999')).status).toBe(404);
  });

  it('words a refused query in each language, with the issues in the request\'s language', async () => {
    const refuse = async (path: string, language: string | null, endpoint: Endpoint = targetsEndpoint, params?: Record<string, string>) => {
      const response = await serveApi(new Request(`http://test${path}`, { headers: language ? { 'accept-language': language } : {} }), anonymous, endpoint, params);
      expect(response.status, path).toBe(400);
      return RESPONSE_SCHEMAS.Error.parse(await response.json()).error;
    };
    const zh = await refuse('/api/v1/targets?limit=0&district=52&distrct=1', 'zh-CN,zh;q=0.9,en;q=0.8');
    expect(zh.message.zh).toBe('查询参数无效。（参数 district：须为 6 位行政区划代码；参数 limit：不能小于 1；参数 distrct：不支持此参数）');
    expect(zh.message.en).toBe('Invalid query parameters. district: must be a 6-digit division code (行政区划代码); limit: must be at least 1; distrct: unknown parameter');
    expect(zh.issues?.map((issue) => issue.message)).toEqual(['参数 district：须为 6 位行政区划代码', '参数 limit：不能小于 1', '参数 distrct：不支持此参数']);
    const en = await refuse('/api/v1/targets?limit=201', 'en-GB,en;q=0.9');
    expect(en.message.zh).toBe('查询参数无效。（参数 limit：不能大于 200）');
    expect(en.issues).toEqual([{ path: 'limit', message: 'limit: must be at most 200' }]);
    // No Latin words in the Chinese message, whatever zod's own issue: an enum, a fraction, a refinement, an id.
    for (const [path, endpoint, params] of [
      ['/api/v1/targets?verdict=great', targetsEndpoint], ['/api/v1/targets?year=2025.5', targetsEndpoint], ['/api/v1/targets?cursor=3&page=2', targetsEndpoint],
      ['/api/v1/scorecards?district=500155&province=重庆市', scorecardsEndpoint], ['/api/v1/scorecards?format=csv&limit=3', scorecardsEndpoint],
      ['/api/v1/targets/abc', targetEndpoint, { id: 'abc' }], ['/api/v1/outcomes?period=13', outcomesEndpoint],
    ] as const) {
      const error = await refuse(path, null, endpoint, params);
      const detail = error.message.zh.replace(/^查询参数无效。/, '');
      // Parameter names and enum values are code (limit, cursor, met…) and stand alone; English prose has words in a row.
      expect(detail, path).not.toMatch(/[A-Za-z]+ [A-Za-z]+|Too small|Too big|Invalid|expected/);
      expect(error.issues?.every((issue) => issue.message.startsWith('参数 ')), path).toBe(true);
    }
  });

  it('needs a session or a live token when reading requires sign-in; revoked tokens get 401', async () => {
    await db.appSetting.upsert({ where: { key: 'readRequiresSignIn' }, create: { key: 'readRequiresSignIn', value: true }, update: { value: true } });
    const refused = await call(targetsEndpoint, '/api/v1/targets');
    expect(refused.status).toBe(401);
    RESPONSE_SCHEMAS.Error.parse(refused.body);
    const created = await executeAction(createApiToken, { db, user: admin }, { name: 'statistics bureau', scope: 'read_all' });
    if (!created.ok) throw new Error('token not created');
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: created.data.id } });
    expect(stored.tokenHash).not.toContain(created.data.token);
    expect((await call(targetsEndpoint, '/api/v1/targets', { token: created.data.token })).status).toBe(200);
    expect((await call(targetsEndpoint, '/api/v1/targets', { token: 'made-up' })).status).toBe(401);
    const revoked = await executeAction(revokeApiToken, { db, user: admin }, { id: created.data.id });
    expect(revoked.ok).toBe(true);
    expect((await call(targetsEndpoint, '/api/v1/targets', { token: created.data.token })).status).toBe(401);
    const audit = await db.auditLog.findMany({ where: { entityType: 'api_token', entityId: String(created.data.id) }, orderBy: { id: 'asc' } });
    expect(audit.map((entry) => entry.action)).toEqual(['api_token.create', 'api_token.revoke']);
    const staff = await executeAction(createApiToken, { db, user: { ...admin, role: 'staff' } }, { name: 'nope', scope: 'read_all' });
    expect(staff).toMatchObject({ ok: false, code: 'forbidden' });
    await db.appSetting.update({ where: { key: 'readRequiresSignIn' }, data: { value: false } });
  });

  it('checks a token at each use: its scope, and that its creator is still an admin', async () => {
    const creator = await db.user.create({ data: { username: 'token-creator', displayName: 'Token Creator', passwordHash: 'x', role: 'admin' } });
    const asCreator: SessionUser = { ...admin, id: creator.id, username: creator.username };
    const wide = await executeAction(createApiToken, { db, user: asCreator }, { name: 'wide', scope: 'read_all' });
    const narrow = await executeAction(createApiToken, { db, user: asCreator }, { name: 'scorecards only', scope: 'read_scorecards' });
    if (!wide.ok || !narrow.ok) throw new Error('tokens not created');
    expect(await executeAction(createApiToken, { db, user: asCreator }, { name: 'no scope' })).toMatchObject({ ok: false, code: 'validation' });

    const scorecards = '/api/v1/scorecards?format=json&district=520304&year=2025';
    expect((await call(scorecardsEndpoint, scorecards, { token: narrow.data.token })).status).toBe(200);
    const outOfScope = await call(targetsEndpoint, '/api/v1/targets', { token: narrow.data.token });
    expect(outOfScope.status).toBe(403);
    expect(RESPONSE_SCHEMAS.Error.parse(outOfScope.body).error.code).toBe('forbidden');
    expect((await call(targetsEndpoint, '/api/v1/targets', { token: wide.data.token })).status).toBe(200);

    // Demoted straight in the database, as any path that changes the role would: no token clean-up runs.
    await db.user.update({ where: { id: creator.id }, data: { role: 'reviewer' } });
    expect((await call(targetsEndpoint, '/api/v1/targets', { token: wide.data.token })).status).toBe(401);
    expect((await call(scorecardsEndpoint, scorecards, { token: narrow.data.token })).status).toBe(401);
    await db.user.update({ where: { id: creator.id }, data: { role: 'admin' } });
    expect((await call(targetsEndpoint, '/api/v1/targets', { token: wide.data.token })).status).toBe(200);
  });

  it('publishes an OpenAPI 3.1 document whose schemas are the ones responses were checked with', () => {
    const document = openApiDocument();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(['/districts', '/targets', '/targets/{id}', '/outcomes', '/scorecards']);
    for (const [name, schema] of Object.entries(RESPONSE_SCHEMAS)) {
      expect(document.components.schemas[name]).toEqual(z.toJSONSchema(schema, { io: 'output' }));
    }
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });
});
