import fs from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { createUser, replaceTemporaryPassword, signInAs, signInAsAdmin } from './support/auth';

// Made-up source text for this test only, titled as test text: not an official figure.
const SOURCE_TITLE = '测试文本 / test text（端到端导入测试，非官方数据）';
const SOURCE_TEXT = '【测试文本 / test text，非官方数据】梁平区2024年规模以上工业增加值增长10.5%（端到端导入测试用语句）。';
const QUOTE = '规模以上工业增加值增长10.5%';

test.describe.configure({ mode: 'serial' });

async function useLocale(context: BrowserContext, locale: 'zh' | 'en') {
  await context.addCookies([{ name: 'locale', value: locale, domain: '127.0.0.1', path: '/' }]);
}

type UploadFile = { name: string; mimeType: string; buffer: Buffer };

function csvFile(rows: string[][]): UploadFile {
  return { name: 'outcomes.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${stringify(rows)}`) };
}

async function submit(page: Page, button: '预览' | '导入' | 'Preview' | 'Import', file?: UploadFile) {
  if (file) await page.getByLabel(/^(文件|File)$/).setInputFiles(file);
  // Wait for the server action's answer: a repeated message would not show that it ran.
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === 'POST' && Boolean(response.request().headers()['next-action'])),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  await expect(page.getByRole('button', { name: button, exact: true })).toBeEnabled();
}

test('staff import outcomes: template, dry run with an error, all-or-nothing commit, re-import changes nothing', async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await browser.newPage();
  await signInAsAdmin(admin);
  await createUser(admin, { username: 'import-staff', displayName: '梁平导入员', role: '工作人员', password: 'temporary-pass-9', district: '梁平区' });

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInAs(staff, 'import-staff', 'temporary-pass-9');
  await replaceTemporaryPassword(staff, 'temporary-pass-9', 'import-staff-password');
  await staff.getByRole('navigation').getByRole('link', { name: '批量导入' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: '批量导入完成情况' })).toBeVisible();

  // The template: the columns the importer reads.
  const [templateDownload] = await Promise.all([staff.waitForEvent('download'), staff.getByRole('link', { name: '下载模板（CSV）' }).click()]);
  const templatePath = test.info().outputPath('template.csv');
  await templateDownload.saveAs(templatePath);
  const [header, example] = parse(fs.readFileSync(templatePath), { bom: true }) as string[][];
  expect(header).toEqual(['district_code', 'indicator_key', 'year', 'measure', 'value', 'unit', 'vintage', 'source_document_id', 'source_title', 'source_text', 'quote', 'note', 'period']);
  expect(example).toHaveLength(header!.length);

  const row = (values: Record<string, string>) => header!.map((column) => values[column] ?? '');
  const good = row({ district_code: '500155', indicator_key: 'industrial_value_added', year: '2024', measure: 'growth', value: '10.5', unit: '%', vintage: 'preliminary', source_title: SOURCE_TITLE, source_text: SOURCE_TEXT, quote: QUOTE, note: '测试文本 / test text' });
  const bad = row({ district_code: '500155', indicator_key: 'no_such_indicator', year: '2024', measure: 'growth', value: '3', unit: '%', vintage: 'estimate', source_title: SOURCE_TITLE, source_text: SOURCE_TEXT, quote: QUOTE });

  // Dry run of a file with one wrong row: the error is shown, nothing is written.
  await submit(staff, '预览', csvFile([header!, good, bad]));
  const rows = staff.getByTestId('import-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('将新增');
  await expect(rows.nth(1)).toContainText('错误');
  await expect(rows.nth(1)).toContainText('未知指标 no_such_indicator');
  await expect(staff.locator('#import-status')).toHaveText('有错误的行，未导入任何数据。');
  await staff.screenshot({ path: 'test-results/screenshots/import-preview-error-zh.png', fullPage: true });
  // Committing the same file, still chosen after the preview, is refused as a whole.
  expect(await staff.getByLabel('文件').evaluate((input: HTMLInputElement) => input.files?.length)).toBe(1);
  await submit(staff, '导入');
  await expect(staff.locator('#import-status')).toHaveText('有错误的行，未导入任何数据。');

  const districtRow = async () => {
    await staff.goto('/districts/500155?year=2024');
    return staff.getByTestId('target-row').and(staff.locator('[data-indicator="industrial_value_added"]'));
  };
  let target = await districtRow();
  await expect(target.getByTestId('actual')).toHaveText('—');
  await expect(target.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'pending');

  // The corrected file: preview says will create, commit writes it.
  await staff.goto('/import');
  await submit(staff, '预览', csvFile([header!, good]));
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('将新增');
  await submit(staff, '导入');
  await expect(staff.locator('#import-status')).toHaveText('已导入：新增 1 条，修订 0 条，无变化 0 条。');
  await expect(rows.first()).toContainText('已新增');
  await expect(rows.first()).not.toContainText('将新增');

  target = await districtRow();
  await expect(target.getByTestId('actual-value')).toHaveText('10.5');
  await expect(target.locator('[data-verdict]').first()).toHaveAttribute('data-verdict', /^(met|exceeded)$/);
  await target.getByRole('link', { name: '规模以上工业增加值', exact: true }).click();
  await expect(staff).toHaveURL(/\/targets\/\d+$/);
  const targetUrl = staff.url();
  await expect(staff.getByTestId('verdict-of-record').locator('[data-verdict]').first()).toHaveAttribute('data-verdict', /^(met|exceeded)$/);
  await expect(staff.getByTestId('revisions-table').locator('tbody tr')).toHaveCount(1);
  await expect(staff.getByTestId('revisions-table')).toContainText(QUOTE);
  await expect(staff.getByTestId('revisions-table')).toContainText(SOURCE_TITLE);

  // Importing the same file again changes nothing.
  await staff.goto('/import');
  await submit(staff, '预览', csvFile([header!, good]));
  await expect(rows.first()).toContainText('无变化');
  await submit(staff, '导入');
  await expect(staff.locator('#import-status')).toHaveText('已导入：新增 0 条，修订 0 条，无变化 1 条。');
  await staff.goto(targetUrl);
  await expect(staff.getByTestId('revisions-table').locator('tbody tr')).toHaveCount(1);

  // The source document is stored once, under its test title.
  await admin.goto('/admin/audit?entity=source_document');
  await expect(admin.getByTestId('audit-row').filter({ hasText: '新增原文' }).filter({ hasText: 'import-staff' })).toHaveCount(1);

  // Screenshots, zh and en.
  await staff.goto('/import');
  await staff.screenshot({ path: 'test-results/screenshots/import-zh.png', fullPage: true });
  await useLocale(staffContext, 'en');
  await staff.goto('/import');
  await expect(staff.getByRole('heading', { level: 1, name: 'Bulk import of outcomes' })).toBeVisible();
  await submit(staff, 'Preview', csvFile([header!, good, bad]));
  await expect(rows.nth(1)).toContainText('unknown indicator no_such_indicator');
  await staff.screenshot({ path: 'test-results/screenshots/import-preview-error-en.png', fullPage: true });
  await staff.goto('/import');
  await staff.screenshot({ path: 'test-results/screenshots/import-en.png', fullPage: true });
  await staffContext.close();
  await admin.close();
});

