import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signInAsAdmin } from './support/auth';

// A copy of the 主要预期目标 paragraph of a seed report (章贡区 2024), labelled as test
// text and filed under a district/year with no targets (章贡区 2026): not an official claim.
const SEED = fs.readFileSync(path.join(process.cwd(), 'prisma/seed/reports/004_8863968f429ffd6c.txt'), 'utf8');
const PARAGRAPH = SEED.split('\n').find((line) => line.includes('主要预期目标是'))!.trim();
const TEXT = `测试文本 / test text（端到端测试，非官方）\n${PARAGRAPH}`;

test('staff paste a work report, review the proposals, accept two, reject one, and see them on the target page', async ({ page, context }) => {
  test.setTimeout(120_000);
  await signInAsAdmin(page);
  await page.goto('/documents/new');
  await expect(page.getByRole('heading', { level: 1, name: '录入工作报告' })).toBeVisible();
  // Nothing pasted or uploaded: refused next to the field, nothing stored.
  await page.getByLabel('区县').selectOption({ label: '章贡区' });
  await page.getByLabel('报告年份').fill('2026');
  await page.getByLabel('标题').fill('测试文本 / test text');
  await page.getByRole('button', { name: '保存并提取' }).click();
  await expect(page.locator('#field-text-error')).toHaveText('请粘贴正文或上传文件。');
  await expect(page.getByLabel('报告正文')).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: 'test-results/screenshots/ingest-new-error-zh.png', fullPage: true });

  // A file over the upload limit: refused in the browser before anything is sent (the server would never see it).
  let posted = false;
  const watch = (sent: { method: () => string }) => { if (sent.method() === 'POST') posted = true; };
  page.on('request', watch);
  await page.getByLabel('或上传文件').setInputFiles({ name: 'report.txt', mimeType: 'text/plain', buffer: Buffer.alloc(6 * 1024 * 1024, 'a') });
  await page.getByRole('button', { name: '保存并提取' }).click();
  await expect(page.getByTestId('file-too-large')).toHaveText('文件过大：不超过 5 MB（PDF 不超过 500 页）。');
  expect(posted).toBe(false);
  await page.screenshot({ path: 'test-results/screenshots/ingest-new-too-large-zh.png', fullPage: true });
  page.off('request', watch);
  await page.getByLabel('或上传文件').setInputFiles([]);

  await page.getByLabel('报告正文').fill(TEXT);
  await page.getByRole('button', { name: '保存并提取' }).click();
  await expect(page).toHaveURL(/\/documents\/\d+\/extract$/);
  await expect(page.getByRole('heading', { level: 1, name: '审核提取结果' })).toBeVisible();
  const proposals = page.getByTestId('proposal');
  await expect(proposals).toHaveCount(11);
  await expect(page.getByTestId('document-text').locator('mark')).not.toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/ingest-review-zh.png', fullPage: true });

  const gdp = page.locator('[data-testid="proposal"][data-indicator="gdp"]');
  await gdp.getByRole('button', { name: '接受' }).click();
  await expect(gdp).toHaveAttribute('data-status', 'recorded');
  const retail = page.locator('[data-testid="proposal"][data-indicator="retail_sales"]');
  await retail.getByText('修改后接受').click();
  await retail.getByLabel('数值', { exact: true }).fill('6.8');
  await retail.getByRole('button', { name: '接受' }).click();
  await expect(retail).toHaveAttribute('data-status', 'recorded');
  const cpi = page.locator('[data-testid="proposal"][data-indicator="cpi"]');
  await cpi.getByRole('button', { name: '驳回' }).click();
  await expect(cpi).toHaveAttribute('data-status', 'rejected');
  await page.screenshot({ path: 'test-results/screenshots/ingest-reviewed-zh.png', fullPage: true });

  // The same text again: the stored document is reopened, nothing can be accepted twice.
  const reviewUrl = page.url();
  await page.goto('/documents/new');
  await page.getByLabel('区县').selectOption({ label: '章贡区' });
  await page.getByLabel('报告年份').fill('2026');
  await page.getByLabel('标题').fill('测试文本 / test text');
  await page.getByLabel('报告正文').fill(TEXT);
  await page.getByRole('button', { name: '保存并提取' }).click();
  await expect(page.getByTestId('existing-document')).toBeVisible();
  expect(page.url().split('?')[0]).toBe(reviewUrl);
  await expect(page.locator('[data-testid="proposal"][data-status="recorded"]')).toHaveCount(2);
  await expect(gdp.getByRole('button', { name: '接受' })).toHaveCount(0);

  await gdp.getByRole('link', { name: '查看已录入的目标' }).click();
  await expect(page).toHaveURL(/\/targets\/\d+$/);
  await expect(page.getByText('地区生产总值增长6.2%左右').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/ingest-target-zh.png', fullPage: true });

  await context.addCookies([{ name: 'locale', value: 'en', url: new URL('/', page.url()).toString() }]);
  await page.goto(reviewUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Review extracted figures' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/ingest-review-en.png', fullPage: true });
  await page.goto('/documents/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Add a work report' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/ingest-new-en.png', fullPage: true });
});
