// Malformed input against every page and route handler found on disk, over HTTP,
// against the production build. Each dynamic segment and each query parameter is
// filled with hostile values (NUL, ids past int4, negative, bad percent-escapes,
// 10,000 characters, odd Unicode). Every answer must be below 500, and no error page
// may be sent as 200 (a page that starts streaming before it fails can only say 200).
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { signInAsAdmin } from './support/auth';

// Raw, already percent-encoded where the value is an escape: sent as is.
const HOSTILE: Record<string, string> = {
  nul: '%00',
  nulInText: 'a%00b',
  int4Overflow: '2147483648',
  hugeInt: '99999999999999999999999',
  negative: '-1',
  zero: '0',
  float: '1.5e308',
  badEscape: '%E0%A4%A',
  badHex: '%ZZ',
  long: 'x'.repeat(10_000),
  unicode: encodeURIComponent('江苏🙂\u202e\ufeff\u0301'),
  loneSurrogate: '%ED%A0%80',
  traversal: '..%2F..%2Fetc%2Fpasswd',
  sql: encodeURIComponent("1' OR '1'='1"),
  array: '1&$NAME=2',
};

const COMMON_PARAMS = ['q', 'year', 'page', 'province', 'city', 'indicator', 'verdict', 'district', 'format', 'lang', 'limit', 'cursor', 'next', 'saved', 'measure', 'state', 'id'];

/** Sent to each parameter alone (all values go to every parameter at once). */
const ALONE = ['nul', 'int4Overflow', 'hugeInt', 'negative', 'badEscape', 'long', 'unicode', 'loneSurrogate'];

type Route = { file: string; pattern: string; params: string[]; own: string[] };

function routeFiles(dir = 'app'): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^(page\.tsx|route\.ts)$/.test(entry.name) ? [full.split(path.sep).join('/')] : [];
  });
}

/** app/targets/[id]/(view)/page.tsx → /targets/[id]; the query names the file reads, plus common ones. */
function routeOf(file: string): Route {
  const pattern = `/${file.split('/').slice(1, -1).filter((part) => !/^\(.*\)$/.test(part)).join('/')}`;
  const source = fs.readFileSync(file, 'utf8');
  const found = [...source.matchAll(/\b(?:query|q|search|searchParams)\??\.(\w+)|\.get\('(\w+)'\)/g)].map((match) => match[1] ?? match[2] ?? '');
  const own = [...new Set(found.filter((name) => /^[a-z]\w*$/i.test(name) && !['then', 'get', 'has'].includes(name)))];
  return { file, pattern, params: [...new Set([...COMMON_PARAMS, ...own])], own };
}

/** Texts of this app's error pages (messages/*), which must never come with a 200. */
function errorTexts(): string[] {
  const texts: string[] = ['Internal Server Error', 'Application error'];
  for (const locale of ['zh', 'en']) {
    const errors = JSON.parse(fs.readFileSync(`messages/${locale}/errors.json`, 'utf8')) as Record<string, string>;
    const views = JSON.parse(fs.readFileSync(`messages/${locale}/views.json`, 'utf8')) as { common: Record<string, string> };
    texts.push(...Object.entries(errors).filter(([key]) => key !== 'backHome').map(([, text]) => text), views.common.errorTitle ?? '', views.common.errorBody ?? '');
  }
  return texts.filter(Boolean);
}

test('no malformed input gets a 5xx or an error page sent as 200', async ({ browser, playwright, baseURL }) => {
  test.setTimeout(600_000);
  const routes = routeFiles().sort().map(routeOf);
  expect(routes.length).toBeGreaterThanOrEqual(30);
  const adminContext = await browser.newContext();
  await signInAsAdmin(await adminContext.newPage());
  const callers: Record<string, APIRequestContext> = { anonymous: await playwright.request.newContext({ baseURL }), admin: adminContext.request };

  const list = await (await callers.anonymous!.get('/api/v1/targets?district=520304&year=2025')).json();
  const targetId = String(list.data[0].id);
  const detail = await (await callers.anonymous!.get(`/api/v1/targets/${targetId}`)).json();
  const valid: Record<string, string> = { id: targetId, code: '520304', key: 'gdp' };
  const documentId = String(detail.data?.source?.documentId ?? '');
  const fill = (route: Route, segment: (name: string) => string) =>
    route.pattern.replace(/\[(\w+)\]/g, (_all, name: string) => segment(route.pattern.startsWith('/documents') && name === 'id' ? 'document' : name));
  const validSegment = (name: string) => (name === 'document' ? documentId : (valid[name] ?? '1'));

  const urls = new Set<string>();
  for (const route of routes) {
    // Each dynamic segment, alone, with each hostile value.
    for (const name of route.pattern.match(/\[(\w+)\]/g) ?? []) {
      for (const value of Object.values(HOSTILE)) urls.add(fill(route, (segment) => (`[${segment}]` === name || (segment === 'document' && name === '[id]') ? value : validSegment(segment))));
    }
    const base = fill(route, validSegment);
    for (const value of Object.values(HOSTILE)) {
      // Every parameter at once; then the ones the file reads, each alone.
      urls.add(`${base}?${route.params.map((param) => `${param}=${value.replace('$NAME', param)}`).join('&')}`);
    }
    for (const param of route.own) for (const name of ALONE) urls.add(`${base}?${param}=${HOSTILE[name]}`);
  }

  const texts = errorTexts();
  const failures: string[] = [];
  let sent = 0;
  for (const [caller, request] of Object.entries(callers)) {
    for (const url of urls) {
      const response = await request.get(url, { maxRedirects: 0 });
      sent += 1;
      const status = response.status();
      const shown = url.length > 160 ? `${url.slice(0, 160)}…` : url;
      if (status >= 500) failures.push(`${status} ${caller} ${shown}`);
      else if (status === 200 && (response.headers()['content-type'] ?? '').includes('text/html')) {
        // Visible markup only: every page's script payload carries the not-found boundary.
        const body = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '');
        const text = texts.find((candidate) => body.includes(candidate));
        if (text) failures.push(`200 with an error page ("${text}") ${caller} ${shown}`);
      }
    }
  }
  console.log(`route fuzz: ${routes.length} routes, ${urls.size} URLs × ${Object.keys(callers).length} callers = ${sent} requests, ${failures.length} failures`);
  expect(failures).toEqual([]);
});

test('a cross-site server-action call is refused with 403, not 500', async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  const response = await request.post('/sign-in', {
    headers: { Origin: 'https://evil.example', 'Next-Action': '0'.repeat(40), 'Content-Type': 'text/plain;charset=UTF-8' },
    data: '[]',
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
});
