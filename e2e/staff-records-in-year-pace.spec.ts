// In-year progress (序时进度, issue 17): a cumulative 1—6月 figure is recorded through the
// record form's period picker; the target page shows the pace verdict with its chart
// and table, and the district page's 上半年 view counts it. Made-up fixture text,
// labelled as such: not official figures.
//
// Its own series: Honghuagang (红花岗区, no seeded targets) 2023 exports (出口总额), a
// target this spec creates and no other spec reads or writes. 2023 is the district's
// only year, so its default year on the district page does not change.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signInAsAdmin } from './support/auth';

const TARGET_TEXT = '【端到端测试夹具，非官方数据】红花岗区2023年出口总额达到20亿元（序时进度测试用语句）。';
const H1_TEXT = '【端到端测试夹具，非官方数据】红花岗区2023年1—6月出口总额9亿元（序时进度测试用语句）。';

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

async function phoneScreenshot(page: Page, name: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} fits a phone`).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `test-results/screenshots/${name}-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.use({ viewport: { width: 1280, height: 900 } });

test('a 1—6月 figure recorded with the period picker gets a pace verdict, a chart and a table, and the district page counts it', async ({ page }) => {
  test.setTimeout(240_000);
  await signInAsAdmin(page);

  // Setup: the spec's own target.
  await page.goto('/targets/new');
  await page.getByLabel('区县').selectOption({ label: '红花岗区' });
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('指标').selectOption({ label: '出口总额' });
  await page.getByLabel('年份').fill('2023');
  await page.getByLabel('口径').selectOption('level');
  await page.getByLabel('目标原文').fill('20亿元');
  await page.getByLabel('来源文件').selectOption('new');
  await page.getByLabel('标题').fill('端到端测试夹具 序时进度目标（非官方）');
  await page.getByLabel('文件正文').fill(TARGET_TEXT);
  await page.getByLabel('原文引文').fill('出口总额达到20亿元');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('form-status')).toHaveText('目标已保存。');
  const list = await (await page.request.get('/api/v1/targets?district=520302&year=2023&indicator=exports')).json();
  const target = (list.data as { id: number }[])[0]!;
  expect(target).toBeTruthy();

  // No in-year figure yet: the target page says so and draws nothing.
  await page.goto(`/targets/${target.id}`);
  await expect(page.getByTestId('no-in-year')).toContainText('尚无年内累计数据');
  await expect(page.getByTestId('pace-chart')).toHaveCount(0);

  // The record form: 上半年 (1—6月) has no revision yet, the year neither.
  await page.goto(`/targets/${target.id}/outcomes/new`);
  const picker = page.getByLabel('期间', { exact: true });
  await expect(picker).toHaveValue('12');
  await picker.selectOption({ label: '上半年（1—6月）' });
  await expect(page.getByTestId('latest-revision')).toHaveText('该期间尚无数据。');
  await page.getByLabel('数值', { exact: true }).fill('9');
  await page.getByLabel('单位').selectOption('亿元');
  await page.getByLabel('数据口径').selectOption('preliminary');
  await page.getByLabel('来源文件').selectOption('new');
  await page.getByLabel('标题').fill('端到端测试夹具 1—6月进度（非官方）');
  await page.getByLabel('文件正文').fill(H1_TEXT);
  await page.getByLabel('原文引文').fill('1—6月出口总额9亿元');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('form-status')).toHaveText('已保存为第 1 版。');
  await expect(picker).toHaveValue('6');
  await expect(page.getByTestId('latest-revision')).toContainText('第 1 版，9亿元');
  await phoneScreenshot(page, 'record-form-period-zh');
  // The annual series is untouched: still no revision for the year.
  await picker.selectOption({ label: '年度' });
  await expect(page.getByTestId('latest-revision')).toHaveText('该期间尚无数据。');

  // The target page: 9 of 20 is 45.0% of the year's amount against 50.0% elapsed → behind pace.
  await page.goto(`/targets/${target.id}`);
  const row = page.getByTestId('in-year-table').locator('tr[data-period="6"]');
  await expect(row.getByRole('rowheader')).toHaveText('上半年（1—6月）');
  await expect(row.locator('[data-pace]')).toHaveText(/未达到序时进度/);
  await expect(row).toContainText('完成全年目标的 45.0%，序时进度 50.0%（需 10亿元）');
  await expect(row.locator('td').nth(0)).toHaveText('9亿元');
  await expect(row.locator('td').nth(1)).toHaveText('10亿元');
  const chart = page.getByTestId('pace-chart');
  await expect(chart).toBeVisible();
  await expect(chart.getByRole('img', { name: '出口总额 年内累计与序时进度线' })).toBeVisible();
  await expect(chart.locator('.recharts-label-list text').filter({ hasText: '9亿元' })).toBeVisible();
  // The annual verdict is still pending: an in-year figure is not the year's.
  await expect(page.getByTestId('final-status')).toHaveAttribute('data-verdict', 'pending');
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/screenshots/target-in-year-pace-zh-desktop.png', fullPage: true });
  await phoneScreenshot(page, 'target-in-year-pace-zh');

  // The district page: switch from the annual view to 上半年.
  await page.goto('/districts/520302?year=2023');
  await page.getByTestId('period-switch').getByLabel('查看').selectOption('6');
  await page.getByTestId('period-switch').getByRole('button', { name: '切换' }).click();
  await expect(page).toHaveURL(/period=6/);
  await expect(page.getByTestId('pace-summary')).toContainText('上半年（1—6月）：1 项目标中，达到序时进度 0 项，未达到 1 项');
  await expect(page.getByTestId('pace-table').locator(`tr[data-target="${target.id}"] [data-pace]`)).toHaveText(/未达到序时进度/);
  // Its CSV carries the pace column named by the period.
  const csv = await (await page.request.get(await page.getByRole('link', { name: '上半年（1—6月）序时进度成绩单（CSV）' }).getAttribute('href') ?? '')).text();
  expect(csv.split(/\r?\n/)[0]).toContain('序时进度判定（上半年）');
  expect(csv).toContain(',9,未达到序时进度');
  await expectAccessible(page);
  await phoneScreenshot(page, 'district-pace-h1-zh');

  // English.
  await page.context().addCookies([{ name: 'locale', value: 'en', domain: new URL(page.url()).hostname, path: '/' }]);
  await page.reload();
  await expect(page.getByTestId('pace-summary')).toContainText('H1 (Jan–Jun): of 1 targets, 0 on pace, 1 behind pace');
  await phoneScreenshot(page, 'district-pace-h1-en');
  await page.goto(`/targets/${target.id}`);
  await expect(page.getByTestId('in-year-table').locator('tr[data-period="6"] [data-pace]')).toHaveText(/behind pace/);
  await phoneScreenshot(page, 'target-in-year-pace-en');
});
