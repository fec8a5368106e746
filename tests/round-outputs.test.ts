// The 推进情况汇总表 and the 督查通报 of a real round on PostgreSQL, worked through the
// rounds module's own actions (units, a round, a figure behind pace, a figure on pace in
// another unit than the target's, a co-unit's words, a key task's narrative and
// judgment), then written as DOCX and XLSX and read back. Figures are test fixtures in a
// throwaway database, labelled as such in their documents.
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/sessions';
import { createKeyTask, judgeKeyTask } from '@/lib/key-tasks/mutations';
import { assignTargetUnits, createUnit, setUnitMembers } from '@/lib/responsible-units/mutations';
import { roundBriefingDocx } from '@/lib/round-outputs/briefing-docx';
import { loadRoundOutputs, roundBriefing } from '@/lib/round-outputs/data';
import { roundSummaryDocx } from '@/lib/round-outputs/summary-docx';
import { summaryTable } from '@/lib/round-outputs/summary-table';
import { roundSummaryXlsx } from '@/lib/round-outputs/summary-xlsx';
import { loadRoundSummary } from '@/lib/rounds/data';
import { openRound, returnItem, submitFigure, submitNarrative } from '@/lib/rounds/mutations';
import { makeUser } from './fixtures/users';
// Aliased: the name "use…" reads as a React hook to the linter.
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();
type Result<T> = { ok: true; data: T } | { ok: false; code: string; fieldErrors: Record<string, string> };
async function run<T>(action: Parameters<typeof executeAction>[0], user: SessionUser, input: Record<string, unknown>): Promise<T> {
  const result = await (executeAction(action, { db, user }, input) as Promise<Result<T>>);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result.data;
}

const NOW = new Date('2025-07-11T02:00:00Z');
const GDP_TITLE = '测试夹具（非官方数据）播州区2025年上半年经济运行';
const JOBS_TITLE = '测试夹具（非官方数据）播州区2025年上半年就业进度';
let roundId = 0;
let openLateRound: () => Promise<number> = async () => 0;
let adminUser: SessionUser | null = null;
let reviewerUser: SessionUser | null = null;
let staffBUser: SessionUser | null = null;

beforeAll(async () => {
  const bozhou = await db.district.findUniqueOrThrow({ where: { code: '520304' }, select: { id: true } });
  const admin = await makeUser(db, 'outputs-admin', 'admin');
  adminUser = admin;
  const reviewer = await makeUser(db, 'outputs-reviewer', 'reviewer', [bozhou.id]);
  reviewerUser = reviewer;
  const staffA = await makeUser(db, 'outputs-staff-a', 'staff', [bozhou.id]);
  const staffB = await makeUser(db, 'outputs-staff-b', 'staff', [bozhou.id]);
  staffBUser = staffB;
  const unitA = (await run<{ unitId: number }>(createUnit, admin, { districtId: bozhou.id, name: '区发展和改革委员会', shortName: '区发展改革委' })).unitId;
  const unitB = (await run<{ unitId: number }>(createUnit, admin, { districtId: bozhou.id, name: '区人力资源和社会保障局', shortName: '区人力社保局' })).unitId;
  await run(setUnitMembers, admin, { unitId: unitA, userIds: [staffA.id] });
  await run(setUnitMembers, admin, { unitId: unitB, userIds: [staffB.id] });
  const target = (key: string) => db.target.findFirstOrThrow({ where: { districtId: bozhou.id, year: 2025, indicator: { key } }, select: { id: true } });
  const gdp = (await target('gdp')).id;
  const jobs = (await target('new_urban_jobs')).id;
  await run(assignTargetUnits, admin, { targetId: gdp, leadUnitId: String(unitA), coUnitIds: [String(unitB)] });
  await run(assignTargetUnits, admin, { targetId: jobs, leadUnitId: String(unitB), coUnitIds: [] });
  const task = await run<{ keyTaskId: number }>(createKeyTask, reviewer, { districtId: bozhou.id, year: 2025, wording: '测试任务：完成老旧小区改造10个', leadUnitId: String(unitB), coUnitIds: [String(unitA)] });
  openLateRound = async () => (await run<{ roundId: number }>(openRound, reviewer, { districtId: bozhou.id, year: 2025, periodMonths: 9, dueOn: '2025-10-10' })).roundId;
  roundId = (await run<{ roundId: number }>(openRound, reviewer, { districtId: bozhou.id, year: 2025, periodMonths: 6, dueOn: '2025-07-10' })).roundId;
  const item = (where: { targetId?: number; keyTaskId?: number; unitId: number }) => db.roundItem.findFirstOrThrow({ where: { roundId, ...where } });

  const gdpLead = await item({ targetId: gdp, unitId: unitA });
  await run(submitFigure, staffA, {
    itemId: gdpLead.id, version: gdpLead.version, value: '2.9', unit: '%', vintage: 'preliminary', baseRevision: 0,
    newKind: 'other', newTitle: GDP_TITLE, newText: '测试夹具：2025年上半年，全区地区生产总值同比增长2.9%。', quote: '地区生产总值同比增长2.9%',
  });
  const gdpCo = await item({ targetId: gdp, unitId: unitB });
  await run(submitNarrative, staffB, { itemId: gdpCo.id, version: gdpCo.version, text: '配合做好稳岗就业监测。' });
  // 8000人 against a target of 1.3万人: shown as 0.8万人, on pace (0.65万人 needed by 1—6月).
  const jobsLead = await item({ targetId: jobs, unitId: unitB });
  await run(submitFigure, staffB, {
    itemId: jobsLead.id, version: jobsLead.version, value: '8000', unit: '人', vintage: 'preliminary', baseRevision: 0,
    newKind: 'other', newTitle: JOBS_TITLE, newText: '测试夹具：2025年1—6月，全区城镇新增就业8000人。', quote: '城镇新增就业8000人',
  });
  const taskLead = await item({ keyTaskId: task.keyTaskId, unitId: unitB });
  await run(submitNarrative, staffB, { itemId: taskLead.id, version: taskLead.version, text: '已开工6个。' });
  const taskCo = await item({ keyTaskId: task.keyTaskId, unitId: unitA });
  await run(submitNarrative, staffA, { itemId: taskCo.id, version: taskCo.version, text: '已下达补助资金。' });
  await run(judgeKeyTask, reviewer, { keyTaskId: task.keyTaskId, periodMonths: 6, status: 'on_track', reason: '开工进度符合序时要求。' });
});

