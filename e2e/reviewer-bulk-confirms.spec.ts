import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createUser, replaceTemporaryPassword, signInAs, signInAsAdmin } from './support/auth';

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

/** Desktop and a 375 px phone; on the phone the queue is cards no wider than the screen. */
async function screenshots(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `test-results/screenshots/${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} fits a phone`).toBeLessThanOrEqual(375);
  // The old table grew rows 700 px tall on a phone; a card with one figure stays well under
  // that. (A target with several unchecked revisions shows each, with its own form, so
  // only one-figure cards are measured: other specs sharing the database add revisions.)
  const heights = await page.getByTestId('review-row').evaluateAll((rows) =>
    rows.filter((row) => row.querySelectorAll('ul[aria-label] > li form').length <= 1).map((row) => row.getBoundingClientRect().height));
  expect(heights.length).toBeGreaterThan(0);
  expect(Math.max(...heights)).toBeLessThan(520);
  await page.screenshot({ path: `test-results/screenshots/${name}-375.png`, fullPage: true });
  await page.screenshot({ path: `test-results/screenshots/${name}-375-first-screen.png` });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('a reviewer confirms two queue items at once; the queue reads in words, in both languages', async ({ page, context }) => {
  test.setTimeout(120_000);
  await signInAsAdmin(page);
  await page.goto('/review');
  await expect(page.getByRole('heading', { level: 1, name: '审核' })).toBeVisible();
  // 需研判 targets are in the queue, one card each, and say 第N版 rather than r1.
  await expect(page.getByTestId('review-row').filter({ hasText: '需研判' }).first()).toBeVisible();
  await expect(page.getByText(/第\d+版/).first()).toBeVisible();
  await expect(page.getByText(/\br\d+\b/)).toHaveCount(0);
  await expectAccessible(page);
  await screenshots(page, 'review-queue-zh');

  // The queue lists the newest first, and other specs (running alongside) queue figures of
  // their own and then verify them: tick the two oldest on the page, which no spec just made.
  const selectable = page.getByTestId('review-row').filter({ has: page.getByRole('checkbox') });
  const count = await selectable.count();
  expect(count).toBeGreaterThanOrEqual(2);
  const keys = [await selectable.nth(count - 1).getAttribute('data-key'), await selectable.nth(count - 2).getAttribute('data-key')];
  for (const key of keys) await page.locator(`[data-key="${key}"]`).getByRole('checkbox').check();
  await page.getByRole('button', { name: '确认所选' }).click();
  await expect(page.getByTestId('bulk-confirm').getByTestId('form-status')).toHaveText('已确认 2 项。');
  await page.reload();
  for (const key of keys) await expect(page.locator(`[data-key="${key}"]`)).toHaveCount(0);

  // Nothing ticked: a clear refusal, focus on the summary, nothing changes.
  await page.getByRole('button', { name: '确认所选' }).click();
  await expect(page.getByTestId('bulk-confirm').getByText('请至少勾选一项。')).toBeVisible();
  await expect(page.getByTestId('bulk-confirm').getByTestId('form-status')).toBeFocused();

  await context.addCookies([{ name: 'locale', value: 'en', url: page.url() }]);
  await page.goto('/review');
  await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
  await expect(page.getByText(/revision \d+/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Confirm selected' })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'review-queue-en');
});

test('charts, quote links and scrolling tables have names', async ({ page }) => {
  await page.goto('/districts/520304?year=2025');
  const chart = page.getByTestId('bar-chart').locator('svg.recharts-surface[role="img"]').first();
  await expect(chart).toHaveAttribute('aria-label', /\S/);
  await expect(page.locator('svg[role="application"]')).toHaveCount(0);
  const quoteLinks = page.getByRole('link', { name: /^查看原文：/ });
  expect(await quoteLinks.count()).toBeGreaterThan(1);
  const names = await quoteLinks.evaluateAll((links) => links.map((link) => link.getAttribute('aria-label')));
  expect(new Set(names).size).toBeGreaterThan(names.length / 2);
  // Other specs share the server: the other tables' regions are checked by axe in reviewer-reads-pages.
  const region = page.locator('.table-wrap[role="region"]').first();
  await expect(region).toHaveAttribute('tabindex', '0');
  await expect(region).toHaveAttribute('aria-label', /2025/);
});

test('an admin assigns a district with the searchable picker; that reviewer\'s queue holds only its items', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await signInAsAdmin(page);
  await createUser(page, { username: 'queue-lp-reviewer', displayName: '梁平审核员', role: '审核人', password: 'temporary-pass-9', district: '梁平区' });
  const row = page.getByTestId('user-row').filter({ hasText: 'queue-lp-reviewer' });
  await expect(row.getByRole('list', { name: '负责区县' })).toHaveText(/梁平区/);
  // An unknown name is refused where it was typed, and adds nothing.
  const search = row.getByLabel('添加区县');
  await search.fill('不存在区');
  await search.press('Enter');
  await expect(row.getByText('没有这个区县，请从提示中选择。')).toBeVisible();
  await expect(row.getByRole('list', { name: '负责区县' }).getByRole('listitem')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screenshots/admin-district-picker-zh.png', fullPage: true });

  const context = await browser.newContext();
  const reviewer = await context.newPage();
  await signInAs(reviewer, 'queue-lp-reviewer', 'temporary-pass-9');
  await replaceTemporaryPassword(reviewer, 'temporary-pass-9', 'queue-reviewer-new-pass');
  await reviewer.goto('/review');
  const districts = await reviewer.getByTestId('review-row').evaluateAll((rows) => rows.map((row) => row.querySelector('[class*="meta"]')?.textContent ?? ''));
  expect(districts.length).toBeGreaterThan(0);
  expect(districts.every((text) => text.startsWith('梁平区'))).toBe(true);
  await context.close();
});
