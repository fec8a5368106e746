// One file of everything: every district of every year, as the overview's 全部年份 offers
// it. Read through the real API handler and real readers (csv-parse, ExcelJS, pdftotext)
// on the seeded database; the rows must equal the one-year scorecards put together,
// newest year first, read one year and a few districts at a time.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { scorecardsEndpoint, serveApi } from '@/lib/api/serve';
import { openScorecard, type ScorecardRow, scorecardRows } from '@/lib/scorecard/rows';
import { useTestDatabase } from '@/tests/test-database';
import { scorecardPdf } from './pdf';

async function bytes(stream: Readable | ReadableStream | null): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

const call = (url: string) => serveApi(new Request(`http://localhost${url}`), () => Promise.resolve(null), scorecardsEndpoint);

describe('the all-years, all-districts scorecard', () => {
  let years: number[];
  let perYear: ScorecardRow[];

  beforeAll(async () => {
    const { db } = await useTestDatabase();
    years = (await db.target.groupBy({ by: ['year'], orderBy: { year: 'desc' } })).map((row) => row.year);
    perYear = [];
    for (const year of years) perYear.push(...(await scorecardRows(await openScorecard({ year }))));
  });

  it('holds every year, newest first, in the one-year scorecards\' order, read one year and at most N districts at a time', async () => {
    expect(years.length).toBeGreaterThan(1);
    const scorecard = await openScorecard({}, new Date(), 2);
    expect(scorecard.title.zh).toBe('各区县历年主要预期目标落实情况');
    expect(scorecard.provenance.targetCount).toBe(perYear.length);
    const read: ScorecardRow[] = [];
    for await (const chunk of scorecard.chunks()) {
      expect(new Set(chunk.map((row) => row.year)).size).toBe(1);
      expect(new Set(chunk.map((row) => row.districtCode)).size).toBeLessThanOrEqual(2);
      read.push(...chunk);
    }
    expect(read.map((row) => row.targetId)).toEqual(perYear.map((row) => row.targetId));
    expect(new Set(read.map((row) => row.year))).toEqual(new Set(years));
  });

  it('is served by the API as CSV, XLSX and PDF without district or year', async () => {
    const csv = await call('/api/v1/scorecards?format=csv');
    expect(csv.status).toBe(200);
    expect(decodeURIComponent(csv.headers.get('content-disposition') ?? '')).toContain('各区县历年主要预期目标落实情况.csv');
    const records = parse(await bytes(csv.body), { bom: true }) as string[][];
    const header = records[0]!;
    const year = header.indexOf('年度');
    expect(year).toBeGreaterThan(0);
    expect(records.slice(1).map((record) => Number(record[year]))).toEqual(perYear.map((row) => row.year));
    expect(records.slice(1).map((record) => record[header.indexOf('序号')])).toEqual(perYear.map((_, index) => String(index + 1)));

    const xlsx = await call('/api/v1/scorecards?format=xlsx&lang=en');
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytes(xlsx.body)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('all districts: main targets and outcomes, all years');
    const columns = (sheet.getRow(3).values as unknown[]).map(String);
    const yearCells = perYear.map((_, index) => sheet.getRow(4 + index).getCell(columns.indexOf('Year')).value);
    expect(yearCells).toEqual(perYear.map((row) => row.year));
    // The per-district summary sheet has one line per district and year, newest year first.
    const summary = workbook.worksheets[1]!;
    const summaryYears: number[] = [];
    summary.eachRow((row, index) => { if (index > 2) summaryYears.push(Number(row.getCell(3).value)); });
    expect(summaryYears).toEqual([...summaryYears].sort((a, b) => b - a));
    expect(new Set(summaryYears)).toEqual(new Set(years));

    const json = await call('/api/v1/scorecards?limit=3');
    expect(json.status).toBe(200);
    expect(((await json.json()) as { data: unknown[] }).data).toHaveLength(3);
  });

  it('writes the PDF as one block per district and year, years newest first', async () => {
    const buffer = await bytes(scorecardPdf(await openScorecard({}), 'zh'));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-all-')), 'all.pdf');
    fs.writeFileSync(file, buffer);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    // Each block's heading: "播州区 · 2025年" (its summary follows it in the bar).
    const blocks = [...text.matchAll(/ · (\d{4})年/g)].map((match) => Number(match[1]));
    const groups = new Set(perYear.map((row) => `${row.districtCode}:${row.year}`));
    expect(blocks).toHaveLength(groups.size);
    expect(blocks).toEqual([...blocks].sort((a, b) => b - a));
  });

  it('keeps no per-row text layout in the PDF writer (pdfkit\'s layout cache held every Chinese cell until the end)', async () => {
    const stream = scorecardPdf(await openScorecard({}), 'zh');
    await bytes(stream);
    // Measured on 180k synthetic rows: with the cache the writer ran out of a 192 MB heap.
    const fonts = Object.values((stream as unknown as { _fontFamilies: Record<string, { layoutCache?: object }> })._fontFamilies);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font.layoutCache).toBeUndefined();
  });
});
