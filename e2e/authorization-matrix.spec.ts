// Every page and route handler under app/, requested over HTTP as each kind of
// caller. The route list is read from the file system, so a new page or route
// without an expectation here fails the test instead of being forgotten.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { createUser, replaceTemporaryPassword, signInAs, signInAsAdmin } from './support/auth';

type Caller = 'anonymous' | 'outsider' | 'staff' | 'reviewer' | 'scopedReviewer' | 'admin';
/**
 * ok 200 · signin: redirected to sign-in · away: redirected elsewhere · unauthenticated 401 (JSON routes)
 * · forbidden 403 · notfound 404.
 * District scope (lib/auth/district-scope.ts): another district's record, which every caller may
 * read on its public page, answers 403 with the reason, as the matching action does; 404 is
 * only for a record that does not exist.
 */
type Outcome = 'ok' | 'signin' | 'away' | 'unauthenticated' | 'forbidden' | 'notfound';
type Row = { url: (ids: Ids) => string } & Record<Caller, Outcome>;
type Ids = { targetId: number; documentId: number };

const all = (outcome: Outcome) => ({ anonymous: outcome, outsider: outcome, staff: outcome, reviewer: outcome, scopedReviewer: outcome, admin: outcome });
const signedIn = (outcome: Outcome) => ({ anonymous: 'signin' as const, outsider: outcome, staff: outcome, reviewer: outcome, scopedReviewer: outcome, admin: outcome });
const adminOnly = { anonymous: 'signin', outsider: 'forbidden', staff: 'forbidden', reviewer: 'forbidden', scopedReviewer: 'forbidden', admin: 'ok' } as const;
const recorders = { anonymous: 'signin', outsider: 'ok', staff: 'ok', reviewer: 'forbidden', scopedReviewer: 'forbidden', admin: 'ok' } as const;
// The Bozhou target: its staff may record; staff of Liangping read it but may not record (403, as outcome.record answers).
const recordOnTarget = { anonymous: 'signin', outsider: 'forbidden', staff: 'ok', reviewer: 'forbidden', scopedReviewer: 'forbidden', admin: 'ok' } as const;
const reviewers = { anonymous: 'signin', outsider: 'forbidden', staff: 'forbidden', reviewer: 'ok', scopedReviewer: 'ok', admin: 'ok' } as const;
// Reviewing the Bozhou target: a reviewer assigned Liangping reads it but may not review it (403, as verdict.review answers).
const reviewOnTarget = { ...reviewers, scopedReviewer: 'forbidden' } as const;

