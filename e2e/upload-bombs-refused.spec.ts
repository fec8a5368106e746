import { expect, test } from '@playwright/test';
import { PDF_FONT } from '@/lib/export/pdf';
import { makePdf } from '@/tests/fixtures/pdf';
import { pdfBomb, xlsxBomb } from '@/tests/fixtures/bombs';
import { signInAsAdmin } from './support/auth';

// The production server reads uploaded PDFs in its worker thread (bundled by Next.js)
// and refuses decompression bombs with a message, quickly, and keeps serving.
// Test text only, not an official figure.
const LINE = '测试文本 test text：今年主要预期目标是地区生产总值增长6%左右。';

test('a text PDF is read in the worker thread; PDF and XLSX bombs are refused with a message and the site keeps serving', async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsAdmin(page);

  const fill = async () => {
    await page.goto('/documents/new');
    await page.getByLabel('区县').selectOption({ label: '章贡区' });
    await page.getByLabel('报告年份').fill('2026');
    await page.getByLabel('标题').fill('测试文本 / test text');
  };

  await fill();
  await page.getByLabel('或上传文件').setInputFiles({ name: 'bomb.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfBomb(1024)) });
  const started = Date.now();
  await page.getByRole('button', { name: '保存并提取' }).click();
  await expect(page.locator('#field-file-error')).toHaveText('文件解压后超过允许的大小（异常构造的文件），已拒绝，未保存任何内容。');
  expect(Date.now() - started).toBeLessThan(5_000);

  await fill();
  const pdf = await makePdf((doc) => doc.font(PDF_FONT).fontSize(12).text(LINE));
  await page.getByLabel('或上传文件').setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.getByRole('button', { name: '保存并提取' }).click();
  await expect(page).toHaveURL(/\/documents\/\d+\/extract/);
  await expect(page.getByTestId('document-text')).toContainText('地区生产总值增长6%左右');

  await page.goto('/import');
  await page.locator('input[type="file"]').setInputFiles({ name: 'bomb.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(xlsxBomb(300)) });
  await page.getByRole('button', { name: '预览' }).click();
  await expect(page.getByText('文件无法读取：表格解压后超过 40 MB')).toBeVisible();
  expect((await page.request.get('/api/v1/districts')).status()).toBe(200);
});