function docxParagraphs(buffer: Buffer): string[] {
  const xml = strFromU8(unzipSync(new Uint8Array(buffer))['word/document.xml']!);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) =>
    [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((run) => (run[0] === '<w:tab/>' ? '\t' : run[1] ?? '')).join(''));
}

describe('a round\'s 推进情况汇总表 and 督查通报', () => {
  it('reads each target\'s figure in the target\'s unit with its source, the units lead first, and the key task\'s narratives', async () => {
    const outputs = (await loadRoundOutputs(roundId, { sql: db, now: NOW }))!;
    expect(outputs.summary.district).toMatchObject({ code: '520304', nameZh: '播州区' });
    const [gdp, jobs, task] = outputs.summary.items;
    expect(gdp).toMatchObject({
      group: 'target', asWritten: '地区生产总值增长6.5%左右', pace: { code: 'behind_pace' },
      progress: { kind: 'figure', measure: 'growth', value: '2.9', unit: '%', source: GDP_TITLE }, notes: ['区人力社保局：配合做好稳岗就业监测。'],
    });
    expect(gdp?.units.map((unit) => [unit.shortName, unit.role])).toEqual([['区发展改革委', 'lead'], ['区人力社保局', 'co']]);
    expect(jobs).toMatchObject({ asWritten: '城镇新增就业1.3万人', pace: { code: 'on_pace' }, progress: { measure: 'level', value: '0.8', unit: '万人', source: JOBS_TITLE } });
    expect(task).toMatchObject({ group: 'task', pace: { code: 'on_pace' }, progress: { kind: 'narrative', text: '区人力社保局：已开工6个。\n区发展改革委：已下达补助资金。' } });
    expect(await loadRoundOutputs(999_999, { sql: db })).toBeNull();
  });

  it('writes the DOCX and the XLSX that read back with the round\'s rows and the 督查通报', async () => {
    const { summary } = (await loadRoundOutputs(roundId, { sql: db, now: NOW }))!;
    const briefing = '列入本次通报的量化指标2项，达到序时进度1项、占比50.0%；未达到序时进度的为：地区生产总值增长6.5%左右（上半年累计增长2.9%，区发展改革委牵头）。'
      + '列入本次通报的重点工作1项，已完成0项、序时推进1项、滞后0项、待填报0项。';
    const paragraphs = docxParagraphs(await roundSummaryDocx(summary, 'zh'));
    expect(paragraphs[0]).toBe('播州区2025年政府工作报告目标任务上半年推进情况汇总表');
    expect(paragraphs[1]).toBe('填报单位：播州区\t填报日期：2025年7月11日');
    expect(paragraphs.slice(7, 15)).toEqual([
      '一、经济社会发展主要预期目标', '1', '地区生产总值增长6.5%左右', '区发展改革委（牵头）、区人力社保局',
      '上半年累计增长2.9%', `来源：${GDP_TITLE}`, '区人力社保局：配合做好稳岗就业监测。', '未达到序时进度',
    ]);
    expect(paragraphs.at(-1)).toBe(briefing);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await roundSummaryXlsx(summary, 'zh')) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(6).values as unknown[]).slice(1)).toEqual([2, '城镇新增就业1.3万人', '区人力社保局（牵头）', `上半年累计0.8万人\n来源：${JOBS_TITLE}`, '达到序时进度']);
    expect(sheet.getCell('A7').value).toBe('二、重点工作');
    expect((sheet.getRow(8).values as unknown[]).slice(1)).toEqual([1, '测试任务：完成老旧小区改造10个', '区人力社保局（牵头）、区发展改革委', '区人力社保局：已开工6个。\n区发展改革委：已下达补助资金。', '达到序时进度']);

    // The round page's text is the same sentence, from the summary the page loaded.
    const decided = (await loadRoundSummary(roundId, { sql: db, now: NOW }))!;
    expect(await roundBriefing(decided, 'zh', { sql: db })).toBe(briefing);
    expect(await roundBriefing(decided, 'en', { sql: db })).toBe(
      'Quantified targets in this briefing: 2, of which 1 on pace (50.0%); behind pace: Gross regional product (GDP) “地区生产总值增长6.5%左右” (H1 cumulative growth 2.9%; lead: 区发展改革委). '
      + 'Key tasks in this briefing: 1, of which 0 completed, 1 on track, 0 lagging, 0 awaiting report.',
    );
  });

  it('writes the 督查通报 on its own: the round\'s figures behind pace with their units, and the units\' 考评 from the same read', async () => {
    const { summary } = (await loadRoundOutputs(roundId, { sql: db, now: NOW }))!;
    const decided = (await loadRoundSummary(roundId, { sql: db, now: NOW }))!;
    const paragraphs = docxParagraphs(await roundBriefingDocx(summary, 'zh'));
    expect(paragraphs.slice(0, 5)).toEqual([
      '关于《播州区2025年政府工作报告》目标任务上半年推进情况的通报',
      '通报单位：播州区人民政府办公室\t2025年7月11日',
      '一、总体情况',
      await roundBriefing(decided, 'zh', { sql: db }),
      '二、未达到序时进度、滞后及逾期未报送的事项',
    ]);
    expect(paragraphs[5]).toBe(`1. 地区生产总值增长6.5%左右。责任单位：区发展改革委（牵头）、区人力社保局。推进情况：上半年累计增长2.9%（${GDP_TITLE}）。`);
    expect(paragraphs[6]).toBe('三、责任单位考评');
    // Both units have two items, submitted after the due date (the test runs later than 2025-07-10);
    // the jobs figure and the task are on pace for 区人力社保局, the task alone for 区发展改革委.
    const units = decided.units.map((record) => [record.unit.shortName, record.items, record.onTime, record.onPace, record.rank]);
    expect(units).toEqual([['区人力社保局', 3, 0, 2, 1], ['区发展改革委', 2, 0, 1, 2]]);
    expect(paragraphs[7]).toBe('按“按时报送”项数、再按“达到序时进度”项数排名：第1名 区人力社保局（3项中按时报送0项、达到序时进度2项）；第2名 区发展改革委（2项中按时报送0项、达到序时进度1项）。');
    expect(paragraphs).toHaveLength(8);
  });

  it('names every item of a round long past its due date with nothing reported as 逾期未报送, in the 督查通报 and the 汇总表', async () => {
    const lateId = await openLateRound();
    // 874 days after the due date of 2025-10-10.
    const now = new Date('2028-03-02T04:00:00Z');
    const { summary } = (await loadRoundOutputs(lateId, { sql: db, now }))!;
    expect(summary.items.map((entry) => entry.overdueDays)).toEqual([874, 874, 874]);
    const paragraphs = docxParagraphs(await roundBriefingDocx(summary, 'zh'));
    expect(paragraphs[4]).toBe('二、未达到序时进度、滞后及逾期未报送的事项');
    expect(paragraphs[5]).toBe('1. 地区生产总值增长6.5%左右。责任单位：区发展改革委（牵头）、区人力社保局。推进情况：逾期874天未报送。');
    expect(paragraphs.slice(5, 8).every((line) => line.endsWith('推进情况：逾期874天未报送。'))).toBe(true);
    expect(paragraphs.join('\n')).not.toContain('没有未达到序时进度');
    const sheet = new ExcelJS.Workbook();
    await sheet.xlsx.load((await roundSummaryXlsx(summary, 'zh')) as unknown as ArrayBuffer);
    expect(sheet.worksheets[0]!.getCell('D5').value).toBe('逾期874天未报送');
  });

  it('prints Liangping\'s budget revenue target in its stored wording, not its quote with a PDF page number', async () => {
    const liangping = await db.district.findUniqueOrThrow({ where: { code: '500155' }, select: { id: true } });
    const target = await db.target.findFirstOrThrow({ where: { districtId: liangping.id, year: 2024, indicator: { key: 'budget_revenue' } }, select: { id: true, quote: true } });
    expect(target.quote).toContain('\n23、');
    const unit = (await run<{ unitId: number }>(createUnit, adminUser!, { districtId: liangping.id, name: '梁平区财政局', shortName: '区财政局' })).unitId;
    await run(assignTargetUnits, adminUser!, { targetId: target.id, leadUnitId: String(unit), coUnitIds: [] });
    const lpRound = (await run<{ roundId: number }>(openRound, adminUser!, { districtId: liangping.id, year: 2024, periodMonths: 6, dueOn: '2024-07-10' })).roundId;
    const { summary } = (await loadRoundOutputs(lpRound, { sql: db, now: new Date('2024-07-01T02:00:00Z') }))!;
    expect(summary.items.map((entry) => entry.asWritten)).toEqual(['一般公共预算收入增长8%以上']);
    const table = docxParagraphs(await roundSummaryDocx(summary, 'zh'));
    const notice = docxParagraphs(await roundBriefingDocx(summary, 'en'));
    expect(table).toContain('一般公共预算收入增长8%以上');
    expect(notice.join('\n')).toContain('“一般公共预算收入增长8%以上”');
    for (const text of [...table, ...notice]) expect(text).not.toContain('23、');
  });

  // Last: it returns an item of the shared round, which the tests above read as submitted.
  it('names a submission the reviewer returned for changes in the 推进情况 cell, in both languages, until it is resubmitted', async () => {
    const before = (await loadRoundOutputs(roundId, { sql: db, now: NOW }))!.summary;
    expect(before.items[0]?.returned).toBeUndefined();
    const gdp = before.items[0]!;
    expect(summaryTable(before, 'zh').groups[0]!.rows[0]!.progress).not.toContain('退回');
    const coItem = await db.roundItem.findFirstOrThrow({ where: { roundId, targetId: { not: null }, unit: { shortName: '区人力社保局' }, unitRole: 'co' } });
    await run(returnItem, reviewerUser!, { itemId: coItem.id, version: coItem.version, reason: '请补充具体举措（测试）' });
    const after = (await loadRoundOutputs(roundId, { sql: db, now: NOW }))!.summary;
    expect(after.items[0]).toMatchObject({ asWritten: gdp.asWritten, returned: ['区人力社保局'], notes: ['区人力社保局：配合做好稳岗就业监测。'] });
    expect(after.items.slice(1).every((entry) => entry.returned === undefined)).toBe(true);
    expect(summaryTable(after, 'zh').groups[0]!.rows[0]!.progress.split('\n').at(-1)).toBe('（区人力社保局报送的内容已退回修改，尚未重新报送）');
    expect(summaryTable(after, 'en').groups[0]!.rows[0]!.progress.split('\n').at(-1)).toBe('(Returned to 区人力社保局 for changes; not yet resubmitted)');
    expect(docxParagraphs(await roundSummaryDocx(after, 'zh')).join('\n')).toContain('区人力社保局报送的内容已退回修改');

    const returned = await db.roundItem.findUniqueOrThrow({ where: { id: coItem.id } });
    await run(submitNarrative, staffBUser!, { itemId: returned.id, version: returned.version, text: '配合做好稳岗就业监测，已走访企业12家。' });
    const resubmitted = (await loadRoundOutputs(roundId, { sql: db, now: NOW }))!.summary;
    expect(resubmitted.items[0]).toMatchObject({ notes: ['区人力社保局：配合做好稳岗就业监测，已走访企业12家。'] });
    expect(resubmitted.items[0]?.returned).toBeUndefined();
  });
});
