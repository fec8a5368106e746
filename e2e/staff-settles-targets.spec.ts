import { expect, type Page, test } from '@playwright/test';
import { createUser, replaceTemporaryPassword, signInAs, signInAsAdmin } from './support/auth';

// Constructed texts with made-up figures, labelled as test text: they exist only in this
// run's throwaway database, never in the seed data. Liangping's seeded 2024 targets are
// 地区生产总值 7%以上, 规上工业增加值 10%以上, 固定资产投资 13%以上, 社零 10%以上,
// 城镇新增就业 4500人以上, 一般公共预算收入 8%以上.
const NEXT_YEAR = `测试文本 / test text（端到端测试，数字虚构，非官方）
2025年梁平区政府工作报告
一、2024年工作回顾
过去一年，全区地区生产总值增长7.8%，规模以上工业增加值增长8.2%，固定资产投资增长13.2%，社会消费品零售总额增长10.6%，城镇新增就业4620人，一般公共预算收入增长6.1%，农村常住居民人均可支配收入增长6.5%。
二、2025年主要预期目标
2025年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。
`;
const REVISED_TITLE = '测试文本 2024 修订稿 / test text';
const REVISED = `测试文本 / test text（端到端测试，数字虚构，非官方）
2024年梁平区政府工作报告（修订稿）
二、2024年主要预期目标
2024年经济社会发展的主要预期目标是：地区生产总值增长7%以上，固定资产投资增长12%以上。
`;

async function pasteReport(page: Page, year: string, title: string, text: string) {
  await page.goto('/documents/new');
  await page.getByLabel('区县').selectOption({ label: '梁平区' });
  await page.getByLabel('报告年份').fill(year);
  await page.getByLabel('标题').fill(title);
  await page.getByLabel('报告正文').fill(text);
  await page.getByRole('button', { name: '保存并提取' }).click();
  await expect(page).toHaveURL(/\/documents\/\d+\/extract$/);
}

const card = (page: Page, kind: 'target' | 'outcome', indicator: string) => page.locator(`[data-testid="proposal"][data-kind="${kind}"][data-indicator="${indicator}"]`);