test('an unreadable file is refused with what was wrong and what to do, in Chinese and English, and nothing is imported', async ({ page, context, request }) => {
  await signInAsAdmin(page);
  await page.goto('/import');
  const header = 'district_code,indicator_key,year,measure,value,unit,vintage,source_document_id,source_title,source_text,quote,note';
  // A valid row for Liangping 2023 GDP, saved by Excel as GBK ("CSV (逗号分隔)"): 测试文本：地区生产总值增长6% / 地区生产总值增长6%.
  const gbk = Buffer.concat([
    Buffer.from(`${header}\r\n500155,gdp,2023,growth,6,%,estimate,,test text GBK,`),
    Buffer.from('b2e2cad4cec4b1bea3bab5d8c7f8c9fab2fad7dcd6b5d4f6b3a43625', 'hex'), Buffer.from(','),
    Buffer.from('b5d8c7f8c9fab2fad7dcd6b5d4f6b3a43625', 'hex'), Buffer.from(',\r\n'),
  ]);
  const outcomes = async () => (await (await request.get('/api/v1/outcomes?district=500155&indicator=gdp&year=2023')).json()).data.length as number;
  const before = await outcomes();
  const status = page.locator('#import-status');
  const file = page.getByLabel('文件');

  await submit(page, '导入', { name: 'outcomes.csv', mimeType: 'text/csv', buffer: gbk });
  await expect(status).toContainText('文件无法读取：CSV 不是 UTF-8 编码');
  await expect(status).toContainText('CSV UTF-8（逗号分隔）');
  await expect(file).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('import-row')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/import-unreadable-gbk-zh.png', fullPage: true });

  await submit(page, '预览', { name: 'outcomes.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('PK\u0003\u0004 not really a workbook') });
  await expect(status).toContainText('文件无法读取：不是有效的 XLSX 文件');
  await submit(page, '预览', { name: 'outcomes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
  await expect(status).toContainText('只接受 .csv 或 .xlsx 文件');

  // Over the upload limit: refused in the browser (the server would never see so large a body), nothing sent.
  let posted = false;
  page.on('request', (sent) => { if (sent.method() === 'POST') posted = true; });
  await file.setInputFiles({ name: 'outcomes.csv', mimeType: 'text/csv', buffer: Buffer.alloc(6 * 1024 * 1024, 'a') });
  await page.getByRole('button', { name: '预览', exact: true }).click();
  await expect(status).toContainText('文件无法读取：文件超过 5 MB');
  await expect(file).toHaveAttribute('aria-invalid', 'true');
  expect(posted).toBe(false);

  // A readable file afterwards clears the refusal.
  await submit(page, '预览', { name: 'outcomes.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\n`) });
  await expect(status).toHaveText('文件只有表头，没有数据行，未导入任何数据。请在表头下每行填写一个数据。');
  await expect(file).not.toHaveAttribute('aria-invalid');

  await context.addCookies([{ name: 'locale', value: 'en', domain: '127.0.0.1', path: '/' }]);
  await page.goto('/import');
  await submit(page, 'Import', { name: 'outcomes.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
  await expect(status).toContainText('The file could not be read: it is empty, with no header row. Download the template');
  await submit(page, 'Import', { name: 'outcomes.csv', mimeType: 'text/csv', buffer: gbk });
  await expect(status).toContainText('the CSV is not UTF-8 encoded (probably GBK/GB2312 or UTF-16)');
  await page.screenshot({ path: 'test-results/screenshots/import-unreadable-gbk-en.png', fullPage: true });

  expect(await outcomes()).toBe(before);
});

test('an admin creates an API token, a program reads with it, and a revoked token is refused', async ({ page, context, playwright }) => {
  test.setTimeout(120_000);
  await signInAsAdmin(page);
  await page.getByRole('link', { name: 'API 令牌' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'API 令牌' })).toBeVisible();
  await page.getByLabel('名称').fill('e2e 测试程序');
  await page.getByLabel('可读取范围').selectOption('read_all');
  await page.getByRole('button', { name: '创建令牌' }).click();
  const token = (await page.getByTestId('new-token').textContent())?.trim() ?? '';
  expect(token.length).toBeGreaterThan(20);
  const tokenRow = page.getByTestId('token-row').filter({ hasText: 'e2e 测试程序' });
  await expect(tokenRow).toContainText('有效');
  await page.screenshot({ path: 'test-results/screenshots/admin-api-tokens-zh.png', fullPage: true });

  // A program: no cookies, only the token.
  const program = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const authorized = { headers: { Authorization: `Bearer ${token}` } };
  const ok = await program.get('/api/v1/targets', authorized);
  expect(ok.status()).toBe(200);
  expect(Array.isArray((await ok.json()).data)).toBe(true);
  expect((await program.get('/api/v1/targets', { headers: { Authorization: `Bearer ${token}x` } })).status()).toBe(401);

  await page.reload();
  await tokenRow.getByRole('button', { name: '撤销' }).click();
  await expect(tokenRow).toContainText('已撤销');
  await expect(tokenRow.getByRole('button', { name: '撤销' })).toHaveCount(0);
  const refused = await program.get('/api/v1/targets', authorized);
  expect(refused.status()).toBe(401);
  await program.dispose();

  await context.addCookies([{ name: 'locale', value: 'en', domain: '127.0.0.1', path: '/' }]);
  await page.goto('/admin');
  await page.getByRole('link', { name: 'API tokens' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'API tokens' })).toBeVisible();
  await page.getByLabel('Name').fill('e2e program (en)');
  await page.getByRole('button', { name: 'Create token' }).click();
  await expect(page.getByTestId('new-token')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/admin-api-tokens-en.png', fullPage: true });
});
