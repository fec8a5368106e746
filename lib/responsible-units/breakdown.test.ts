import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BreakdownFileError, planBreakdown, readBreakdownFile, splitUnits, type CandidateTarget, type CandidateUnit } from './breakdown';

const csv = (text: string) => new TextEncoder().encode(text);

const TARGETS: CandidateTarget[] = [
  { id: 1, asWritten: '7%以上', indicator: { key: 'gdp', nameZh: '地区生产总值', aliases: ['生产总值', 'GDP', '经济总量'] } },
  { id: 2, asWritten: '下降3%', indicator: { key: 'energy_intensity', nameZh: '单位地区生产总值能耗', aliases: ['单位GDP能耗'] } },
  { id: 3, asWritten: '4500人以上', indicator: { key: 'new_urban_jobs', nameZh: '城镇新增就业', aliases: ['新增城镇就业'] } },
  { id: 4, asWritten: '10%以上', indicator: { key: 'industrial_value_added', nameZh: '规模以上工业增加值', aliases: ['规上工业增加值'] } },
  // One indicator with a growth and a level target: the wording decides.
  { id: 5, asWritten: '8%以上', indicator: { key: 'budget_revenue', nameZh: '一般公共预算收入', aliases: [] } },
  { id: 6, asWritten: '20亿元', indicator: { key: 'budget_revenue', nameZh: '一般公共预算收入', aliases: [] } },
];
const UNITS: CandidateUnit[] = [
  { id: 10, name: '区发展和改革委员会', shortName: '区发展改革委' },
  { id: 11, name: '区统计局', shortName: '区统计局' },
  { id: 12, name: '区财政局', shortName: '区财政局' },
  { id: 13, name: '区人力资源和社会保障局', shortName: '区人力社保局' },
];

describe('readBreakdownFile', () => {
  it('reads a CSV with a title row above the header, skipping blank lines', async () => {
    const rows = await readBreakdownFile('fenjie.csv', csv('\uFEFF梁平区2024年政府工作报告目标任务分解方案\n序号,目标任务,牵头单位,配合单位\n1,地区生产总值增长7%以上。,区发展改革委,"区统计局、区财政局"\n,,,\n2,单位GDP能耗下降3%,区发展改革委,\n'));
    expect(rows).toEqual([
      { line: 3, item: '地区生产总值增长7%以上。', lead: '区发展改革委', co: ['区统计局', '区财政局'] },
      { line: 5, item: '单位GDP能耗下降3%', lead: '区发展改革委', co: [] },
    ]);
  });

  it('reads the first sheet of an XLSX written by exceljs', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('分解方案');
    sheet.addRow(['序号', '目标任务', '牵头单位', '配合单位']);
    sheet.addRow([1, '城镇新增就业4500人以上', '区人力社保局', '区财政局\n区统计局']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await readBreakdownFile('fenjie.xlsx', bytes)).toEqual([{ line: 2, item: '城镇新增就业4500人以上', lead: '区人力社保局', co: ['区财政局', '区统计局'] }]);
  });

  it.each<[string, Uint8Array, string]>([
    ['a .xls', csv('x'), 'unsupported_type'],
    ['an empty file', new Uint8Array(), 'empty'],
    ['a GBK CSV', new Uint8Array([0xc4, 0xbf, 0xb1, 0xea, 0x2c, 0x0a]), 'csv_not_utf8'],
    ['no 目标任务 header', csv('a,b\n1,2\n'), 'missing_columns'],
    ['no 牵头单位 header', csv('目标任务,配合单位\nx,y\n'), 'missing_columns'],
    ['a text file named .xlsx', csv('not a zip'), 'xlsx_corrupt'],
  ])('refuses %s', async (name, bytes, code) => {
    const file = name === 'a .xls' ? 'plan.xls' : name.includes('.xlsx') ? 'plan.xlsx' : 'plan.csv';
    await expect(readBreakdownFile(file, bytes)).rejects.toMatchObject({ code });
    await expect(readBreakdownFile(file, bytes)).rejects.toBeInstanceOf(BreakdownFileError);
  });
});

