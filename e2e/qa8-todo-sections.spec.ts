import { expect, test } from '@playwright/test';
import { signInAsAdmin } from './support/auth';

// The to-do page names its second list: the targets still waiting for an annual outcome sit
// under a heading of their own, so at 390 px they do not read as more 填报任务 of a round.
// Reads only (the seeded targets of past years, which have no outcome in the shared database).
test('the annual outcomes to record have their own heading, in zh and at phone width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await signInAsAdmin(page);
  await page.goto('/todo');
  const heading = page.getByRole('heading', { level: 2, name: '年度完成情况（待录入或待更正）' });
  await expect(heading).toBeVisible();
  const section = page.locator('section', { has: heading });
  await expect(section.getByTestId('todo-row').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/qa8-todo-390.png', fullPage: true });
});
