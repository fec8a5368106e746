// The XLSX scorecard's 分区县汇总 sheet, with a period chosen: after the final statuses, one
// column per pace verdict (达到序时进度 … 待填报) counted per district and year. In-year figures
// are recorded for two districts through the one write path (which stores their pace
// verdicts); the sheet read back must agree with pace_verdict counted by SQL here.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { scorecardXlsx } from '@/lib/export/xlsx';
import { appendOutcomeRevisions } from '@/lib/outcomes/append-revisions';
import { openScorecard } from '@/lib/scorecard/rows';
import { PACE_CODES, type PaceCode } from '@/lib/verdict/pace';
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();
const YEAR = 2024;
const TEXT = '测试夹具（非官方数据）：上半年地区生产总值同比增长3.1%；另一区上半年增长9.9%。';
const PACE_HEADINGS = ['达到序时进度（上半年）', '未达到序时进度（上半年）', '已完成（上半年）', '滞后（上半年）', '待填报（上半年）', '无法判定（上半年）'];

async function workbookOf(stream: Readable): Promise<ExcelJS.Workbook> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return workbook;
}

const rowsOf = (sheet: ExcelJS.Worksheet) => [...Array(sheet.rowCount).keys()].map((index) => (sheet.getRow(index + 1).values as unknown[]).slice(1));

/** Pace counts per district name for the year and period, straight from the table: stored codes, and 待填报 for targets without a row. */
async function countedBySql(period: number): Promise<Map<string, Record<PaceCode, number>>> {
  const rows = await db.$queryRawUnsafe<{ name: string; code: string; n: number }[]>(`
    SELECT d.name_zh AS name, coalesce(p.code::text, 'pending') AS code, count(*)::int AS n
    FROM target t JOIN district d ON d.id = t.district_id
    LEFT JOIN pace_verdict p ON p.target_id = t.id AND p.period_months = $2
    WHERE t.year = $1 GROUP BY 1, 2`, YEAR, period);
  const byDistrict = new Map<string, Record<PaceCode, number>>();
  for (const row of rows) {
    const counts = byDistrict.get(row.name) ?? (Object.fromEntries(PACE_CODES.map((code) => [code, 0])) as Record<PaceCode, number>);
    counts[row.code as PaceCode] += row.n;
    byDistrict.set(row.name, counts);
  }
  return byDistrict;
}

let withFigures: string[] = [];

beforeAll(async () => {
  const targets = await db.target.findMany({ where: { year: YEAR, indicator: { key: 'gdp' }, measure: 'growth' }, include: { district: true }, orderBy: { districtId: 'asc' }, take: 2 });
  expect(targets).toHaveLength(2);
  withFigures = targets.map((target) => target.district.nameZh);
  for (const [index, target] of targets.entries()) {
    const value = index === 0 ? '3.1' : '9.9';
    const document = await db.sourceDocument.create({
      data: { kind: 'statistical_bulletin', districtId: target.districtId, year: YEAR, title: `测试夹具 分区县序时进度 ${index}`, fullText: TEXT, textSha256: createHash('sha256').update(`${TEXT}${index}`).digest('hex') },
    });
    const quote = `增长${value}%`;
    const quoteStart = TEXT.indexOf(quote);
    await db.$transaction((tx) => appendOutcomeRevisions(tx, { label: 'system:test' }, [{
      districtId: target.districtId, indicatorId: target.indicatorId, year: YEAR, measure: 'growth', unit: '%', vintage: 'preliminary', periodMonths: 6,
      value, quote, quoteStart, quoteEnd: quoteStart + quote.length, sourceDocumentId: document.id, baseRevision: 0, audit: { via: 'test' },
    }]));
  }
});

describe('分区县汇总 with a period', () => {
  it('counts each district’s pace verdicts in columns after the final statuses, as stored', async () => {
    const sheet = (await workbookOf(scorecardXlsx(await openScorecard({ year: YEAR, period: 6 }), 'zh'))).getWorksheet('分区县汇总');
    if (!sheet) throw new Error('no summary sheet');
    const [, header, ...lines] = rowsOf(sheet);
    expect(header).toEqual(['序号', '区县', '年度', '目标数', '超额完成', '完成', '基本完成', '未完成', '待更新', '需研判', '无法判定', '已判定', '完成率（%）', ...PACE_HEADINGS]);
    const expected = await countedBySql(6);
    expect(lines.map((line) => line[1]).sort()).toEqual([...expected.keys()].sort());
    for (const line of lines) {
      const counts = expected.get(String(line[1]))!;
      expect(line.slice(13), String(line[1])).toEqual(PACE_CODES.map((code) => counts[code]));
      // Every target is counted once among the pace columns.
      expect((line.slice(13) as number[]).reduce((sum, n) => sum + n, 0)).toBe(line[3]);
    }
    // The two districts with an H1 figure have it judged, not awaiting a report.
    for (const name of withFigures) {
      const line = lines.find((entry) => entry[1] === name)!;
      expect(Number(line[13]) + Number(line[14]), name).toBe(1);
    }
    expect(sheet.getRow(3).getCell(14).border).toMatchObject({ top: { style: 'thin' } });
  });

  it('a period without figures leaves every target awaiting its report; English headings; no pace columns without a period', async () => {
    const q3 = (await workbookOf(scorecardXlsx(await openScorecard({ year: YEAR, period: 9 }), 'zh'))).getWorksheet('分区县汇总')!;
    for (const line of rowsOf(q3).slice(2)) expect(line.slice(13), String(line[1])).toEqual([0, 0, 0, 0, line[3], 0]);

    const english = (await workbookOf(scorecardXlsx(await openScorecard({ year: YEAR, period: 6 }), 'en'))).getWorksheet('By district')!;
    expect(rowsOf(english)[1]!.slice(13)).toEqual(['On pace (H1)', 'Behind pace (H1)', 'Done (H1)', 'Lagging (H1)', 'Awaiting report (H1)', 'Not comparable (H1)']);

    const annual = (await workbookOf(scorecardXlsx(await openScorecard({ year: YEAR }), 'zh'))).getWorksheet('分区县汇总')!;
    expect(rowsOf(annual)[1]).toHaveLength(13);
  });
});
