import { expect, test } from '@playwright/test';
import { signInAsAdmin } from './support/auth';

test('the workflow pages read completely in English', async ({ page, context }) => {
  test.setTimeout(120_000);
  await signInAsAdmin(page);
  await context.addCookies([{ name: 'locale', value: 'en', url: page.url() }]);
  const pages: [string, string][] = [
    ['/admin', 'Administration'], ['/admin/audit', 'Audit log'], ['/admin/indicators', 'Indicators'], ['/admin/districts', 'Districts'], ['/targets/new', 'Add a target'], ['/todo', 'To do'], ['/review', 'Review'], ['/account/password', 'Change password'],
  ];
  for (const [path, heading] of pages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/${path.slice(1).replace(/\//g, '-')}-en.png`, fullPage: true });
  }
  await page.goto('/todo');
  await page.getByTestId('todo-row').first().getByRole('link', { name: 'Record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record an outcome' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/record-outcome-en.png', fullPage: true });
  const targetId = /targets\/(\d+)/.exec(page.url())![1];
  await page.goto(`/targets/${targetId}/review`);
  await expect(page.getByRole('heading', { level: 1, name: 'Review the verdict' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/target-review-en.png', fullPage: true });
  await context.clearCookies({ name: 'session' });
  await page.goto('/sign-in');
  await page.screenshot({ path: 'test-results/screenshots/sign-in-en.png', fullPage: true });
});
