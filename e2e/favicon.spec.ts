import { expect, test } from '@playwright/test';

// app/icon.svg: Next links it from every page; the proxy's matcher skips it, and the
// CSP (img-src 'self') must let the browser load it.
test('every page links a favicon the browser can load', async ({ page }) => {
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  await page.goto('/');
  const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(href).toMatch(/^\/icon\.svg/);
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/svg+xml');
  expect(await response.text()).toContain('<svg');
  expect(blocked).toEqual([]);
});
