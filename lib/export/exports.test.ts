// Opens every exported file with a real reader and checks the seeded figures.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openScorecard, openScorecardRows, type Scorecard, type ScorecardRow, scorecardRows } from '@/lib/scorecard/rows';
import { findTargets } from '@/lib/targets/data';
import { executeAction } from '@/lib/actions/define-action';
import { recordOutcome } from '@/lib/outcomes/mutations';
import { reviewVerdict } from '@/lib/reviews/mutations';
import { makeUser } from '@/tests/fixtures/users';
import { useTestDatabase } from '@/tests/test-database';
import { argb, VERDICT_COLOURS } from '@/lib/verdict/colours';
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
    // A hostile unit name as the lead (created after the co-unit, so a lower id does not put the co-unit first).
    const finance = await db.responsibleUnit.create({ data: { districtId: gdp.districtId, name: '区财政局', shortName: '财政局' } });
    const hostile = await db.responsibleUnit.create({ data: { districtId: gdp.districtId, name: PAYLOAD, shortName: '测试单位' } });
    await db.targetUnit.createMany({ data: [{ targetId: gdp.id, unitId: finance.id, role: 'co' }, { targetId: gdp.id, unitId: hostile.id, role: 'lead' }] });
    // Two 2025 outcomes (the seed has none yet): GDP 6.1% (基本完成, overridden to 完成 by a
    // reviewer) and 13200 new urban jobs against a target of 1.3万人 (完成).
    const bozhou = await db.district.findUniqueOrThrow({ where: { code: '520304' } });
    const staff = await makeUser(db, 'recorder', 'staff', [bozhou.id]);
    const reviewer = await makeUser(db, 'reviewer', 'reviewer', [bozhou.id]);
    const jobs = await db.target.findFirstOrThrow({ where: { districtId: bozhou.id, year: 2025, indicator: { key: 'new_urban_jobs' } } });
    const newDoc = { documentId: 'new', newKind: 'statistical_bulletin', newTitle: '测试夹具 Test fixture 2025', newText: '测试夹具（非官方数据）：2025年全区地区生产总值同比增长6.1%。新增城镇就业13200人。' };
    for (const [target, value, unit, quote] of [[gdp, '6.1', '%', '地区生产总值同比增长6.1%'], [jobs, '13200', '人', '新增城镇就业13200人']] as const) {
      const result = await executeAction(recordOutcome, { db, user: staff }, { targetId: target.id, baseRevision: 0, value, unit, vintage: 'final', quote, ...newDoc });
      expect(result.ok).toBe(true);
    }
    const override = await executeAction(reviewVerdict, { db, user: reviewer }, { targetId: gdp.id, kind: 'override', verdict: 'met', reason: '按可比价格口径核实为完成' });
    expect(override.ok).toBe(true);
    scorecard = await openScorecard({ district: '520304', year: 2025 });
    rows = await scorecardRows(scorecard);
  });

  it('builds rows with the verdict from findTargets and provenance', () => {
    const gdp = rows.find((row) => row.indicatorKey === 'gdp');
    expect(gdp).toMatchObject({
      districtZh: '播州区', asWritten: '6.5%左右', qualifierZh: '左右', verdictCode: 'met_within_tolerance', verdictZh: '基本完成',
      finalCode: 'met', finalZh: '完成', overridden: true, gapKind: 'points', gapValue: '-0.4', reviewStatusZh: '审核人已改判', reviewReason: '按可比价格口径核实为完成',
    });
    const jobs = rows.find((row) => row.indicatorKey === 'new_urban_jobs');
    expect(jobs).toMatchObject({ actualValue: '13200', actualUnit: '人', actualInTargetUnit: '1.32', targetUnit: '万人', finalCode: 'met', overridden: false, gapKind: 'completion', gapValue: '101.5' });
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
    expect(outcomes).toBe(4); // two recorded above for Bozhou 2025, two here
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

  it('writes the same CSV without reading the provenance it does not state, and only the header for a year without targets', async () => {
    for (const query of [{ year: 2024 }, { district: '520304' }, { year: 2015 }]) {
      const [withCounts, rowsOnly] = await Promise.all([
        openScorecard(query).then((read) => bytes(scorecardCsv(read, 'en'))),
        openScorecardRows(query, 2).then((read) => bytes(scorecardCsv(read, 'en'))),
      ]);
      expect(rowsOnly.toString(), JSON.stringify(query)).toBe(withCounts.toString());
    }
    const empty = (await bytes(scorecardCsv(await openScorecardRows({ year: 2015 }), 'zh'))).toString();
    expect(empty.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('writes CSV with the header first, words not codes, signed gaps, Beijing times and outcomes in the target unit', async () => {
    const buffer = await bytes(scorecardCsv(scorecard, 'zh'));
    expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(buffer, { bom: true }) as string[][];
    const header = records[0] ?? [];
    expect(header.slice(0, 4)).toEqual(['序号', '区县', '行政区划代码', '年度']);
    expect(header).toEqual(expect.arrayContaining(['达标情况', '计算判定', '审核状态', '差距（百分点）', '完成目标比例（%）', '完成值（按目标单位）', '完成情况录入时间（北京时间）']));
    expect(header).not.toContain('达标代码');
    expect(header).not.toContain('指标代码');
    const table = records.slice(1).map((record) => Object.fromEntries(header.map((name, index) => [name, record[index] ?? ''])));
    expect(table.map((row) => row['序号'])).toEqual(table.map((_, index) => String(index + 1)));
    const codes = new Set(['exceeded', 'met', 'met_within_tolerance', 'missed', 'pending', 'needs_judgment', 'not_comparable', 'growth', 'level', 'estimate', 'final']);
    expect(records.slice(1).flat().filter((cell) => codes.has(cell))).toEqual([]);

    const gdp = table.find((row) => row['指标'] === '地区生产总值');
    const gdpRow = rows.find((row) => row.indicatorKey === 'gdp')!;
    expect(gdpRow.responsibleUnits).toEqual([{ name: PAYLOAD, role: 'lead' }, { name: '区财政局', role: 'co' }]);
    expect(gdp).toMatchObject({
      区县: '播州区', '目标（原文）': '6.5%左右', 完成情况: '增长6.1%', 达标情况: '完成', 计算判定: '基本完成（已改判）', 审核状态: '审核人已改判',
      审核意见: '按可比价格口径核实为完成', '差距（百分点）': '-0.4', '完成目标比例（%）': '', 责任单位: `'${PAYLOAD}（牵头）、区财政局`,
    });
    // Beijing time, 8 hours after UTC, with its offset.
    const recorded = new Date(gdpRow.outcomeRecordedAt!);
    const beijing = new Date(recorded.getTime() + 8 * 3600_000).toISOString();
    expect(gdp?.['完成情况录入时间（北京时间）']).toBe(`${beijing.slice(0, 10)} ${beijing.slice(11, 19)}+08:00`);
    expect(gdp?.['审核时间（北京时间）']).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\+08:00$/);

    const jobs = table.find((row) => row['指标'] === '城镇新增就业' || row['目标（原文）'] === '1.3万人');
    expect(jobs).toMatchObject({ 完成情况: '13200人（1.32万人）', '完成值（按目标单位）': '1.32', 目标单位: '万人', '完成目标比例（%）': '101.5', '差距（百分点）': '', 达标情况: '完成' });
  });

  it('writes an XLSX meeting table: title, 序号, number cells, borders, landscape fit-to-width, repeated header, summary row, rules in Chinese', async () => {
    const buffer = await bytes(scorecardXlsx(scorecard, 'zh'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('目标任务落实情况');
    if (!sheet) throw new Error('no scorecard sheet');
    expect(sheet.getCell('A1').value).toBe('播州区2025年主要预期目标落实情况');
    expect(String(sheet.getCell('A2').value)).toMatch(/^数据更新至 \d{4}年\d{1,2}月\d{1,2}日；共 \d+ 项目标、\d+ 条完成情况记录；制表：政府工作报告目标追踪；生成于 .*（北京时间）$/);
    expect(String(sheet.getCell('A2').value)).not.toMatch(/审计|UTC|Z\b/);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9, printTitlesRow: '3:3' });

    const header = (sheet.getRow(3).values as unknown[]).map(String);
    const column = (name: string) => header.indexOf(name);
    expect(header.slice(1, 5)).toEqual(['序号', '区县', '年度', '指标']);
    expect(header).toEqual(expect.arrayContaining(['达标情况', '计算判定', '审核状态', '差距（百分点）', '完成目标比例（%）']));
    expect(column('计算判定')).toBe(column('达标情况') + 1);
    expect(column('审核状态')).toBe(column('达标情况') + 2);

    const gdp = [...Array(sheet.rowCount).keys()].map((index) => sheet.getRow(index + 1)).find((row) => row.getCell(column('指标')).value === '地区生产总值');
    if (!gdp) throw new Error('no GDP row');
    expect(gdp.getCell(column('序号')).value).toBe(gdp.number - 3);
    expect(gdp.getCell(column('年度')).value).toBe(2025);
    expect(gdp.getCell(column('目标值')).value).toBe(6.5);
    expect(gdp.getCell(column('完成值（按目标单位）')).value).toBe(6.1);
    expect(gdp.getCell(column('差距（百分点）')).value).toBe(-0.4);
    expect(gdp.getCell(column('目标（原文）')).value).toBe('6.5%左右');
    const status = gdp.getCell(column('达标情况'));
    expect(status.value).toBe('完成');
    expect(status.fill).toMatchObject({ type: 'pattern', fgColor: { argb: argb(VERDICT_COLOURS.met.wash) } }); // the pages' colour of 完成
    expect(status.font).toMatchObject({ bold: true });
    expect(gdp.getCell(column('计算判定')).value).toBe('基本完成（已改判）');
    // Cells share style objects (lib/export/xlsx.ts ROW_STYLES): each still reads back with its own style.
    expect(gdp.getCell(column('计算判定')).fill).toMatchObject({ type: 'pattern', fgColor: { argb: argb(VERDICT_COLOURS.met_within_tolerance.wash) } });
    expect(gdp.getCell(column('计算判定')).font?.bold).toBeFalsy();
    expect(gdp.getCell(column('序号')).alignment).toMatchObject({ vertical: 'top', horizontal: 'center' });
    expect(gdp.getCell(column('指标')).alignment).toMatchObject({ vertical: 'top', wrapText: true });
    expect((gdp.getCell(column('指标')).fill as ExcelJS.FillPattern | undefined)?.pattern ?? 'none').toBe('none');
    expect(gdp.getCell(column('审核状态')).value).toBe('审核人已改判');
    for (const name of ['序号', '指标', '达标情况', '差距（百分点）', '完成目标比例（%）']) {
      expect(gdp.getCell(column(name)).border, name).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } });
    }
    const unit = gdp.getCell(column('责任单位'));
    expect(unit.type).toBe(ExcelJS.ValueType.String);
    expect(unit.formula).toBeUndefined();
    expect(unit.value).toBe(`${PAYLOAD}（牵头）、区财政局`);
    const jobs = [...Array(sheet.rowCount).keys()].map((index) => sheet.getRow(index + 1)).find((row) => row.getCell(column('目标（原文）')).value === '1.3万人');
    expect(jobs?.getCell(column('完成情况')).value).toBe('13200人（1.32万人）');
    expect(jobs?.getCell(column('完成目标比例（%）')).value).toBe(101.5);

    // The summary row closes the table: the final statuses counted.
    const summary = sheet.getRow(3 + rows.length + 1);
    const pending = rows.filter((row) => row.finalCode === 'pending').length;
    const judgment = rows.filter((row) => row.finalCode === 'needs_judgment').length;
    expect(pending).toBeGreaterThan(0);
    expect(summary.getCell(1).value).toBe(`共${rows.length}项：完成2项、基本完成0项、未完成0项、待更新${pending}项${judgment ? `、需研判${judgment}项` : ''}`);
    expect(summary.getCell(1).border).toMatchObject({ top: { style: 'thin' } });

    // The summary sheet: one numeric line per district and year.
    const byDistrict = workbook.getWorksheet('分区县汇总');
    if (!byDistrict) throw new Error('no summary sheet');
    expect((byDistrict.getRow(2).values as unknown[]).slice(1)).toEqual(['序号', '区县', '年度', '目标数', '超额完成', '完成', '基本完成', '未完成', '待更新', '需研判', '无法判定', '已判定', '完成率（%）']);
    const judgment2 = rows.filter((row) => row.finalCode === 'needs_judgment').length;
    expect((byDistrict.getRow(3).values as unknown[]).slice(1)).toEqual([1, '播州区', 2025, rows.length, 0, 2, 0, 0, pending, judgment2, 0, 2, 100]);
    expect(byDistrict.getRow(4).getCell(1).value).toBeNull();
    expect(byDistrict.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '2:2' });

    const rules = workbook.getWorksheet('判定规则');
    const rulesText: string[] = [];
    rules?.eachRow((row) => rulesText.push((row.values as unknown[]).join(' ')));
    const all = rulesText.join('\n');
    expect(all).toContain('0.5 个百分点 · 默认');
    expect(all).toContain('目标值的 5%');
    expect(all).toContain('基本完成');
    expect(all).not.toMatch(/met_within_tolerance|needs_judgment|\bpp\b|default|ratio/);
  });

  it('writes an A4 landscape PDF grouped by district, with the columns and the summary, and no technical lines', async () => {
    const buffer = await bytes(scorecardPdf(scorecard, 'zh'));
    expect(buffer.subarray(0, 5).toString()).toBe('%PDF-');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-')), 'scorecard.pdf');
    fs.writeFileSync(file, buffer);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const heading of ['序号', '指标', '目标（原文）', '完成情况', '达标情况', '计算判定', '审核状态', '差距', '责任单位', '备注']) expect(text, heading).toContain(heading);
    // Cells wrap inside their column: read them in reading order, without line breaks.
    const flat = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const cell of ['地区生产总值', '增长6.1%', '-0.4个百分点', '基本完成（已改判）', '审核人已改判', '13200人（1.32万人）', '完成目标的101.5%']) expect(flat, cell).toContain(cell);
    const pending = rows.filter((row) => row.finalCode === 'pending').length;
    const summary = `共${rows.length}项：完成2项、基本完成0项、未完成0项、待更新${pending}项`;
    expect(text.replace(/\s+/g, '')).toContain(`播州区·2025年${summary}`);
    expect(text.replace(/\s+/g, '').split(summary).length - 1).toBe(2); // the district's block and the closing summary
    // The district is named in the title and its block, not on every row.
    expect(text.split('播州区').length - 1).toBe(2);
    expect(text).not.toMatch(/审计记录|UTC|\d\d:\d\d:\d\d(\.\d+)?Z/);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841.89 x 595.28/);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toContain('NotoSansSC');
  });

  it('headings and words follow the language', async () => {
    const buffer = await bytes(scorecardCsv(scorecard, 'en'));
    const records = parse(buffer, { bom: true }) as string[][];
    expect(records[0]).toEqual(expect.arrayContaining(['No.', 'District', 'Status', 'Computed verdict', 'Gap (percentage points)']));
    const header = records[0]!;
    const gdp = records.find((record) => record.includes('6.5%左右'))!;
    expect(gdp[header.indexOf('Status')]).toBe('Met');
    expect(gdp[header.indexOf('Computed verdict')]).toBe('Met within tolerance (overridden)');
    expect(gdp[header.indexOf('Outcome')]).toBe('growth of 6.1%');
    expect(gdp[header.indexOf('Responsible unit')]).toBe(`'${PAYLOAD} (lead); 区财政局`);
    const jobs = records.find((record) => record.includes('1.3万人'))!;
    expect(jobs[header.indexOf('Outcome')]).toBe('13,200 people');
    const xlsx = new ExcelJS.Workbook();
    await xlsx.xlsx.load((await bytes(scorecardXlsx(scorecard, 'en'))) as unknown as ArrayBuffer);
    const rules: string[] = [];
    xlsx.getWorksheet('Rules')?.eachRow((row) => rules.push((row.values as unknown[]).join(' ')));
    expect(rules.join('\n')).toContain('0.5 percentage points · default');
    expect(rules.join('\n')).not.toMatch(/[\u4e00-\u9fff]{2,}.*(默认|个百分点)/);
  });
});
