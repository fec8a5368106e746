import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { E2E_PORT } from '../playwright.config';

const LOCALES = ['zh', 'en'] as const;
type Locale = (typeof LOCALES)[number];

async function useLocale(page: Page, locale: Locale) {
  await page.context().addCookies([{ name: 'locale', value: locale, domain: '127.0.0.1', path: '/' }]);
}

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

/** Full page and first screen, desktop and phone; the page must not be wider than a phone. */
async function screenshots(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} fits a phone`).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `test-results/screenshots/${name}-phone.png`, fullPage: true });
  await page.screenshot({ path: `test-results/screenshots/${name}-phone-first-screen.png` });
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The chart's value labels and its table alternative show the same numbers. */
async function expectChartMatchesTable(page: Page, chart: string, table: string) {
  const figure = page.getByTestId(chart);
  await expect(figure.locator('.recharts-label-list text').filter({ hasText: /\d/ }).first()).toBeVisible();
  const labels = (await figure.locator('.recharts-label-list text').allTextContents()).map((text) => text.trim()).filter(Boolean).sort();
  const cells = (await page.locator(`#${table} td`).allTextContents()).map((text) => text.trim()).filter((text) => text !== '—').sort();
  expect(labels.length).toBeGreaterThan(0);
  expect(labels).toEqual(cells);
}

test.use({ viewport: { width: 1280, height: 900 } });

for (const locale of LOCALES) {
  test.describe(`reviewer reads pages (${locale})`, () => {
    test.beforeEach(async ({ page }) => useLocale(page, locale));

    test('district page: Bozhou 2025 targets, charts and table alternatives', async ({ page }) => {
      await page.goto('/districts/520304?year=2025');
      await expect(page.getByRole('heading', { level: 1, name: locale === 'zh' ? '播州区' : 'Bozhou District' })).toBeVisible();
      const gdp = page.getByTestId('target-row').filter({ has: page.getByTestId('as-written').getByText('6.5%左右', { exact: true }) });
      await expect(gdp.first()).toBeVisible();
      await expect(page.getByRole('link', { name: '2025', exact: true })).toHaveAttribute('aria-current', 'page');
      await expectChartMatchesTable(page, 'bar-chart', 'bar-data');
      await expect(page.getByTestId('bar-chart')).toHaveAttribute('aria-describedby', /bar-data/);
      await expectAccessible(page);
      await screenshots(page, `district-bozhou-${locale}`);
    });

    test('district page: Liangping 2024 jobs target and Honghuagang 2023 outcome', async ({ page }) => {
      await page.goto('/districts/500155?year=2024');
      const jobs = page.getByTestId('target-row').filter({ hasText: locale === 'zh' ? '城镇新增就业' : 'New urban jobs' });
      await expect(jobs.getByTestId('as-written')).toHaveText('4500人以上');
      await expectAccessible(page);
      await screenshots(page, `district-liangping-${locale}`);

      await page.goto('/districts/520302');
      await expect(page.getByTestId('untargeted-row').filter({ hasText: '359.82' }).first()).toBeVisible();
      await expect(page.getByTestId('trend-chart')).toBeVisible();
      await expectChartMatchesTable(page, 'trend-chart', 'trend-data');
      await expectAccessible(page);
      await screenshots(page, `district-honghuagang-${locale}`);
    });

    test('target page and its source document', async ({ page }) => {
      await page.goto('/districts/520304?year=2025');
      const gdp = page.getByTestId('target-row').filter({ has: page.getByTestId('as-written').getByText('6.5%左右', { exact: true }) }).first();
      await gdp.getByRole('rowheader').getByRole('link').click();
      await expect(page).toHaveURL(/\/targets\/\d+$/);
      await expect(page.getByTestId('verdict-of-record')).toBeVisible();
      await expect(page.getByTestId('excerpt').locator('mark')).toContainText('6.5%左右');
      await expect(page.getByTestId('audit-table')).toContainText(locale === 'zh' ? '新增目标' : 'Target created');
      // Anonymous readers get no action links.
      await expect(page.getByRole('link', { name: locale === 'zh' ? '审核' : 'Review', exact: true })).toHaveCount(0);
      await expectAccessible(page);
      await screenshots(page, `target-${locale}`);

      await page.getByRole('link', { name: locale === 'zh' ? '打开全文' : 'Open the full document' }).click();
      await expect(page).toHaveURL(/\/documents\/\d+#target-\d+$/);
      const anchor = new URL(page.url()).hash;
      await expect(page.locator(anchor)).toBeAttached();
      await page.locator(anchor).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/screenshots/document-${locale}-at-quote.png` });
      await expect(page.locator('mark.quote').first()).toBeVisible();
      expect(await page.locator('mark.quote').count()).toBeGreaterThan(5);
      await expectAccessible(page);
      await screenshots(page, `document-${locale}`);
    });

    test('overview with filters and the indicator page', async ({ page }) => {
      await page.goto('/overview');
      await expect(page.getByTestId('overview-row').first()).toBeVisible();
      await expectAccessible(page);
      await screenshots(page, `overview-${locale}`);

      await page.getByLabel(locale === 'zh' ? '区县名称或拼音' : 'District name or pinyin').fill('liangping');
      await page.getByRole('button', { name: locale === 'zh' ? '筛选' : 'Apply' }).click();
      await expect(page).toHaveURL(/q=liangping/);
      const rows = page.getByTestId('overview-row');
      await expect(rows.first()).toBeVisible();
      for (const row of await rows.all()) await expect(row).toHaveAttribute('data-district', '500155');

      await page.goto('/indicators/gdp?year=2025');
      await expect(page.getByTestId('target-row').first()).toBeVisible();
      await expectChartMatchesTable(page, 'bar-chart', 'bar-data');
      await expectAccessible(page);
      await screenshots(page, `indicator-gdp-${locale}`);
    });
  });
}

test('unknown district, target, document and indicator answer 404', async ({ request }) => {
  for (const path of ['/districts/999999', '/districts/abc', '/targets/99999999', '/documents/99999999', '/indicators/no_such_indicator']) {
    const response = await request.get(`http://127.0.0.1:${E2E_PORT}${path}`);
    expect(response.status(), path).toBe(404);
  }
});
