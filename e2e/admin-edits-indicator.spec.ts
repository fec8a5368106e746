import { expect, test } from '@playwright/test';
import { signInAsAdmin } from './support/auth';

// FDI: no other spec reads its verdicts, so changing its tolerance here cannot race with them.
test('an admin scans the indicator table, edits one tolerance, a bad value is refused, zh and en', async ({ page, context }) => {
  await signInAsAdmin(page);
  await page.getByRole('link', { name: '指标', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '指标' })).toBeVisible();
  const rows = page.getByTestId('indicator-row');
  expect(await rows.count()).toBeGreaterThanOrEqual(19);
  // One line per indicator, with no form on the list.
  await expect(page.locator('form[data-testid="indicator-form"]')).toHaveCount(0);
  const gdp = rows.and(page.locator('[data-key="gdp"]'));
  await expect(gdp.locator('th, td')).toHaveText(['gdp', '地区生产总值', 'Gross regional product (GDP)', '默认 0.5', '默认 0.05', '亿元', '越高越好', '编辑']);
  const fdi = rows.and(page.locator('[data-key="fdi"]'));
  await expect(fdi.locator('td').nth(2)).toHaveText('默认 0.5');
  await page.screenshot({ path: 'test-results/screenshots/admin-indicators-zh.png', fullPage: true });

  await fdi.getByRole('link', { name: '编辑实际使用外商直接投资额' }).click();
  await expect(page).toHaveURL(/\/admin\/indicators\/fdi$/);
  await expect(page.getByRole('heading', { level: 1, name: '编辑指标：实际使用外商直接投资额' })).toBeVisible();
  const form = page.getByTestId('indicator-form');
  const growth = form.getByLabel('增速容差（百分点）');
  await expect(growth).toHaveAttribute('placeholder', '默认 0.5');

  // A negative tolerance is refused next to the field and stores nothing.
  await growth.fill('-0.2');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByTestId('form-status')).toHaveText('请更正标出的字段。 (1)');
  await expect(form.getByText('容差不能为负数。')).toBeVisible();
  await expect(growth).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: 'test-results/screenshots/admin-indicator-edit-refused-zh.png', fullPage: true });
  await page.getByRole('link', { name: '返回指标列表' }).click();
  await expect(fdi.locator('td').nth(2)).toHaveText('默认 0.5');

  await fdi.getByRole('link', { name: '编辑实际使用外商直接投资额' }).click();
  await growth.fill('0.30');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByTestId('form-status')).toHaveText('已保存。');
  // The stored row, read back into the form.
  await expect(growth).toHaveValue('0.3');
  // A second save from the same form carries the new version: saved, not a conflict.
  const level = form.getByLabel('总量容差（比例，如 0.05）');
  await level.fill('0.1');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(level).toHaveValue('0.1');
  await expect(form.getByTestId('form-status')).toHaveText('已保存。');
  await page.getByRole('link', { name: '返回指标列表' }).click();
  await expect(fdi.locator('td').nth(2)).toHaveText('0.3');
  await expect(fdi.locator('td').nth(3)).toHaveText('0.1');
  await page.goto('/admin/audit?entity=indicator');
  await expect(page.getByTestId('audit-row').filter({ hasText: '修改指标' })).toHaveCount(2);

  // Put it back (empty = the global default) so a rerun against the same server starts alike.
  await page.goto('/admin/indicators/fdi');
  await growth.fill('');
  await level.fill('');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByTestId('form-status')).toHaveText('已保存。');

  await context.addCookies([{ name: 'locale', value: 'en', domain: '127.0.0.1', path: '/' }]);
  await page.goto('/admin/indicators');
  await expect(page.getByRole('heading', { level: 1, name: 'Indicators' })).toBeVisible();
  await expect(gdp.locator('th, td')).toHaveText(['gdp', '地区生产总值', 'Gross regional product (GDP)', 'default 0.5', 'default 0.05', '亿元', 'higher is better', 'Edit']);
  await expect(rows.and(page.locator('[data-key="cpi"]')).locator('td').nth(5)).toHaveText('lower is better');
  await page.screenshot({ path: 'test-results/screenshots/admin-indicators-en.png', fullPage: true });
  await fdi.getByRole('link', { name: 'Edit Foreign direct investment actually used' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit indicator: Foreign direct investment actually used' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/admin-indicator-edit-en.png', fullPage: true });

  expect((await page.goto('/admin/indicators/no_such_indicator'))?.status()).toBe(404);
});