const EXPECTATIONS: Record<string, Row> = {
  'app/page.tsx': { url: () => '/', ...all('ok') },
  // Signed-in callers are sent on from the sign-in page.
  'app/sign-in/page.tsx': { url: () => '/sign-in', anonymous: 'ok', outsider: 'away', staff: 'away', reviewer: 'away', scopedReviewer: 'away', admin: 'away' },
  'app/overview/page.tsx': { url: () => '/overview', ...all('ok') },
  'app/districts/[code]/page.tsx': { url: () => '/districts/520304', ...all('ok') },
  // Units: admins, and reviewers of the district (the matrix reviewer has none; the scoped one has Liangping).
  'app/units/[code]/page.tsx': { url: () => '/units/520304', ...adminOnly },
  'app/units/[code]/rounds/page.tsx': { url: () => '/units/520304/rounds', ...adminOnly },
  // A key task's page: for those who manage units; one that does not exist is 404 to them (scope: tests/key-task-lifecycle.test.ts).
  'app/key-tasks/[id]/page.tsx': { url: () => '/key-tasks/999999', anonymous: 'signin', outsider: 'forbidden', staff: 'forbidden', reviewer: 'notfound', scopedReviewer: 'notfound', admin: 'notfound' },
  // Rounds and their items: after sign-in, a round that does not exist is 404 for everyone (access by district: e2e/round-journey.spec.ts).
  'app/rounds/[id]/page.tsx': { url: () => '/rounds/999999', ...signedIn('notfound') },
  'app/rounds/items/[id]/page.tsx': { url: () => '/rounds/items/999999', ...signedIn('notfound') },
  'app/indicators/[key]/page.tsx': { url: () => '/indicators/gdp', ...all('ok') },
  'app/documents/[id]/(view)/page.tsx': { url: (ids) => `/documents/${ids.documentId}`, ...all('ok') },
  'app/targets/[id]/(view)/page.tsx': { url: (ids) => `/targets/${ids.targetId}`, ...all('ok') },
  'app/account/password/page.tsx': { url: () => '/account/password', ...signedIn('ok') },
  'app/admin/page.tsx': { url: () => '/admin', ...adminOnly },
  'app/admin/api-tokens/page.tsx': { url: () => '/admin/api-tokens', ...adminOnly },
  'app/admin/audit/page.tsx': { url: () => '/admin/audit', ...adminOnly },
  'app/admin/districts/page.tsx': { url: () => '/admin/districts', ...adminOnly },
  'app/admin/indicators/page.tsx': { url: () => '/admin/indicators', ...adminOnly },
  'app/admin/indicators/[key]/page.tsx': { url: () => '/admin/indicators/gdp', ...adminOnly },
  'app/import/page.tsx': { url: () => '/import', ...recorders },
  'app/documents/new/page.tsx': { url: () => '/documents/new', ...recorders },
  // The Bozhou target's source document: reviewing its proposals is its district's staff's work.
  'app/documents/[id]/extract/page.tsx': { url: (ids) => `/documents/${ids.documentId}/extract`, ...recordOnTarget },
  'app/todo/page.tsx': { url: () => '/todo', ...recorders },
  'app/targets/new/page.tsx': { url: () => '/targets/new', ...recorders },
  'app/targets/[id]/edit/page.tsx': { url: (ids) => `/targets/${ids.targetId}/edit`, ...recordOnTarget },
  'app/targets/[id]/outcomes/new/page.tsx': { url: (ids) => `/targets/${ids.targetId}/outcomes/new`, ...recordOnTarget },
  'app/review/page.tsx': { url: () => '/review', ...reviewers },
  'app/targets/[id]/review/page.tsx': { url: (ids) => `/targets/${ids.targetId}/review`, ...reviewOnTarget },
  // A running import's progress, for its own user only: no import runs under this id, so 404 for everyone signed in.
  'app/import/progress/[id]/route.ts': { url: () => '/import/progress/00000000-0000-4000-8000-000000000000', anonymous: 'unauthenticated', outsider: 'notfound', staff: 'notfound', reviewer: 'notfound', scopedReviewer: 'notfound', admin: 'notfound' },
  // The import template holds no data (header and one seeded example row).
  'app/import/template/route.ts': { url: () => '/import/template', ...all('ok') },
  // Reading is open unless an admin requires sign-in (tested in lib/api/api.test.ts).
  'app/api/v1/districts/route.ts': { url: () => '/api/v1/districts', ...all('ok') },
  'app/api/v1/openapi.json/route.ts': { url: () => '/api/v1/openapi.json', ...all('ok') },
  'app/api/v1/outcomes/route.ts': { url: () => '/api/v1/outcomes?district=520304', ...all('ok') },
  'app/api/v1/scorecards/route.ts': { url: () => '/api/v1/scorecards?district=520304', ...all('ok') },
  'app/api/v1/targets/route.ts': { url: () => '/api/v1/targets?district=520304', ...all('ok') },
  'app/api/v1/targets/[id]/route.ts': { url: (ids) => `/api/v1/targets/${ids.targetId}`, ...all('ok') },
  // A round's 汇总表, answered as the round page (this id is none; who may read a real
  // round: lib/rounds/access.test.ts).
  'app/rounds/[id]/briefing.docx/route.ts': { url: () => '/rounds/2147483647/briefing.docx', ...signedIn('notfound') },
  'app/rounds/[id]/summary.docx/route.ts': { url: () => '/rounds/2147483647/summary.docx', ...signedIn('notfound') },
  'app/rounds/[id]/summary.xlsx/route.ts': { url: () => '/rounds/2147483647/summary.xlsx', ...signedIn('notfound') },
};

