// Opens the 汇总表 files with real readers: ExcelJS for the XLSX, the DOCX unzipped and
// its document.xml read, and checks what an office would check: the title, 填报单位 and
// date, the two groups, each row's cells, borders, landscape A4 and the repeated header.
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { argb, VERDICT_COLOURS } from '@/lib/verdict/colours';
import { AWAITING_JUDGMENT_LABEL, PACE_LABELS } from '@/lib/verdict/pace';
import { briefingText } from './briefing';
import { roundSummaryDocx } from './summary-docx';
import { roundSummaryXlsx } from './summary-xlsx';
import { CPI, GDP, item, JOBS, LEAD_NDRC, summaryFixture, TASK } from './test-fixtures';

const SUMMARY = summaryFixture([GDP, JOBS, CPI, TASK]);

async function readXlsx(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

function rowValues(sheet: ExcelJS.Worksheet, number: number): unknown[] {
  return (sheet.getRow(number).values as unknown[]).slice(1);
}

/** document.xml's text, one entry per paragraph (w:t runs joined). */
function docxParagraphs(buffer: Buffer): { xml: string; paragraphs: string[] } {
  const files = unzipSync(new Uint8Array(buffer));
  const entry = files['word/document.xml'];
  if (!entry) throw new Error('no word/document.xml');
  const xml = strFromU8(entry);
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) =>
    [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((run) => (run[0] === '<w:tab/>' ? '\t' : run[1] ?? '')).join(''));
  return { xml, paragraphs: paragraphs.map((text) => text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')) };
}

describe('推进情况汇总表 as XLSX', () => {
  it('lays out title, 填报单位 and date, the header, both groups and every cell, in Chinese', async () => {
    const sheet = await readXlsx(await roundSummaryXlsx(SUMMARY, 'zh'));
    expect(sheet.name).toBe('推进情况汇总表');
    expect(sheet.getCell('A1').value).toBe('测试区2025年政府工作报告目标任务上半年推进情况汇总表');
    expect(sheet.getCell('A2').value).toBe('填报单位：测试区');
    expect(sheet.getCell('D2').value).toBe('填报日期：2025年7月11日');
    expect(rowValues(sheet, 3)).toEqual(['序号', '目标任务', '责任单位', '上半年推进情况', '序时进度判定']);
    expect(sheet.getCell('A4').value).toBe('一、经济社会发展主要预期目标');
    expect(rowValues(sheet, 5)).toEqual([1, '地区生产总值增长6%以上。', '区发展改革委（牵头）、区统计局',
      '上半年累计增长2.9%\n来源：测试夹具 区统计局1—6月统计月报', '未达到序时进度']);
    expect(rowValues(sheet, 6)).toEqual([2, '城镇新增就业1.3万人。', '区人力社保局（牵头）', '上半年累计0.8万人\n来源：测试夹具 区人力社保局报送', '达到序时进度']);
    expect(rowValues(sheet, 7)).toEqual([3, '居民消费价格涨幅控制在3%左右。', '区发展改革委（牵头）、区财政局', '未填报', '待填报']);
    expect(sheet.getCell('A8').value).toBe('二、重点工作');
    expect(rowValues(sheet, 9)).toEqual([1, '推进城市更新，完成老旧小区改造10个。', '区住房城乡建委（牵头）、区财政局',
      '已开工老旧小区改造6个，完成投资1.2亿元。\n来源：测试夹具 区住房城乡建委报送', '达到序时进度']);
    expect(sheet.rowCount).toBe(9);
    // Merged title and group rows span the five columns.
    expect(sheet.getCell('E1').master.address).toBe('A1');
    expect(sheet.getCell('E8').master.address).toBe('A8');
  });

  it('has thin borders on every table cell, landscape A4 fitted to width, the header row repeated, a colour and a word per pace', async () => {
    const sheet = await readXlsx(await roundSummaryXlsx(SUMMARY, 'zh'));
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
    for (let row = 3; row <= 9; row += 1) for (let column = 1; column <= 5; column += 1) {
      expect(sheet.getRow(row).getCell(column).border, `${row}:${column}`).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } });
    }
    // The pages' colours (lib/verdict/colours): behind pace reads as missed, on pace as met.
    expect(sheet.getCell('E5').fill).toMatchObject({ fgColor: { argb: argb(VERDICT_COLOURS.missed.wash) } });
    expect(sheet.getCell('E6').fill).toMatchObject({ fgColor: { argb: argb(VERDICT_COLOURS.met.wash) } });
    expect(sheet.getCell('B5').alignment).toMatchObject({ wrapText: true });
  });

  it('writes the English version', async () => {
    const sheet = await readXlsx(await roundSummaryXlsx(SUMMARY, 'en'));
    expect(sheet.getCell('A1').value).toBe('Test District: 2025 Government Work Report targets and tasks, progress summary (H1)');
    expect(rowValues(sheet, 3)).toEqual(['No.', 'Target or task', 'Responsible units', 'Progress (H1)', 'Against the pace of the year']);
    expect(sheet.getCell('A4').value).toBe('1. Main economic and social targets');
    expect(rowValues(sheet, 5)).toEqual([1, '地区生产总值增长6%以上。', '区发展改革委 (lead), 区统计局', 'H1 cumulative growth 2.9%\nSource: 测试夹具 区统计局1—6月统计月报', 'behind pace']);
    expect(rowValues(sheet, 6)?.[3]).toBe('H1 cumulative 8,000 people\nSource: 测试夹具 区人力社保局报送');
    expect(sheet.getCell('D2').value).toBe('Date: 11 July 2025');
  });

  it('words a reported task that no reviewer has judged 待研判, not 待填报, in the table and the briefing', async () => {
    const awaiting = { ...TASK, pace: { ...TASK.pace, code: 'pending' as const, label: AWAITING_JUDGMENT_LABEL } };
    const sheet = await readXlsx(await roundSummaryXlsx(summaryFixture([awaiting]), 'zh'));
    expect(rowValues(sheet, 5)).toEqual([1, '推进城市更新，完成老旧小区改造10个。', '区住房城乡建委（牵头）、区财政局',
      '已开工老旧小区改造6个，完成投资1.2亿元。\n来源：测试夹具 区住房城乡建委报送', '待研判']);
    const en = await readXlsx(await roundSummaryXlsx(summaryFixture([awaiting]), 'en'));
    expect(rowValues(en, 5)[4]).toBe('awaiting judgment');
    expect(briefingText(summaryFixture([awaiting, { ...TASK, progress: null, pace: { ...TASK.pace, code: 'pending' as const, label: PACE_LABELS.pending } }]), 'zh'))
      .toBe('本次通报未列入量化指标。列入本次通报的重点工作2项，已完成0项、序时推进0项、滞后0项、待填报1项、已报送待研判1项。');
    expect(briefingText(summaryFixture([awaiting]), 'en'))
      .toBe('This briefing lists no quantified targets. Key tasks in this briefing: 1, of which 0 completed, 0 on track, 0 lagging, 0 awaiting report, 1 reported and awaiting judgment.');
  });

  it('says so when a round has no items, and leaves out an empty group', async () => {
    const empty = await readXlsx(await roundSummaryXlsx(summaryFixture([]), 'zh'));
    expect(empty.getCell('A4').value).toBe('本轮未列入目标任务。');
    expect(empty.rowCount).toBe(4);
    const tasksOnly = await readXlsx(await roundSummaryXlsx(summaryFixture([TASK]), 'zh'));
    expect(tasksOnly.getCell('A4').value).toBe('二、重点工作');
  });
});

