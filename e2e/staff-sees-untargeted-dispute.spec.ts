import { expect, test } from '@playwright/test';
import { stringify } from 'csv-stringify/sync';
import { createUser, replaceTemporaryPassword, signInAs, signInAsAdmin } from './support/auth';

// Made-up source text for this test only, titled as test text: not an official figure.
const SOURCE_TITLE = '测试文本 / test text（无对应目标的异议，非官方数据）';
const SOURCE_TEXT = '【测试文本 / test text，非官方数据】梁平区2022年粮食播种面积61.7万亩（端到端测试用语句）。';
const QUOTE = '粮食播种面积61.7万亩';
const REASON = '与统计年鉴不符，请核对（测试）';

test('a reviewer disputes a figure no target settles: it reaches the recorder’s to-do with the reason, at phone width, in both languages', async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await browser.newPage();
  await signInAsAdmin(admin);
  await createUser(admin, { username: 'untargeted-staff', displayName: '梁平无目标录入员', role: '工作人员', password: 'temporary-pass-ut1', district: '梁平区' });
  await createUser(admin, { username: 'untargeted-reviewer', displayName: '无目标审核员', role: '审核人', password: 'temporary-pass-ut2' });

  // The staff imports a figure of a series with no target (grain area, 2022).
  const staffContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const staff = await staffContext.newPage();
  await signInAs(staff, 'untargeted-staff', 'temporary-pass-ut1');
  await replaceTemporaryPassword(staff, 'temporary-pass-ut1', 'untargeted-staff-password');
  await staff.goto('/import');
  const header = ['district_code', 'indicator_key', 'year', 'measure', 'value', 'unit', 'vintage', 'source_title', 'source_text', 'quote'];
  const file = { name: 'outcomes.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${stringify([header, ['500155', 'grain_area', '2022', 'level', '61.7', '万亩', 'final', SOURCE_TITLE, SOURCE_TEXT, QUOTE]])}`) };
  await staff.getByLabel('文件').setInputFiles(file);
  await Promise.all([
    staff.waitForResponse((response) => response.request().method() === 'POST' && Boolean(response.request().headers()['next-action'])),
    staff.getByRole('button', { name: '导入', exact: true }).click(),
  ]);
  await expect(staff.locator('#import-status')).toHaveText('已导入：新增 1 条，修订 0 条，无变化 0 条。');
  await staff.goto('/todo');
  await expect(staff.getByTestId('untargeted-todo-row')).toHaveCount(0);

  // The reviewer disputes it with a reason.
  const reviewer = await (await browser.newContext()).newPage();
  await signInAs(reviewer, 'untargeted-reviewer', 'temporary-pass-ut2');
  await replaceTemporaryPassword(reviewer, 'temporary-pass-ut2', 'untargeted-reviewer-password');
  await reviewer.goto('/review');
  const reviewRow = reviewer.getByTestId('review-row').filter({ hasText: QUOTE });
  await expect(reviewRow).toContainText('无对应目标');
  await reviewRow.getByLabel('意见').fill(REASON);
  await reviewRow.getByRole('button', { name: '提出异议' }).click();
  await expect(reviewRow.getByTestId('form-status')).toHaveText('审核意见已保存。');

  // On the recorder's to-do, in a list of its own, with the reason and the way to correct it; nothing scrolls sideways.
  await staff.goto('/todo');
  const row = staff.getByTestId('untargeted-todo-row').filter({ hasText: '粮食播种面积' });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('untargeted-dispute-reason')).toHaveText(`审核意见：${REASON}`);
  await expect(row).toContainText('61.7');
  await expect(row.getByRole('link', { name: '导入更正' })).toHaveAttribute('href', '/import');
  expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await staff.screenshot({ path: 'test-results/screenshots/todo-untargeted-dispute-zh-390.png', fullPage: true });
  await staffContext.addCookies([{ name: 'locale', value: 'en', domain: '127.0.0.1', path: '/' }]);
  await staff.goto('/todo');
  await expect(staff.getByRole('heading', { name: 'Disputed figures with no target' })).toBeVisible();
  await expect(staff.getByTestId('untargeted-todo-row').getByRole('link', { name: 'Import a correction' })).toBeVisible();
  // The figure in English units, scaled as the explanations scale it (not "61.710k mu").
  await expect(staff.getByTestId('untargeted-todo-row')).toContainText('617,000 mu');
  await staff.screenshot({ path: 'test-results/screenshots/todo-untargeted-dispute-en-390.png', fullPage: true });
});
