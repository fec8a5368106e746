import { expect, test } from '@playwright/test';
import { createUser, replaceTemporaryPassword, signInAs, signInAsAdmin } from './support/auth';

// A reviewer of 梁平区 sets up its responsible units and gives the GDP target a lead
// and a co-unit; the target page then names them. Screenshots in both languages at
// desktop and phone widths (test-results/screenshots/units-*.png).
test('a district reviewer adds units, assigns a target, and the target page shows them', async ({ browser, page }) => {
  test.setTimeout(180_000);
  await signInAsAdmin(page);
  const suffix = Date.now().toString(36);
  await createUser(page, { username: `units-rev-${suffix}`, displayName: '梁平审核', role: '审核人', password: 'units-temp-1', district: '梁平区' });

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const reviewer = await context.newPage();
  await signInAs(reviewer, `units-rev-${suffix}`, 'units-temp-1');
  await replaceTemporaryPassword(reviewer, 'units-temp-1', 'units-password-1');

  await reviewer.goto('/districts/500155');
  await reviewer.getByRole('link', { name: '分配责任单位' }).click();
  await expect(reviewer.getByRole('heading', { level: 1, name: '梁平区 · 责任单位' })).toBeVisible();
  await expect(reviewer.getByText('尚未添加责任单位。')).toBeVisible();
  const summary = reviewer.getByTestId('assign-summary');
  await expect(summary).toHaveText(/^已分配 0\/\d+ 项$/);
  const total = /\/(\d+)/.exec((await summary.textContent()) ?? '')![1];

  const create = reviewer.getByRole('form', { name: '新增责任单位' });
  const added = [['区发展和改革委员会', '区发展改革委'], ['区统计局', '区统计局']] as const;
  for (const [index, [name, shortName]] of added.entries()) {
    await create.getByLabel('单位全称').fill(name);
    await create.getByLabel('简称').fill(shortName);
    await create.getByRole('button', { name: '添加单位' }).click();
    // The list grows once the action has finished and the form has been reset.
    await expect(reviewer.getByTestId('unit')).toHaveCount(index + 1);
    await expect(create.getByTestId('form-status')).toHaveText('责任单位已添加。');
    await expect(create.getByLabel('单位全称')).toHaveValue('');
  }
  // A second unit with the same short name is refused, in Chinese, beside the field.
  await create.getByLabel('单位全称').fill('区发展改革委员会（重复）');
  await create.getByLabel('简称').fill('区发展改革委');
  await create.getByRole('button', { name: '添加单位' }).click();
  await expect(create.getByText('本区县已有相同简称的责任单位。')).toBeVisible();
  await expect(reviewer.getByTestId('unit')).toHaveCount(2);

  const gdp = reviewer.getByRole('form', { name: /^地区生产总值：/ }).first();
  await gdp.getByLabel('牵头单位').selectOption({ label: '区发展改革委' });
  await gdp.getByRole('group', { name: '配合单位' }).getByLabel('区统计局').check();
  await gdp.getByRole('button', { name: '保存分工' }).click();
  await expect(gdp.getByTestId('form-status')).toHaveText('分工已保存。');
  await reviewer.reload();
  await expect(reviewer.getByTestId('assign-summary')).toHaveText(`已分配 1/${total} 项`);
  await expect(reviewer.getByTestId('unit').first()).toContainText('牵头 1 项 · 配合 0 项');

  // A 分解方案 table: a wrong one is refused row by row and changes nothing; then a good one.
  const upload = reviewer.getByTestId('breakdown-form');
  const csv = (text: string) => ({ name: 'fenjie.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  await upload.getByLabel('分解方案文件').setInputFiles(csv('目标任务,牵头单位\n推进老旧小区改造,区住建委\n'));
  await upload.getByRole('button', { name: '导入' }).click();
  await expect(upload.getByTestId('breakdown-status')).toHaveText('有 1 处错误，未导入任何内容。');
  await expect(upload.getByTestId('breakdown-errors')).toContainText('本区县没有名为“区住建委”的责任单位，请先在本页添加。');
  await upload.getByLabel('分解方案文件').setInputFiles(csv('目标任务,牵头单位,配合单位\n规模以上工业增加值增长10%以上,区统计局,区发展改革委\n固定资产投资增长13%以上,区发展改革委,\n'));
  await upload.getByRole('button', { name: '预览' }).click();
  await expect(upload.getByTestId('breakdown-status')).toHaveText('2 项可导入，跳过标题行 0 行。确认无误后点“导入”。');
  await expect(upload.getByTestId('breakdown-rows')).toContainText('规模以上工业增加值：10%以上');
  await reviewer.screenshot({ path: 'test-results/screenshots/units-import-preview-zh-1280.png', fullPage: true });
  await upload.getByRole('button', { name: '导入' }).click();
  await expect(upload.getByTestId('breakdown-status')).toHaveText('已导入 2 项分工。');
  await reviewer.reload();
  await expect(reviewer.getByTestId('assign-summary')).toHaveText(`已分配 3/${total} 项`);
  await reviewer.screenshot({ path: 'test-results/screenshots/units-zh-1280.png', fullPage: true });
  await reviewer.setViewportSize({ width: 375, height: 800 });
  await reviewer.screenshot({ path: 'test-results/screenshots/units-zh-375.png', fullPage: true });

  const targetId = (await reviewer.getByRole('form', { name: /^地区生产总值：/ }).first().getAttribute('id'))!.replace('target-', '');
  await reviewer.goto(`/targets/${targetId}`);
  const units = reviewer.getByTestId('target-units');
  await expect(units).toContainText('区发展改革委（区发展和改革委员会）');
  await expect(units).toContainText('区统计局');
  await expect(reviewer.getByRole('heading', { level: 2, name: '责任单位', exact: true })).toBeVisible();
  await expect(reviewer.getByText('正在加载…')).toHaveCount(0);
  await reviewer.screenshot({ path: 'test-results/screenshots/units-target-zh-375.png', fullPage: true });

  await context.addCookies([{ name: 'locale', value: 'en', domain: '127.0.0.1', path: '/' }]);
  await reviewer.setViewportSize({ width: 1280, height: 900 });
  await reviewer.goto('/units/500155');
  await expect(reviewer.getByRole('heading', { level: 1, name: 'Liangping District · responsible units' })).toBeVisible();
  await expect(reviewer.getByTestId('assign-summary')).toHaveText(`3 of ${total} assigned`);
  await reviewer.screenshot({ path: 'test-results/screenshots/units-en-1280.png', fullPage: true });
  await reviewer.setViewportSize({ width: 375, height: 800 });
  await reviewer.screenshot({ path: 'test-results/screenshots/units-en-375.png', fullPage: true });

  // Another district's units are not this reviewer's to manage.
  const other = await reviewer.request.get('/units/520304', { maxRedirects: 0 });
  expect(other.status()).toBe(403);
  await context.close();
});