function routeFiles(dir = 'app'): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^(page\.tsx|route\.ts)$/.test(entry.name) ? [full.split(path.sep).join('/')] : [];
  });
}

test('every page and route file has an expectation for every caller', () => {
  const files = routeFiles().sort();
  expect(files.filter((file) => !EXPECTATIONS[file]), 'routes without an expectation').toEqual([]);
  expect(Object.keys(EXPECTATIONS).filter((file) => !files.includes(file)), 'expectations for routes that no longer exist').toEqual([]);
});

async function callerContext(browser: Browser, login: string, password: string, temporary: string): Promise<APIRequestContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, login, temporary);
  await replaceTemporaryPassword(page, temporary, password);
  return context.request;
}

function outcomeOf(status: number, location: string | undefined): Outcome | string {
  if (status === 200) return 'ok';
  if (status >= 300 && status < 400 && location?.includes('/sign-in')) return 'signin';
  if (status >= 300 && status < 400 && location) return 'away';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notfound';
  return `${status} ${location ?? ''}`;
}

test('every route answers each caller as expected', async ({ browser, playwright, baseURL }) => {
  test.setTimeout(240_000);
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAsAdmin(admin);
  const suffix = Date.now().toString(36);
  await createUser(admin, { username: `mx-staff-${suffix}`, displayName: '矩阵播州', role: '工作人员', password: 'matrix-temp-1', district: '播州区' });
  await createUser(admin, { username: `mx-out-${suffix}`, displayName: '矩阵梁平', role: '工作人员', password: 'matrix-temp-2', district: '梁平区' });
  await createUser(admin, { username: `mx-rev-${suffix}`, displayName: '矩阵审核', role: '审核人', password: 'matrix-temp-3' });
  await createUser(admin, { username: `mx-rev-lp-${suffix}`, displayName: '矩阵梁平审核', role: '审核人', password: 'matrix-temp-4', district: '梁平区' });
  const callers: Record<Caller, APIRequestContext> = {
    anonymous: await playwright.request.newContext({ baseURL }),
    admin: adminContext.request,
    staff: await callerContext(browser, `mx-staff-${suffix}`, 'matrix-password-1', 'matrix-temp-1'),
    outsider: await callerContext(browser, `mx-out-${suffix}`, 'matrix-password-2', 'matrix-temp-2'),
    reviewer: await callerContext(browser, `mx-rev-${suffix}`, 'matrix-password-3', 'matrix-temp-3'),
    scopedReviewer: await callerContext(browser, `mx-rev-lp-${suffix}`, 'matrix-password-4', 'matrix-temp-4'),
  };
  const list = await (await callers.anonymous.get('/api/v1/targets?district=520304&year=2025')).json();
  const targetId = list.data[0].id as number;
  const detail = await (await callers.anonymous.get(`/api/v1/targets/${targetId}`)).json();
  const documentId = (detail.data?.source?.documentId ?? detail.source?.documentId) as number;
  expect(targetId).toBeGreaterThan(0);
  expect(documentId).toBeGreaterThan(0);

  const failures: string[] = [];
  for (const [file, row] of Object.entries(EXPECTATIONS)) {
    const url = row.url({ targetId, documentId });
    for (const caller of Object.keys(callers) as Caller[]) {
      const response = await callers[caller].get(url, { maxRedirects: 0 });
      const got = outcomeOf(response.status(), response.headers().location);
      if (got !== row[caller]) failures.push(`${file} ${url} as ${caller}: expected ${row[caller]}, got ${got}`);
    }
  }
  expect(failures).toEqual([]);
});
