// Opens every exported file with a real reader and checks the seeded figures.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openScorecard, type Scorecard, type ScorecardRow, scorecardRows } from '@/lib/scorecard/rows';
import { findTargets } from '@/lib/targets/data';
import { executeAction } from '@/lib/actions/define-action';
import { recordOutcome } from '@/lib/outcomes/mutations';
import { makeUser } from '@/tests/fixtures/users';
import { useTestDatabase } from '@/tests/test-database';
import { scorecardCsv } from './csv';
import { scorecardPdf } from './pdf';
import { scorecardXlsx } from './xlsx';

const PAYLOAD = '=HYPERLINK("http://evil.example","点我")';

async function bytes(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

describe('scorecard exports', () => {
  let scorecard: Scorecard;
  let rows: ScorecardRow[];
  let db: Awaited<ReturnType<typeof useTestDatabase>>['db'];

  beforeAll(async () => {
    ({ db } = await useTestDatabase());
    const gdp = await db.target.findFirstOrThrow({ where: { district: { code: '520304' }, year: 2025, indicator: { key: 'gdp' } } });
    await db.target.update({ where: { id: gdp.id }, data: { responsibleUnit: PAYLOAD } });
    scorecard = await openScorecard({ district: '520304', year: 2025 });
    rows = await scorecardRows(scorecard);
  });

  it('builds rows with the verdict from findTargets and provenance', () => {
    const gdp = rows.find((row) => row.indicatorKey === 'gdp');
    expect(gdp).toMatchObject({ districtZh: '播州区', asWritten: '6.5%左右', verdictCode: 'pending', verdictZh: '待更新', qualifierZh: '左右' });
    expect(scorecard.provenance.targetCount).toBe(rows.length);
    expect(scorecard.provenance.latestAuditId).not.toBeNull();
  });

  it('counts provenance in SQL the way the rows see it, every seeded year', async () => {
    // The seeds hold targets and outcomes of different years; give one target two revisions.
    const liangping = await db.district.findUniqueOrThrow({ where: { code: '500155' } });
    const staff = await makeUser(db, 'exporter', 'staff', [liangping.id]);
    const target = await db.target.findFirstOrThrow({ where: { districtId: liangping.id, year: 2024, indicator: { key: 'gdp' } } });
    const newDoc = { documentId: 'new', newKind: 'statistical_bulletin', newTitle: '测试夹具 Test fixture', newText: '测试夹具（非官方数据）：2024年全区地区生产总值同比增长7.2%。' };
    for (const [baseRevision, vintage] of [[0, 'preliminary'], [1, 'final']] as const) {
      const result = await executeAction(recordOutcome, { db, user: staff }, { targetId: target.id, baseRevision, value: '7.2', unit: '%', vintage, quote: '地区生产总值同比增长7.2%', ...newDoc });
      expect(result.ok).toBe(true);
    }
    const years = (await db.target.groupBy({ by: ['year'] })).map((row) => row.year);
    let outcomes = 0;
    for (const year of years) {
      const scorecard = await openScorecard({ year });
      const targets = await findTargets({ years: [year] });
      expect(scorecard.provenance.targetCount, String(year)).toBe(targets.length);
      const recorded = targets.flatMap((target) => target.outcomes);
      expect(scorecard.provenance.outcomeCount, String(year)).toBe(recorded.length);
      if (recorded.length > 0) expect(scorecard.provenance.dataUpdatedAt?.getTime()).toBeGreaterThanOrEqual(Math.max(...recorded.map((outcome) => outcome.recordedAt.getTime())));
      outcomes += recorded.length;
    }
    expect(outcomes).toBe(2);
  });

  it('reads a one-year scorecard in chunks of districts, in scorecard order, the same rows as one read', async () => {
    const chunked = await openScorecard({ year: 2024 }, new Date(), 1);
    const sizes: number[] = [];
    const all: ScorecardRow[] = [];
    for await (const chunk of chunked.chunks()) {
      sizes.push(chunk.length);
      all.push(...chunk);
    }
    expect(sizes.length).toBeGreaterThan(1);
    const whole = await scorecardRows(await openScorecard({ year: 2024 }, new Date(), 1000));
    expect(all.map((row) => row.targetId)).toEqual(whole.map((row) => row.targetId));
    expect(all.length).toBe(chunked.provenance.targetCount);
    const order = all.map((row) => [row.districtCode, row.indicatorKey]);
    expect(new Set(order.map(([code]) => code)).size).toBe(sizes.length);
  });

  it('writes the same CSV rows whatever the chunk size', async () => {
    const at = new Date('2026-01-01T00:00:00Z');
    const [small, large] = await Promise.all([1, 1000].map(async (size) => (await bytes(scorecardCsv(await openScorecard({ year: 2024 }, at, size), 'zh'))).toString()));
    expect(small).toBe(large);
    expect(small?.split('\n').length).toBeGreaterThan(5);
  });

  it('writes CSV with a BOM, the seeded row, and neutralised formulas', async () => {
    const buffer = await bytes(scorecardCsv(scorecard, 'zh'));
    expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(buffer, { bom: true, relax_column_count: true }) as string[][];
    expect(records[0]?.[0]).toMatch(/^# 播州区2025年主要预期目标落实情况 — 生成时间/);
    const header = records[1] ?? [];
    const rows = records.slice(2).map((record) => Object.fromEntries(header.map((name, index) => [name, record[index] ?? ''])));
    const gdp = rows.find((row) => row['指标'] === '地区生产总值');
    expect(gdp).toMatchObject({ 区县: '播州区', '目标（原文）': '6.5%左右', 达标情况: '待更新', 达标代码: 'pending', 责任单位: `'${PAYLOAD}` });
  });

  it('writes XLSX with a frozen header, coloured verdict words and a rules sheet', async () => {
    const buffer = await bytes(scorecardXlsx(scorecard, 'zh'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('目标任务落实情况');
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    const header = (sheet.getRow(3).values as unknown[]).map(String);
    const column = (name: string) => header.indexOf(name);
    let found = false;
    sheet.eachRow((row, number) => {
      if (number <= 3 || row.getCell(column('指标')).value !== '地区生产总值') return;
      found = true;
      expect(row.getCell(column('目标（原文）')).value).toBe('6.5%左右');
      const verdict = row.getCell(column('达标情况'));
      expect(verdict.value).toBe('待更新');
      expect(verdict.fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFD9D9D9' } });
      const unit = row.getCell(column('责任单位'));
      expect(unit.type).toBe(ExcelJS.ValueType.String);
      expect(unit.formula).toBeUndefined();
      expect(unit.value).toBe(PAYLOAD);
    });
    expect(found).toBe(true);
    expect(sheet.getColumn(column('说明')).width).toBeGreaterThan(30);
    const rules = workbook.getWorksheet('判定规则');
    const rulesText: string[] = [];
    rules?.eachRow((row) => rulesText.push((row.values as unknown[]).join(' ')));
    expect(rulesText.join('\n')).toContain('0.5 个百分点');
    expect(rulesText.join('\n')).toContain('目标值的 5%');
  });

  it('writes an A4 PDF whose text pdftotext reads back in Chinese', async () => {
    const buffer = await bytes(scorecardPdf(scorecard, 'zh'));
    expect(buffer.subarray(0, 5).toString()).toBe('%PDF-');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-')), 'scorecard.pdf');
    fs.writeFileSync(file, buffer);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('播州区');
    expect(text).toContain('地区生产总值');
    expect(text).toContain('待更新');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841.89 x 595.28/);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toContain('NotoSansSC');
  });

  it('headings follow the language', async () => {
    const buffer = await bytes(scorecardCsv(scorecard, 'en'));
    const records = parse(buffer, { bom: true, relax_column_count: true }) as string[][];
    expect(records[1]).toContain('Verdict');
    expect(records.some((record) => record.includes('pending'))).toBe(true);
  });
});