test('next year\'s report settles Liangping\'s 2024 targets; a differing target is a conflict settled by revision', async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await browser.newPage();
  await signInAsAdmin(admin);
  await createUser(admin, { username: 'settle-staff', displayName: '梁平核对员', role: '工作人员', password: 'temporary-pass-s', district: '梁平区' });
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, 'settle-staff', 'temporary-pass-s');
  await replaceTemporaryPassword(page, 'temporary-pass-s', 'settle-password-new');

  await pasteReport(page, '2025', '测试文本 2025 / test text', NEXT_YEAR);
  await expect(page.getByTestId('proposal')).toHaveCount(8);

  // Before accepting: each 2024 outcome names the target it settles and the verdict it would give.
  // (GDP and industry are only looked at, not accepted: other specs record those series;
  // a preliminary figure they record outranks this estimate, so either verdict may stand.)
  const expected: Array<[string, string, RegExp]> = [
    ['gdp', '7%以上', /^(met|exceeded)$/],
    ['industrial_value_added', '10%以上', /^(missed|met|exceeded)$/],
    ['fixed_asset_investment', '13%以上', /^met$/],
    ['retail_sales', '10%以上', /^exceeded$/],
    ['new_urban_jobs', '4500人以上', /^met$/],
    ['budget_revenue', '8%以上', /^missed$/],
  ];
  for (const [indicator, asWritten, verdict] of expected) {
    const settles = card(page, 'outcome', indicator).getByTestId('settles');
    await expect(settles.getByRole('link', { name: `2024年目标“${asWritten}”` })).toBeVisible();
    await expect(settles).toContainText('接受后的判定');
    await expect(settles).toHaveAttribute('data-verdict', verdict);
  }
  await expect(card(page, 'outcome', 'retail_sales').getByTestId('settles')).toContainText('10.6');
  // No 2024 target for rural income: said so, not left blank.
  await expect(card(page, 'outcome', 'rural_income').getByTestId('no-target')).toHaveText('该区县尚无 2024 年此指标（增速）的目标：接受后只记录完成情况，不判定。');
  await page.screenshot({ path: 'test-results/screenshots/ingest-settles-zh.png', fullPage: true });

  for (const indicator of ['fixed_asset_investment', 'retail_sales', 'new_urban_jobs', 'budget_revenue']) {
    await card(page, 'outcome', indicator).getByRole('button', { name: '接受' }).click();
    await expect(card(page, 'outcome', indicator)).toHaveAttribute('data-status', 'recorded');
    await expect(card(page, 'outcome', indicator).getByTestId('settles')).toContainText('当前判定');
  }

  // The district page shows the 2024 targets with the verdicts the review screen announced.
  await page.goto('/districts/500155?year=2024');
  const row = (indicator: string) => page.getByTestId('target-row').and(page.locator(`[data-indicator="${indicator}"]`));
  for (const [indicator, verdict] of [['fixed_asset_investment', 'met'], ['retail_sales', 'exceeded'], ['new_urban_jobs', 'met'], ['budget_revenue', 'missed']]) {
    await expect(row(indicator!).locator('[data-verdict]').first()).toHaveAttribute('data-verdict', verdict!);
  }
  await expect(row('retail_sales').getByTestId('actual-value')).toHaveText('10.6');
  await page.screenshot({ path: 'test-results/screenshots/ingest-settled-district-zh.png', fullPage: true });

  // A document proposing another 2024 fixed-asset target: both wordings with their sources.
  await pasteReport(page, '2024', REVISED_TITLE, REVISED);
  const fai = card(page, 'target', 'fixed_asset_investment');
  await expect(fai).toHaveAttribute('data-status', 'conflict');
  await expect(fai.getByTestId('conflict-stored')).toContainText('13%以上');
  await expect(fai.getByTestId('conflict-stored')).toContainText('固定资产投资增长13%以上');
  await expect(fai.getByTestId('conflict-stored').getByRole('link', { name: '出处：2024年梁平区政府工作报告' })).toBeVisible();
  await expect(fai.getByTestId('conflict-proposed')).toContainText('12%以上');
  await expect(fai.getByTestId('conflict-proposed').getByRole('link', { name: `出处：${REVISED_TITLE}` })).toBeVisible();
  await expect(fai.getByRole('button', { name: '接受' })).toHaveCount(0);
  // The same wording as stored stays "already recorded", with a link.
  const gdp = card(page, 'target', 'gdp');
  await expect(gdp).toHaveAttribute('data-status', 'recorded');
  await expect(gdp.getByRole('link', { name: '查看已录入的目标' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/ingest-conflict-zh.png', fullPage: true });

  // The same screen in English.
  await context.addCookies([{ name: 'locale', value: 'en', url: new URL('/', page.url()).toString() }]);
  await page.reload();
  await expect(fai.getByText('Differs from the stored target: choose')).toBeVisible();
  await expect(fai.getByRole('button', { name: 'Keep the stored target' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/ingest-conflict-en.png', fullPage: true });
  await context.addCookies([{ name: 'locale', value: 'zh', url: new URL('/', page.url()).toString() }]);
  await page.reload();

  await fai.getByRole('button', { name: '按本文件修订目标' }).click();
  await expect(fai).toHaveAttribute('data-status', 'recorded');
  await fai.getByRole('link', { name: '查看已录入的目标' }).click();
  await expect(page).toHaveURL(/\/targets\/\d+$/);
  await expect(page.locator('.lede')).toHaveText('12%以上');
  await expect(page.getByTestId('excerpt')).toContainText('固定资产投资增长12%以上');
  await expect(page.getByText(REVISED_TITLE).first()).toBeVisible();
  await expect(page.getByTestId('audit-table')).toContainText('修改目标');
  // 13.2% against the revised 12%以上.
  await expect(page.getByTestId('verdict-of-record').locator('[data-verdict]').first()).toHaveAttribute('data-verdict', 'exceeded');
  await page.screenshot({ path: 'test-results/screenshots/ingest-revised-target-zh.png', fullPage: true });
});
