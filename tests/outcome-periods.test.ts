// Outcome revisions carry a period (issue 17): the year (12) or a cumulative in-year
// period 1—N月. Numbering and the stale-revision check are per series and period, and
// an in-year figure never moves an annual verdict.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { appendOutcomeRevisions, type RevisionToAppend } from '@/lib/outcomes/append-revisions';
import { findTargets } from '@/lib/targets/data';
import { readStoredVerdicts } from '@/lib/verdicts/stored-verdicts';
import { getDistrictPace } from '@/lib/periods/data';
import { getInYearProgress } from '@/lib/periods/data';
import { checkStoredVerdicts } from '@/lib/verdicts/check';
import { refreshVerdicts } from '@/lib/verdicts/refresh';
import { getTarget, listOutcomes } from '@/lib/api/data';
import { outcomesQuery, outcomesResponse, scorecardResponse, scorecardsQuery, targetResponse } from '@/lib/api/schemas';
import { scorecardCsv } from '@/lib/export/csv';
import { scorecardPdf } from '@/lib/export/pdf';
import { scorecardXlsx } from '@/lib/export/xlsx';
import { argb, PACE_COLOURS } from '@/lib/verdict/colours';
import { openScorecard, scorecardPage, scorecardRows } from '@/lib/scorecard/rows';
import { commitImport, planImport } from '@/lib/import/plan';
import { makeUser } from './fixtures/users';
import { getTargetPage } from '@/lib/views/target-page';
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();
const TEXT = '测试夹具（非官方数据）：1—6月，全区地区生产总值同比增长3.1%；一季度增长2.5%；全年增长9.9%。';

let base: Omit<RevisionToAppend, 'value' | 'quote' | 'quoteStart' | 'quoteEnd' | 'baseRevision'>;
let targetId: number;

