import { describe, expect, it } from 'vitest';
import { checkRequest, guardResponse } from './request-guard';

const get = (url: string) => checkRequest('GET', `http://app.test${url}`, new Headers({ host: 'app.test' }));

describe('checkRequest', () => {
  it('refuses malformed escapes and control characters in the path', () => {
    expect(get('/targets/%E0%A4%A/edit')).toEqual({ status: 400, reason: 'bad_path' });
    expect(get('/districts/%00')).toEqual({ status: 400, reason: 'bad_path' });
    expect(get('/documents/%ZZ')).toEqual({ status: 400, reason: 'bad_path' });
  });

  it('refuses NUL and malformed escapes in the query, and lets other odd text through', () => {
    expect(get('/overview?q=%00')).toEqual({ status: 400, reason: 'bad_query' });
    expect(get('/api/v1/scorecards?province=a%00b')).toEqual({ status: 400, reason: 'bad_query' });
    expect(get('/overview?q=%E0%A4%A')).toEqual({ status: 400, reason: 'bad_query' });
    expect(get('/overview?q=%E6%B1%9F%E8%8B%8F+%3Cscript%3E&year=99999999999')).toBeNull();
    expect(get('/targets/12345678901234/edit')).toBeNull();
  });

  it('refuses a cross-site post (403) and accepts the same post from our origin', () => {
    const post = (origin: string | null, extra: Record<string, string> = {}) =>
      checkRequest('POST', 'http://app.test/targets/new', new Headers({ host: 'app.test', ...(origin ? { origin } : {}), ...extra }));
    expect(post('https://evil.example')).toEqual({ status: 403, reason: 'cross_site' });
    expect(post('null')).toEqual({ status: 403, reason: 'cross_site' });
    expect(post('http://app.test')).toBeNull();
    expect(post('https://public.example', { 'x-forwarded-host': 'public.example' })).toBeNull();
    expect(post(null)).toBeNull();
    expect(checkRequest('GET', 'http://app.test/', new Headers({ host: 'app.test', origin: 'https://evil.example' }))).toBeNull();
  });
});

describe('guardResponse', () => {
  it('answers the API in JSON and pages in HTML, in both languages', async () => {
    const api = guardResponse('/api/v1/targets', 503, 'unavailable');
    expect(api.status).toBe(503);
    expect(await api.json()).toMatchObject({ error: { code: 'unavailable', message: { zh: expect.stringContaining('数据库'), en: expect.stringContaining('database') } } });
    const page = guardResponse('/overview', 400, 'bad_query');
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toMatch(/查询参数.*the query contains/s);
  });
});