describe('splitUnits', () => {
  it('splits on the separators offices use', () => {
    expect(splitUnits('区财政局、区统计局，区商务委;区住房城乡建委\n区交通局')).toEqual(['区财政局', '区统计局', '区商务委', '区住房城乡建委', '区交通局']);
    expect(splitUnits('')).toEqual([]);
  });
});

describe('planBreakdown', () => {
  it('matches items by indicator name or alias (the longest wins) and units by name or short name', () => {
    const plan = planBreakdown(
      [
        { line: 2, item: '一、经济社会发展主要预期目标', lead: '', co: [] },
        { line: 3, item: '地区生产总值增长7%以上。', lead: '区发展改革委', co: ['区统计局'] },
        { line: 4, item: '单位GDP能耗下降3%', lead: '区发展和改革委员会', co: [] },
        { line: 5, item: '规模以上工业增加值增长10%以上', lead: '区统计局', co: [] },
        { line: 6, item: '一般公共预算收入增长8%以上', lead: '区财政局', co: [] },
      ],
      TARGETS,
      UNITS,
    );
    expect(plan.errors).toEqual([]);
    expect(plan.skipped).toBe(1);
    expect(plan.assignments.map(({ line, targetId, leadUnitId, coUnitIds }) => ({ line, targetId, leadUnitId, coUnitIds }))).toEqual([
      { line: 3, targetId: 1, leadUnitId: 10, coUnitIds: [11] },
      { line: 4, targetId: 2, leadUnitId: 10, coUnitIds: [] },
      { line: 5, targetId: 4, leadUnitId: 11, coUnitIds: [] },
      { line: 6, targetId: 5, leadUnitId: 12, coUnitIds: [] },
    ]);
  });

  it('reports every problem of every row, in both languages', () => {
    const plan = planBreakdown(
      [
        { line: 2, item: '推进老旧小区改造', lead: '区住房城乡建委', co: [] },
        { line: 3, item: '地区生产总值增长7%以上', lead: '', co: ['区统计局'] },
        { line: 4, item: '地区生产总值增长7%以上', lead: '区统计局', co: ['区统计局'] },
        { line: 5, item: '一般公共预算收入', lead: '区财政局', co: [] },
        { line: 6, item: '', lead: '区财政局', co: [] },
      ],
      TARGETS,
      UNITS,
    );
    expect(plan.assignments).toEqual([]);
    expect(plan.keyTasks).toEqual([]);
    expect(plan.errors.map((error) => [error.line, error.message.zh])).toEqual([
      [2, '本区县没有名为“区住房城乡建委”的责任单位，请先在本页添加。'],
      [3, '缺少牵头单位。'],
      [4, '“区统计局”既是牵头单位又是配合单位。'],
      [4, '与第 3 行是同一项目标或重点工作。'],
      [5, '对应多项目标（8%以上 / 20亿元），请在目标任务中写明目标值。'],
      [6, '缺少目标任务。'],
    ]);
    expect(plan.errors[0]!.message.en).toBe('This district has no unit named “区住房城乡建委”; add it on this page first.');
  });

  it('plans an item that names no target as a key task, once per wording', () => {
    const plan = planBreakdown(
      [
        { line: 2, item: '二、重点工作', lead: '', co: [] },
        { line: 3, item: '推进老旧小区改造', lead: '区财政局', co: ['区统计局'] },
        { line: 4, item: '推进老旧小区改造', lead: '区财政局', co: [] },
        { line: 5, item: '城镇新增就业4500人以上', lead: '区人力社保局', co: [] },
      ],
      TARGETS,
      UNITS,
    );
    expect(plan.skipped).toBe(1);
    expect(plan.keyTasks).toEqual([{ line: 3, wording: '推进老旧小区改造', leadUnitId: 12, coUnitIds: [11] }]);
    expect(plan.assignments.map((row) => row.targetId)).toEqual([3]);
    expect(plan.errors.map((error) => [error.line, error.message.zh])).toEqual([[4, '与第 3 行是同一项目标或重点工作。']]);
  });
});