async function bytes(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

const figure = (value: string) => {
  const quote = `增长${value}%`;
  const quoteStart = TEXT.indexOf(quote);
  return { value, quote, quoteStart, quoteEnd: quoteStart + quote.length };
};

beforeAll(async () => {
  const bozhou = await db.district.findFirstOrThrow({ where: { targets: { some: { year: 2025, indicator: { key: 'gdp' } } } } });
  const target = await db.target.findFirstOrThrow({ where: { districtId: bozhou.id, year: 2025, indicator: { key: 'gdp' } } });
  targetId = target.id;
  const document = await db.sourceDocument.create({
    data: { kind: 'statistical_bulletin', districtId: bozhou.id, year: 2025, title: '测试夹具 in-year', fullText: TEXT, textSha256: createHash('sha256').update(TEXT).digest('hex') },
  });
  base = {
    districtId: bozhou.id, indicatorId: target.indicatorId, year: 2025, measure: 'growth', unit: '%', vintage: 'preliminary',
    sourceDocumentId: document.id, audit: { via: 'test' },
  };
});

const append = (revisions: RevisionToAppend[]) => db.$transaction((tx) => appendOutcomeRevisions(tx, { label: 'system:test' }, revisions));
const annualState = async () => {
  const [target] = await findTargets({ targetIds: [targetId] });
  return { verdict: target?.verdict.code, outcomes: target?.outcomes.map((outcome) => outcome.id), stored: await readStoredVerdicts(db, [targetId]) };
};

describe('outcome periods', () => {
  it('numbers revisions per period, defaults to the year, and leaves the annual verdict alone', async () => {
    const before = await annualState();
    const annualCount = await db.outcome.count({ where: { ...seriesOf(), periodMonths: 12 } });
    const [h1] = await append([{ ...base, ...figure('3.1'), periodMonths: 6, baseRevision: 0 }]);
    const [q1] = await append([{ ...base, ...figure('2.5'), periodMonths: 3, baseRevision: 0 }]);
    expect(h1!.revision).toBe(1);
    expect(q1!.revision).toBe(1);
    const [h1b] = await append([{ ...base, ...figure('3.1'), vintage: 'final', periodMonths: 6, baseRevision: 1 }]);
    expect(h1b!.revision).toBe(2);
    const stored = await db.outcome.findUniqueOrThrow({ where: { id: h1b!.outcomeId } });
    expect(stored.periodMonths).toBe(6);
    expect(await db.outcome.count({ where: { ...seriesOf(), periodMonths: 12 } })).toBe(annualCount);
    expect(await annualState()).toEqual(before);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'outcome.record', entityId: String(h1b!.outcomeId) } });
    expect(audit.after).toMatchObject({ periodMonths: 6, revision: 2 });
  });

  it('checks staleness per period: a base from another period is a conflict and writes nothing', async () => {
    const count = await db.outcome.count({ where: seriesOf() });
    // 一季度 has revision 1; a writer who saw 上半年's revision 2 is not current for 一季度.
    await expect(append([{ ...base, ...figure('2.5'), periodMonths: 3, baseRevision: 2 }])).rejects.toMatchObject({ code: 'conflict' });
    await expect(append([{ ...base, ...figure('3.1'), periodMonths: 9, baseRevision: 1 }])).rejects.toMatchObject({ code: 'conflict' });
    expect(await db.outcome.count({ where: seriesOf() })).toBe(count);
  });

  it('the annual series keeps its own numbering after in-year figures, and an annual figure moves the annual verdict', async () => {
    const annual = await db.outcome.findFirst({ where: { ...seriesOf(), periodMonths: 12 }, orderBy: { revision: 'desc' } });
    const [written] = await append([{ ...base, ...figure('9.9'), vintage: 'final', baseRevision: annual?.revision ?? 0 }]);
    expect(written!.revision).toBe((annual?.revision ?? 0) + 1);
    const [target] = await findTargets({ targetIds: [targetId] });
    expect(target?.verdict.outcome?.id).toBe(written!.outcomeId);
    expect(target?.outcomes.every((outcome) => outcome.id !== 'proposed')).toBe(true);
    const [row] = await readStoredVerdicts(db, [targetId]);
    expect(row?.outcomeId).toBe(written!.outcomeId);
  });

  it('stores a pace verdict per in-year period in the same transaction, read by the district page and the target page', async () => {
    const target = await db.target.findUniqueOrThrow({ where: { id: targetId } });
    expect(`${target.qualifier} ${target.value}`).toBe('about 6.5'); // 6.5%左右: behind pace below 6.0
    const rows = await db.paceVerdict.findMany({ where: { targetId }, orderBy: { periodMonths: 'asc' } });
    expect(rows.map((row) => [row.periodMonths, row.code, row.actualValue?.toString(), row.paceLine?.toString()])).toEqual([
      [3, 'behind_pace', '2.5', '6.5'], [6, 'behind_pace', '3.1', '6.5'],
    ]);
    // H1 rests on the final revision 2, not the preliminary 1.
    const h1 = await db.outcome.findFirstOrThrow({ where: { ...seriesOf(), periodMonths: 6, revision: 2 } });
    expect(rows[1]!.outcomeId).toBe(h1.id);
    expect(rows[1]!.provisional).toBe(false);
    expect(await checkStoredVerdicts(db)).toMatchObject({ differences: 0, paceChecked: 2 });

    const pace = await getDistrictPace(base.districtId, 2025, 6);
    const others = await db.target.count({ where: { districtId: base.districtId, year: 2025 } });
    expect(pace.total).toBe(others);
    expect(pace.counts).toMatchObject({ behind_pace: 1, pending: others - 1 });
    expect(pace.rows.find((row) => row.targetId === targetId)).toMatchObject({ code: 'behind_pace', actualValue: '3.1', actualUnit: '%' });
    // A period with no figure: every target is awaiting its report.
    expect((await getDistrictPace(base.districtId, 2025, 9)).counts.pending).toBe(others);

    const points = await getInYearProgress(targetId);
    expect(points.map((point) => [point.periodMonths, point.figure?.value, point.figure?.quote])).toEqual([[3, '2.5', '增长2.5%'], [6, '3.1', '增长3.1%']]);
    expect(points[1]!.verdict.explanation.zh).toContain('上半年累计 3.1%');
    expect(points[1]!.verdict.explanation.zh).toContain('未达到序时进度');
    // The audit trail names the in-year revision with its period.
    const page = await getTargetPage(targetId);
    expect(page?.audit.find((row) => row.entityId === String(h1.id))?.entityName?.zh).toMatch(/ 上半年 第2版$/);
  });

  it('the API lists in-year figures by period (the year by default) and each target\'s stored pace verdicts', async () => {
    const district = await db.district.findUniqueOrThrow({ where: { id: base.districtId } });
    const indicator = await db.indicator.findUniqueOrThrow({ where: { id: base.indicatorId } });
    const filter = { district: district.code, year: '2025', indicator: indicator.key };
    const h1 = outcomesResponse.parse(await listOutcomes(outcomesQuery.parse({ ...filter, period: '6' })));
    expect(h1.data.map((row) => [row.periodMonths, row.revision, row.value])).toEqual([[6, 1, '3.1'], [6, 2, '3.1']]);
    const annual = outcomesResponse.parse(await listOutcomes(outcomesQuery.parse(filter)));
    expect(annual.data.every((row) => row.periodMonths === 12)).toBe(true);
    expect(outcomesQuery.safeParse({ period: '13' }).success).toBe(false);
    const target = targetResponse.parse({ data: await getTarget(targetId) }).data;
    expect(target.pace.map((entry) => [entry.periodMonths, entry.period.zh, entry.code, entry.actualValue])).toEqual([[3, '一季度', 'behind_pace', '2.5'], [6, '上半年', 'behind_pace', '3.1']]);
    expect(target.outcomes.every((outcome) => outcome.periodMonths === 12)).toBe(true);
  });

  it('scorecards with a period carry each target\'s pace verdict (JSON and CSV)', async () => {
    const district = await db.district.findUniqueOrThrow({ where: { id: base.districtId } });
    const query = { district: district.code, year: 2025, period: 6 };
    const page = await scorecardPage(query, { limit: 200 });
    scorecardResponse.parse({ title: page.title, provenance: { ...page.provenance, generatedAt: page.provenance.generatedAt.toISOString(), dataUpdatedAt: page.provenance.dataUpdatedAt?.toISOString() ?? null }, data: page.rows, pagination: page.pagination });
    const mine = page.rows.find((row) => row.targetId === targetId)!;
    expect(mine.pace).toMatchObject({ periodMonths: 6, periodZh: '上半年', code: 'behind_pace', zh: '未达到序时进度', actualValue: '3.1' });
    expect(page.rows.filter((row) => row.targetId !== targetId).every((row) => row.pace?.code === 'pending')).toBe(true);
    // Without a period, no pace.
    expect((await scorecardPage({ district: district.code, year: 2025 }, { limit: 200 })).rows.every((row) => row.pace === null)).toBe(true);

    const rows = await scorecardRows(await openScorecard(query));
    expect(rows.find((row) => row.targetId === targetId)?.pace?.code).toBe('behind_pace');
    let csv = '';
    for await (const chunk of scorecardCsv(await openScorecard(query), 'zh')) csv += chunk.toString();
    const [header, ...lines] = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(header!.split(',').slice(-2)).toEqual(['上半年累计（按目标单位）', '序时进度判定（上半年）']);
    expect(lines.some((line) => line.endsWith(',3.1,未达到序时进度'))).toBe(true);

    for (const format of ['xlsx', 'pdf']) expect(scorecardsQuery.safeParse({ format, district: district.code, year: '2025', period: '6' }).success).toBe(true);
    expect(scorecardsQuery.safeParse({ format: 'csv', district: district.code, year: '2025', period: '12' }).success).toBe(false);
  });

  it('XLSX and PDF scorecards with a period carry the pace column, coloured, and count the pace verdicts in the summary', async () => {
    const district = await db.district.findUniqueOrThrow({ where: { id: base.districtId } });
    const query = { district: district.code, year: 2025, period: 6 };
    const rows = await scorecardRows(await openScorecard(query));
    const pending = rows.filter((row) => row.pace?.code === 'pending').length;
    expect(pending).toBe(rows.length - 1);
    const paceSummary = `；上半年序时进度：达到序时进度0项、未达到序时进度1项、待填报${pending}项`;

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await bytes(scorecardXlsx(await openScorecard(query), 'zh')) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(3).values as unknown[]).map(String);
    expect(header.indexOf('序时进度判定（上半年）')).toBe(header.indexOf('审核状态') + 1);
    const mine = sheet.getRow(3 + rows.findIndex((row) => row.targetId === targetId) + 1);
    const pace = mine.getCell(header.indexOf('序时进度判定（上半年）'));
    expect(pace.value).toBe('未达到序时进度');
    expect(pace.fill).toMatchObject({ type: 'pattern', fgColor: { argb: argb(PACE_COLOURS.behind_pace.wash) } });
    expect(String(sheet.getRow(3 + rows.length + 1).getCell(1).value)).toMatch(new RegExp(`^共${rows.length}项：.*${paceSummary}$`));
    // The print area takes the pace column in: it still ends at 备注 (exceljs reads the column-only range "A:Q" back as "ANaN:QNaN").
    expect(sheet.pageSetup.printArea).toMatch(new RegExp(`^A(NaN)?:${String.fromCharCode(64 + header.indexOf('备注（判定说明）'))}(NaN)?$`));

    const english = new ExcelJS.Workbook();
    await english.xlsx.load(await bytes(scorecardXlsx(await openScorecard(query), 'en')) as unknown as ArrayBuffer);
    expect((english.worksheets[0]!.getRow(3).values as unknown[]).map(String)).toContain('Pace verdict (H1)');

    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pace-pdf-')), 'scorecard.pdf');
    fs.writeFileSync(file, await bytes(scorecardPdf(await openScorecard(query), 'zh')));
    const flat = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(flat).toContain('序时进度判定（上半年）');
    expect(flat).toContain('未达到序时进度');
    // The district's block and the closing summary both count the pace verdicts.
    expect(flat.split(paceSummary).length - 1).toBe(2);

    // Without a period, neither file has the column or the count.
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load(await bytes(scorecardXlsx(await openScorecard({ district: district.code, year: 2025 }), 'zh')) as unknown as ArrayBuffer);
    expect((plain.worksheets[0]!.getRow(3).values as unknown[]).map(String).some((heading) => heading.includes('序时进度'))).toBe(false);
    expect(String(plain.worksheets[0]!.getRow(3 + rows.length + 1).getCell(1).value)).not.toContain('序时进度');
    fs.writeFileSync(file, await bytes(scorecardPdf(await openScorecard({ district: district.code, year: 2025 }), 'zh')));
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).not.toContain('序时进度');
  });

  it('bulk import reads a period column: 前三季度 is an in-year figure with its pace verdict, an unreadable period refuses the file', async () => {
    const district = await db.district.findUniqueOrThrow({ where: { id: base.districtId } });
    const indicator = await db.indicator.findUniqueOrThrow({ where: { id: base.indicatorId } });
    const admin = await makeUser(db, 'period-import-admin', 'admin');
    const text = '测试夹具（非官方数据）：前三季度地区生产总值增长5.8%。';
    const cells = (period: string) => ({
      district_code: district.code, indicator_key: indicator.key, year: '2025', measure: 'growth', value: '5.8', unit: '%', vintage: 'preliminary',
      source_title: '测试夹具 前三季度', source_text: text, quote: '增长5.8%', period,
    });
    const count = await db.outcome.count();
    const refused = await commitImport(db, admin, [{ line: 2, cells: cells('第三季度') }]);
    expect(refused.applied).toBe(false);
    expect(refused.plan[0]).toMatchObject({ status: 'error', errors: [{ zh: expect.stringContaining('期间无法识别：第三季度') }] });
    expect(await db.outcome.count()).toBe(count);

    const plan = await planImport(db, admin, [{ line: 2, cells: cells('前三季度') }]);
    expect(plan[0]).toMatchObject({ status: 'create', outcome: { periodMonths: 9, revision: 1 } });
    expect((await commitImport(db, admin, [{ line: 2, cells: cells('1-9月') }])).applied).toBe(true);
    const row = await db.paceVerdict.findUniqueOrThrow({ where: { targetId_periodMonths: { targetId, periodMonths: 9 } } });
    expect(row.actualValue?.toString()).toBe('5.8');
    // Re-importing the same row changes nothing; an empty period is the year.
    expect((await commitImport(db, admin, [{ line: 2, cells: cells('前三季度') }])).plan[0]?.status).toBe('unchanged');
    const annual = await planImport(db, admin, [{ line: 2, cells: cells('') }]);
    expect(annual[0]).toMatchObject({ outcome: { periodMonths: 12 } });
  });

  it('a target edit (its tolerance) re-decides its stored pace verdicts in the same transaction', async () => {
    // 3.1% is within a 3.5-point tolerance of 6.5%左右: on pace once the target says so.
    await db.$transaction(async (tx) => {
      await tx.target.update({ where: { id: targetId }, data: { tolerance: '3.5' } });
      await refreshVerdicts(tx, [targetId]);
    });
    const row = await db.paceVerdict.findUniqueOrThrow({ where: { targetId_periodMonths: { targetId, periodMonths: 6 } } });
    expect(row.code).toBe('on_pace');
    expect(await checkStoredVerdicts(db)).toMatchObject({ differences: 0 });
  });

  it.each([0, 13, 2.5])('refuses period %s and writes nothing', async (periodMonths) => {
    const count = await db.outcome.count();
    await expect(append([{ ...base, ...figure('3.1'), periodMonths, baseRevision: 0 }])).rejects.toMatchObject({ code: 'validation' });
    expect(await db.outcome.count()).toBe(count);
  });
});

function seriesOf() {
  return { districtId: base.districtId, indicatorId: base.indicatorId, year: base.year, measure: base.measure };
}
