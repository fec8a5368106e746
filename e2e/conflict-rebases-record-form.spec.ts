// A stale-form conflict rebases the record form on the newest revision: the message
// names it, the typed values stay, and the next submit is saved on top of it.
// Made-up fixture text, labelled as such: not official figures.
import { expect, test, type Page } from '@playwright/test';
import { signInAsAdmin } from './support/auth';

// Zhanggong's 2024 urban income: a series no other spec sharing this database writes.
const FIXTURE_TEXT = '【端到端测试夹具，非官方数据】章贡区2024年城镇常住居民人均可支配收入增长5.4%，另一口径增长5.6%（测试用语句）。';

async function fill(page: Page, value: string, quote: string, title: string) {
  await page.getByLabel('数值', { exact: true }).fill(value);
  await page.getByLabel('数据口径').selectOption('preliminary');
  await page.getByLabel('来源文件').selectOption('new');
  await page.getByLabel('标题').fill(title);
  await page.getByLabel('文件正文').fill(FIXTURE_TEXT);
  await page.getByLabel('原文引文').fill(quote);
}

test('a conflict shows the newer revision and the next submit saves the next revision', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  const first = await context.newPage();
  await signInAsAdmin(first);
  const list = await (await first.request.get('/api/v1/targets?district=360702&year=2024&indicator=urban_income')).json();
  const target = (list.data as { id: number; measure: string }[]).find((row) => row.measure === 'growth')!;
  expect(target).toBeTruthy();
  const url = `/targets/${target.id}/outcomes/new`;
  const second = await context.newPage();
  await first.goto(url);
  await second.goto(url);
  const before = await first.locator('input[name="baseRevision"]').inputValue();
  const base = Number(before);

  // Saved in the first page.
  await fill(first, '5.4', '城镇常住居民人均可支配收入增长5.4%', '端到端测试夹具 冲突一（非官方）');
  await first.getByRole('button', { name: '保存' }).click();
  await expect(first.getByTestId('form-status')).toHaveText(`已保存为第 ${base + 1} 版。`);

  // Submitted from the stale second page: a conflict naming the newer revision, typed values kept.
  await fill(second, '5.6', '另一口径增长5.6%', '端到端测试夹具 冲突二（非官方）');
  await second.getByRole('button', { name: '保存' }).click();
  await expect(second.getByTestId('form-status')).toContainText(`已有更新的第 ${base + 1} 版：5.4%`);
  await expect(second.getByLabel('数值', { exact: true })).toHaveValue('5.6');
  await expect(second.locator('input[name="baseRevision"]')).toHaveValue(String(base + 1));
  await second.screenshot({ path: 'test-results/screenshots/record-outcome-conflict-zh.png', fullPage: true });

  // Submitted again as it stands: saved as the next revision.
  await second.getByRole('button', { name: '保存' }).click();
  await expect(second.getByTestId('form-status')).toHaveText(`已保存为第 ${base + 2} 版。`);
  await expect(second.getByTestId('latest-revision')).toContainText(`第 ${base + 2} 版，5.6%`);
});
