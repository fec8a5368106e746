// A figure and its quote agree: the form refuses a figure its quote does not state;
// ticked "原文未直接载明该数值" with a reason it is saved, and the target page shows
// the reason with the figure. Made-up fixture text, labelled as such: not official figures.
import { expect, test } from '@playwright/test';
import { signInAsAdmin } from './support/auth';

// Bozhou's 2025 new urban jobs: a series no other spec sharing this database writes
// (the settle spec reads Liangping's 2024 jobs).
const FIXTURE_TEXT = '【端到端测试夹具，非官方数据】播州区2025年城镇新增就业1.35万人，分街道数据另行汇总（测试用语句）。';
const REASON = '由分街道数据汇总得出（测试）';

test('a figure its quote does not state is refused, and saved when ticked with a reason shown on the target page', async ({ page }) => {
  test.setTimeout(180_000);
  await signInAsAdmin(page);
  const list = await (await page.request.get('/api/v1/targets?district=520304&year=2025&indicator=new_urban_jobs')).json();
  const target = (list.data as { id: number; measure: string }[]).find((row) => row.measure === 'level')!;
  expect(target).toBeTruthy();
  await page.goto(`/targets/${target.id}/outcomes/new`);
  await page.getByLabel('数值', { exact: true }).fill('13200');
  await page.getByLabel('单位').selectOption('人');
  await page.getByLabel('数据口径').selectOption('preliminary');
  await page.getByLabel('来源文件').selectOption('new');
  await page.getByLabel('标题').fill('端到端测试夹具 引文核对（非官方）');
  await page.getByLabel('文件正文').fill(FIXTURE_TEXT);
  await page.getByLabel('原文引文').fill('城镇新增就业1.35万人');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('#field-quote-error')).toContainText('引文中没有该数值');
  await expect(page.getByLabel('原文引文')).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: 'test-results/screenshots/record-outcome-figure-not-in-quote-zh.png', fullPage: true });

  // Ticked without a reason: refused; with one: saved.
  await page.getByLabel('原文未直接载明该数值').check();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('#field-figureNotInQuoteReason-error')).toContainText('请说明理由');
  await expect(page.getByLabel('原文未直接载明该数值')).toBeChecked();
  await page.getByLabel('理由', { exact: true }).fill(REASON);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('form-status')).toHaveText(/^已保存为第 \d+ 版。$/);

  await page.goto(`/targets/${target.id}`);
  await expect(page.getByTestId('figure-not-in-quote').first()).toHaveText(`原文未直接载明该数值：${REASON}`);
});
