// Staff paste a statistics release holding in-year figures (issue 17 / issue 13's
// distractors): the review screen offers the 1—9月 figure as in-year progress for 前三季度,
// with the target it is judged against and the pace verdict it would give; 二季度 stays
// skipped with its reason. Accepted, the target page shows it in the in-year series.
//
// Its own series: 播州区 (520304) 2021 社会消费品零售总额, a target this spec creates and
// no other spec reads or writes (2021 is older than every year other specs use, so no
// default year moves). Made-up fixture text, labelled as such: not official figures.
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { signInAsAdmin } from './support/auth';

const TARGET_TEXT = '【端到端测试夹具，非官方数据】播州区2021年主要预期目标：社会消费品零售总额增长10%以上（年内进度测试用语句）。';
const RELEASE = `【端到端测试夹具，非官方数据】
2021年1—9月播州区经济运行情况（年内进度测试用）
1—9月，全区社会消费品零售总额同比增长6.5%。
二季度，全区固定资产投资增长6.0%。
`;
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screenshots';

async function shoot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} fits a phone`).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/${name}-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.use({ viewport: { width: 1280, height: 900 } });

test('a pasted 1—9月 figure is proposed as in-year progress with its pace verdict, accepted, and shown in the target’s in-year series', async ({ page }) => {
  test.setTimeout(240_000);
  await signInAsAdmin(page);

  // Setup: the spec's own target.
  await page.goto('/targets/new');
  await page.getByRole('combobox', { name: '区县' }).selectOption({ label: '播州区' });
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('指标').selectOption({ label: '社会消费品零售总额' });
  await page.getByLabel('年份').fill('2021');
  await page.getByLabel('口径').selectOption('growth');
  await page.getByLabel('目标原文').fill('10%以上');
  await page.getByLabel('来源文件').selectOption('new');
  await page.getByLabel('文件类型').selectOption('work_report');
  await page.getByLabel('标题').fill('端到端测试夹具 播州区2021年目标（年内进度，非官方）');
  await page.getByLabel('文件正文').fill(TARGET_TEXT);
  await page.getByLabel('原文引文').fill('社会消费品零售总额增长10%以上');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('form-status')).toHaveText('目标已保存。');

  // Paste the release.
  await page.goto('/documents/new');
  await page.getByLabel('区县').selectOption({ label: '播州区' });
  await page.getByLabel('报告年份').fill('2021');
  await page.getByLabel('标题').fill('端到端测试夹具 2021年1—9月经济运行（非官方）');
  await page.getByLabel('报告正文').fill(RELEASE);
  await page.getByRole('button', { name: '保存并提取' }).click();
  await expect(page).toHaveURL(/\/documents\/\d+\/extract$/);
  const reviewUrl = page.url();

  // The 1—9月 figure: in-year progress for 前三季度 of 2021, the target it is judged against, the pace it would give.
  const card = page.locator('[data-testid="proposal"][data-kind="in_year"][data-indicator="retail_sales"]');
  await expect(card).toHaveAttribute('data-status', 'open');
  await expect(card).toContainText('年内进度');
  await expect(card.getByTestId('proposal-period')).toHaveText(' · 前三季度（1—9月）');
  await expect(card.getByTestId('proposal-figure')).toHaveText('6.5%');
  const settles = card.getByTestId('settles-pace');
  await expect(settles).toContainText('2021年目标“10%以上”');
  await expect(settles).toContainText('接受后前三季度（1—9月）的序时进度判定');
  await expect(settles).toHaveAttribute('data-pace', 'behind_pace');
  await expect(settles.locator('[data-pace]')).toHaveText(/未达到序时进度/);
  // 二季度 is not cumulative from January: not offered, and the screen says why.
  const skip = page.getByTestId('flags').getByTestId('in-year-skip');
  await expect(skip).toHaveAttribute('data-reason', 'not_cumulative');
  await expect(skip).toContainText('“二季度”不是从1月起累计的时段');
  await expect(page.locator('[data-testid="proposal"][data-indicator="fixed_asset_investment"]')).toHaveCount(0);
  await shoot(page, 'ingest-in-year-review-zh');

  await card.getByRole('button', { name: '接受' }).click();
  await expect(card).toHaveAttribute('data-status', 'recorded');
  await expect(card.getByTestId('settles-pace')).toContainText('前三季度（1—9月）当前序时进度判定');
  await expect(card.getByTestId('settles-pace')).toHaveAttribute('data-pace', 'behind_pace');
  await expect(card.getByRole('button', { name: '接受' })).toHaveCount(0);

  // The target page: the in-year series holds the 1—9月 figure, with the verdict the review screen promised and its quote.
  await card.getByTestId('settles-pace').getByRole('link').click();
  await expect(page).toHaveURL(/\/targets\/\d+$/);
  const row = page.getByTestId('in-year-table').locator('tr[data-period="9"]');
  await expect(row.getByRole('rowheader')).toHaveText('前三季度（1—9月）');
  await expect(row.locator('td').nth(0)).toHaveText('6.5%');
  await expect(row.locator('[data-pace]')).toHaveText(/未达到序时进度/);
  await expect(row).toContainText('社会消费品零售总额同比增长6.5%');
  await expect(row).toContainText('端到端测试夹具 2021年1—9月经济运行（非官方）');
  // The year's verdict still waits for the year's figure.
  await expect(page.getByTestId('final-status')).toHaveAttribute('data-verdict', 'pending');
  await shoot(page, 'ingest-in-year-target-zh');

  // A later release with another 1—9月 figure: a conflict showing the recorded one; recorded as the next revision.
  await page.goto('/documents/new');
  await page.getByLabel('区县').selectOption({ label: '播州区' });
  await page.getByLabel('报告年份').fill('2021');
  await page.getByLabel('标题').fill('端到端测试夹具 2021年1—9月经济运行 修订（非官方）');
  await page.getByLabel('报告正文').fill(RELEASE.replace('6.5%', '6.8%').replace('（年内进度测试用）', '（年内进度测试用，修订）'));
  await page.getByRole('button', { name: '保存并提取' }).click();
  await expect(page).toHaveURL(/\/documents\/\d+\/extract$/);
  const revised = page.locator('[data-testid="proposal"][data-kind="in_year"][data-indicator="retail_sales"]');
  await expect(revised).toHaveAttribute('data-status', 'conflict');
  await expect(revised.getByTestId('proposal-status')).toHaveText('与已录入的本期数字不一致');
  await expect(revised.getByTestId('in-year-conflict').getByTestId('stored-figure')).toHaveText('6.5%');
  await expect(revised.getByTestId('in-year-conflict')).toContainText('端到端测试夹具 2021年1—9月经济运行（非官方）');
  await expect(revised.getByTestId('settles-pace')).toContainText('6.8%');
  await shoot(page, 'ingest-in-year-conflict-zh');
  await revised.getByRole('button', { name: '按本文件录入新修订' }).click();
  await expect(revised).toHaveAttribute('data-status', 'recorded');
  await revised.getByTestId('settles-pace').getByRole('link').click();
  await expect(page.getByTestId('in-year-table').locator('tr[data-period="9"] td').nth(0)).toHaveText('6.8%');

  // English.
  await page.context().addCookies([{ name: 'locale', value: 'en', domain: new URL(page.url()).hostname, path: '/' }]);
  await page.goto(reviewUrl);
  await expect(card).toContainText('In-year progress');
  await expect(card.getByTestId('proposal-period')).toHaveText(' · Q1–Q3 (Jan–Sep)');
  await expect(card.getByTestId('settles-pace')).toContainText('Pace verdict for Q1–Q3 (Jan–Sep) now');
  await expect(skip).toContainText('“二季度” is not cumulative from January');
  await shoot(page, 'ingest-in-year-review-en');
});