describe('推进情况汇总表 as DOCX', () => {
  it('holds the title, 填报单位 and date, the header, both groups, every cell and the 督查通报, in Chinese', async () => {
    const { paragraphs } = docxParagraphs(await roundSummaryDocx(SUMMARY, 'zh'));
    expect(paragraphs.slice(0, 2)).toEqual(['测试区2025年政府工作报告目标任务上半年推进情况汇总表', '填报单位：测试区\t填报日期：2025年7月11日']);
    expect(paragraphs.slice(2, 7)).toEqual(['序号', '目标任务', '责任单位', '上半年推进情况', '序时进度判定']);
    expect(paragraphs.slice(7, 14)).toEqual(['一、经济社会发展主要预期目标', '1', '地区生产总值增长6%以上。', '区发展改革委（牵头）、区统计局',
      '上半年累计增长2.9%', '来源：测试夹具 区统计局1—6月统计月报', '未达到序时进度']);
    expect(paragraphs).toContain('二、重点工作');
    expect(paragraphs).toContain('已开工老旧小区改造6个，完成投资1.2亿元。');
    expect(paragraphs.at(-2)).toBe('督查通报');
    expect(paragraphs.at(-1)).toBe(
      '列入本次通报的量化指标3项，达到序时进度1项、占比33.3%；未达到序时进度的为：地区生产总值增长6%以上（上半年累计增长2.9%，区发展改革委牵头）'
      + '；尚未填报的为：居民消费价格涨幅控制在3%左右（区发展改革委牵头）。列入本次通报的重点工作1项，已完成0项、序时推进1项、滞后0项、待填报0项。',
    );
  });

  it('is landscape A4 with a bordered table whose header row repeats on every page', async () => {
    const { xml } = docxParagraphs(await roundSummaryDocx(SUMMARY, 'zh'));
    const size = /<w:pgSz ([^>]*)\/>/.exec(xml)?.[1] ?? '';
    expect(size).toContain('w:orient="landscape"');
    expect(Number(/w:w="(\d+)"/.exec(size)?.[1])).toBe(16838);
    expect(Number(/w:h="(\d+)"/.exec(size)?.[1])).toBe(11906);
    const borders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(xml)?.[1] ?? '';
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) expect(borders, side).toMatch(new RegExp(`<w:${side} w:val="single"`));
    // Exactly one header row, the first of the table.
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    const firstRow = /<w:tr>[\s\S]*?<\/w:tr>/.exec(xml.slice(xml.indexOf('<w:tbl>')))?.[0] ?? '';
    expect(firstRow).toContain('<w:tblHeader/>');
    expect(firstRow).toContain('序时进度判定');
  });

  it('writes the English version', async () => {
    const { paragraphs } = docxParagraphs(await roundSummaryDocx(SUMMARY, 'en'));
    expect(paragraphs[0]).toBe('Test District: 2025 Government Work Report targets and tasks, progress summary (H1)');
    expect(paragraphs).toContain('2. Key tasks');
    expect(paragraphs).toContain('Progress (H1)');
    expect(paragraphs.at(-2)).toBe('Supervision briefing');
    expect(paragraphs.at(-1)).toMatch(/^Quantified targets in this briefing: 3, of which 1 on pace \(33\.3%\); behind pace: /);
  });
});

