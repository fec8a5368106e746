import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

// The Bozhou 2025 GDP target as the seed has it: no 2025 outcome yet, so pending.
const GDP = { indicator: '地区生产总值', asWritten: '6.5%左右', verdict: '待更新' };

async function download(page: Page, linkName: string | RegExp, file: string): Promise<{ path: string; name: string }> {
  const [event] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  const path = test.info().outputPath(file);
  await event.saveAs(path);
  return { path, name: event.suggestedFilename() };
}

/** The rows after the header row that starts with `firstHeading`, as objects keyed by heading. */
function rowsUnder(table: string[][], firstHeading: string): Record<string, string>[] {
  const at = table.findIndex((row) => row[0] === firstHeading);
  expect(at, `a header row starting with ${firstHeading}`).toBeGreaterThanOrEqual(0);
  const header = table[at]!;
  return table.slice(at + 1).map((row) => Object.fromEntries(header.map((heading, index) => [heading, row[index] ?? ''])));
}

test('a reviewer downloads the Bozhou 2025 scorecard as CSV, XLSX and PDF and reads them', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/districts/520304?year=2025');
  await expect(page.getByRole('heading', { level: 1, name: '播州区' })).toBeVisible();

  const csv = await download(page, '下载2025年成绩单 CSV', 'scorecard.csv');
  expect(csv.name).toMatch(/\.csv$/);
  const csvBytes = fs.readFileSync(csv.path);
  expect(csvBytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const csvTable = parse(csvBytes, { bom: true }) as string[][];
  expect(csvTable[0]?.[0], 'the header is the first row').toBe('序号');
  const csvRows = rowsUnder(csvTable, '序号');
  const csvGdp = csvRows.filter((row) => row['指标'] === GDP.indicator && row['年度'] === '2025');
  expect(csvGdp).toHaveLength(1);
  expect(csvGdp[0]).toMatchObject({ 区县: '播州区', 行政区划代码: '520304', 目标原文: expect.stringContaining(GDP.asWritten), '目标（原文）': GDP.asWritten, 达标情况: GDP.verdict, 计算判定: GDP.verdict });

  const xlsx = await download(page, '下载2025年成绩单 XLSX', 'scorecard.xlsx');
  expect(xlsx.name).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx.path);
  const sheet = workbook.worksheets[0]!;
  const table: string[][] = [];
  sheet.eachRow((row) => table.push(Array.from({ length: sheet.columnCount }, (_, index) => row.getCell(index + 1).text)));
  const xlsxGdp = rowsUnder(table, '序号').filter((row) => row['指标'] === GDP.indicator && row['年度'] === '2025');
  expect(xlsxGdp).toHaveLength(1);
  expect(xlsxGdp[0]).toMatchObject({ 区县: '播州区', '目标（原文）': GDP.asWritten, 达标情况: GDP.verdict });

  const pdf = await download(page, '下载2025年成绩单 PDF', 'scorecard.pdf');
  expect(pdf.name).toMatch(/\.pdf$/);
  expect(fs.readFileSync(pdf.path).subarray(0, 5).toString()).toBe('%PDF-');
  const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf.path, '-'], { encoding: 'utf8' });
  expect(pdfText).toContain('播州区');
  expect(pdfText).toContain(GDP.indicator);
  expect(pdfText).toContain(GDP.asWritten);
  expect(pdfText).toContain(GDP.verdict);
});

test('the district links follow the page language', async ({ page, context }) => {
  await context.addCookies([{ name: 'locale', value: 'en', domain: '127.0.0.1', path: '/' }]);
  await page.goto('/districts/520304?year=2025');
  const csv = await download(page, 'Download the scorecard for 2025 as CSV', 'scorecard-en.csv');
  const rows = rowsUnder(parse(fs.readFileSync(csv.path), { bom: true }) as string[][], 'No.');
  const gdp = rows.filter((row) => row['Target (as written)'] === GDP.asWritten && row.Year === '2025');
  expect(gdp).toHaveLength(1);
  expect(gdp[0]).toMatchObject({ District: 'Bozhou District', Indicator: 'Gross regional product (GDP)', Status: 'Pending', 'Computed verdict': 'Pending' });
});

test('the overview and indicator pages link to working scorecard downloads', async ({ page, request }) => {
  const pages = [
    // Every year with targets (2025, 2024, …), each in three formats.
    { path: '/overview?year=2025', formats: ['csv', 'xlsx', 'pdf'], count: 6 },
    { path: '/indicators/gdp?year=2025', formats: ['csv', 'xlsx', 'pdf'], count: 3 },
    // The year shown and all years of the district.
    { path: '/districts/520304?year=2025', formats: ['csv', 'xlsx', 'pdf'], count: 6 },
  ];
  const contentTypes: Record<string, RegExp> = { csv: /^text\/csv/, xlsx: /spreadsheetml\.sheet/, pdf: /^application\/pdf/ };
  for (const { path, formats, count } of pages) {
    await page.goto(path);
    const links = page.locator('a[href^="/api/v1/scorecards"]');
    await expect(links.first()).toBeVisible();
    // Other specs may add a year of targets meanwhile: at least these links, three formats each.
    expect(await links.count(), path).toBeGreaterThanOrEqual(count);
    expect((await links.count()) % formats.length, path).toBe(0);
    for (const href of await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!))) {
      const format = new URL(href, 'http://x').searchParams.get('format')!;
      expect(formats).toContain(format);
      const response = await request.get(href);
      expect(response.status(), `${path} → ${href}`).toBe(200);
      expect(response.headers()['content-type'], href).toMatch(contentTypes[format]!);
      expect(response.headers()['content-disposition'], href).toContain('attachment');
      expect((await response.body()).length, href).toBeGreaterThan(100);
    }
  }
});
