import { expect, test, type Page } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from '../playwright.config';
import { signInAs, signInAsAdmin } from './support/auth';

const MAIN_PAGES = ['/', '/overview', '/districts/520304?year=2025', '/sign-in', '/indicators/gdp?year=2025'];

/** Records CSP violations and page errors while the page runs. */
async function watchForViolations(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

test('pages and the API answer with the security headers', async ({ request }) => {
  for (const path of [...MAIN_PAGES, '/api/v1/districts']) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    const csp = headers['content-security-policy'] ?? '';
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"]) {
      expect(csp, `${path}: ${directive}`).toContain(directive);
    }
    expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(headers['x-powered-by']).toBeUndefined();
  }
});

test('a fresh nonce per request, on every script tag the server renders', async ({ request }) => {
  const [first, second] = [await request.get('/'), await request.get('/')];
  const policies = [first, second].map((response) => response.headers()['content-security-policy']);
  expect(policies[0]).not.toBe(policies[1]);
  const nonce = /'nonce-([^']+)'/.exec(policies[0] ?? '')?.[1];
  const tags = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length).toBeGreaterThan(0);
  // Chunks Next loads later are trusted through 'strict-dynamic', not a nonce.
  expect(tags.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
});

test('the main pages run under the CSP without violations, and hydrate', async ({ page }) => {
  const problems = await watchForViolations(page);
  for (const path of MAIN_PAGES) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const violations = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    expect(violations, path).toEqual([]);
  }
  // Hydrated client code: signing in goes through a client form and lands on /admin.
  await signInAsAdmin(page);
  for (const path of ['/admin', '/admin/audit', '/review', '/import', '/targets/new']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const violations = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    expect(violations, path).toEqual([]);
  }
  expect(problems).toEqual([]);
});

test('session fixation: a session cookie planted before sign-in is not the session after it', async ({ browser }) => {
  const context = await browser.newContext();
  const planted = 'attackerchosensessiontoken0000000000';
  await context.addCookies([{ name: 'session', value: planted, domain: '127.0.0.1', path: '/' }]);
  const page = await context.newPage();
  await signInAsAdmin(page);
  const session = (await context.cookies()).find((cookie) => cookie.name === 'session');
  expect(session?.value).toBeTruthy();
  expect(session?.value).not.toBe(planted);
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe('Lax');
  // The planted value signs nobody in.
  const attacker = await browser.newContext();
  await attacker.addCookies([{ name: 'session', value: planted, domain: '127.0.0.1', path: '/' }]);
  const attackerPage = await attacker.newPage();
  await attackerPage.goto('/admin');
  await expect(attackerPage).toHaveURL(/\/sign-in/);
  await context.close();
  await attacker.close();
});

test('CSRF: a server action replayed with a foreign Origin is refused; the same request from our origin works', async ({ page, request, baseURL }) => {
  // Capture the browser's real sign-in action request, without letting it through.
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | null = null;
  await page.route('**/sign-in**', async (route) => {
    const sent = route.request();
    if (sent.method() === 'POST' && sent.headers()['next-action']) {
      captured = { url: sent.url(), headers: sent.headers(), body: sent.postDataBuffer() ?? Buffer.alloc(0) };
      await route.abort();
      return;
    }
    await route.continue();
  });
  await signInAs(page, 'admin', E2E_ADMIN_PASSWORD);
  await expect.poll(() => captured !== null).toBe(true);
  const { url, headers, body } = captured!;
  const replay = (origin: string) => request.post(url, { headers: { ...headers, origin, host: new URL(baseURL!).host }, data: body, maxRedirects: 0 });

  const forged = await replay('http://evil.example');
  expect(forged.status()).toBe(403);
  expect(forged.headers()['set-cookie'] ?? '').not.toMatch(/session=[^;]+/);

  const genuine = await replay(new URL(baseURL!).origin);
  expect(genuine.status()).toBeLessThan(400);
  expect(genuine.headers()['set-cookie'] ?? '').toMatch(/session=[a-z0-9]+/);
});

test('the API is read-only and takes tokens only in the Authorization header', async ({ request }) => {
  for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
    const response = await request.fetch('/api/v1/districts', { method, data: {} });
    expect([404, 405], `${method} /api/v1/districts`).toContain(response.status());
  }
  // A token in the query string is not a credential: unknown parameters are refused.
  const withQueryToken = await request.get('/api/v1/targets?access_token=whatever');
  expect(withQueryToken.status()).toBe(400);
  const bogus = await request.get('/api/v1/targets', { headers: { Authorization: 'Bearer not-a-real-token' } });
  expect(bogus.status()).toBe(401);
});

test('sign-in: an unknown name and a wrong password get the same message', async ({ page }) => {
  const messages: string[] = [];
  for (const login of ['admin', 'no-such-user-xyz']) {
    await signInAs(page, login, 'definitely-wrong-password');
    const status = page.getByTestId('form-status');
    await expect(status).not.toBeEmpty();
    messages.push((await status.textContent()) ?? '');
  }
  expect(messages[0]).toBe(messages[1]);
});