describe('推进情况汇总表: an item overdue with nothing reported', () => {
  const LATE = { ...CPI, overdueDays: 874 };

  it('says 逾期N天未报送 in the 推进情况 cell of the XLSX and the DOCX, not just 未填报', async () => {
    const sheet = await readXlsx(await roundSummaryXlsx(summaryFixture([LATE]), 'zh'));
    expect(rowValues(sheet, 5)).toEqual([1, '居民消费价格涨幅控制在3%左右。', '区发展改革委（牵头）、区财政局', '逾期874天未报送', '待填报']);
    const { paragraphs } = docxParagraphs(await roundSummaryDocx(summaryFixture([LATE]), 'en'));
    expect(paragraphs).toContain('874 days overdue, not reported');
    expect(paragraphs).not.toContain('not reported');
  });
});

describe('a 推进情况 longer than a spreadsheet cell holds', () => {
  // Eight units' narratives of 5,000 characters each (the most a narrative takes), joined in one cell.
  const units = Array.from({ length: 8 }, (_, index) => ({ name: `区测试单位${index + 1}`, shortName: `测试单位${index + 1}`, role: index === 0 ? 'lead' as const : 'co' as const }));
  const long = units.map((unit, index) => `${unit.shortName}：${`${'推进中😀'.repeat(999)}第${index + 1}段。`.slice(0, 5000)}`).join('\n');
  const summary = summaryFixture([item('task', '测试夹具：八个单位共同推进的重点工作。', 'on_pace', { kind: 'narrative', text: long, source: null }, [LEAD_NDRC, ...units])]);

  it('is cut at Excel\'s 32,767 characters in the XLSX, on a whole character, and says so in the file\'s language', async () => {
    expect(long.length).toBeGreaterThan(32_767);
    for (const [locale, marker] of [['zh', '全文见 Word 版汇总表'], ['en', 'the Word version of this summary has the full text']] as const) {
      const sheet = await readXlsx(await roundSummaryXlsx(summary, locale));
      const cell = String(sheet.getCell('D5').value);
      expect(cell.length).toBeLessThanOrEqual(32_767);
      expect(cell).toContain(marker);
      expect(cell.startsWith(long.slice(0, 30_000))).toBe(true);
      expect(cell).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
    }
  });

  it('stays whole in the DOCX', async () => {
    const { paragraphs } = docxParagraphs(await roundSummaryDocx(summary, 'zh'));
    expect(paragraphs.join('\n')).toContain('第8段。');
  });
});

