// The round's 推进情况汇总表 as XLSX, laid out like the scorecard meeting papers
// (lib/export/xlsx.ts: same thin borders and header fill): a title, the 填报单位 and
// 填报日期 line, the header row repeated on every printed page, group rows
// (一、… / 二、…), A4 landscape fitted to the page width. A round holds at most a few
// hundred items, so the workbook is built in memory and returned whole.
import ExcelJS from 'exceljs';
import { BORDER } from '@/lib/export/xlsx';
import type { Locale } from '@/lib/i18n/locale';
import { PACE_FILLS } from './pace-fills';
import { summaryTable, type SummaryOptions } from './summary-table';
import type { RoundSummary } from './types';

const WIDTHS = [6, 40, 24, 56, 16];
/**
 * Excel's limit on a cell's text. A longer one makes Excel call the file damaged and cut it
 * when it "repairs" it; a 推进情况 cell joins every unit's narrative (each up to 5,000
 * characters), so a task with seven co-units can pass it. The DOCX keeps the whole text.
 */
export const CELL_MAX_CHARS = 32_767;
const COLUMNS = WIDTHS.length;
const HEADER_ROW = 3;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const GROUP_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

export async function roundSummaryXlsx(summary: RoundSummary, locale: Locale, options: SummaryOptions = {}): Promise<Buffer> {
  const table = summaryTable(summary, locale, options);
  const workbook = new ExcelJS.Workbook();
  workbook.created = summary.generatedAt;
  const sheet = workbook.addWorksheet(table.sheetName, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 0 }],
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: locale === 'en' ? '&CPage &P of &N' : '&C第 &P 页，共 &N 页' },
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));

  const title = sheet.addRow([table.title]);
  title.font = { bold: true, size: 16 };
  title.height = 30;
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  sheet.mergeCells(title.number, 1, title.number, COLUMNS);

  const line = sheet.addRow([table.issuerLine, null, null, table.dateLine]);
  sheet.mergeCells(line.number, 1, line.number, 3);
  sheet.mergeCells(line.number, 4, line.number, COLUMNS);
  line.getCell(4).alignment = { horizontal: 'right' };

  const header = sheet.addRow(table.headings);
  header.font = { bold: true };
  header.height = 24;
  header.eachCell((cell) => {
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
  });

  if (table.groups.length === 0) fullWidth(sheet, table.emptyLine, false);
  for (const group of table.groups) {
    fullWidth(sheet, group.heading, true);
    for (const values of group.rows) {
      const row = sheet.addRow([values.seq, values.item, values.units, fitCell(values.progress, table.cellCut), values.pace]);
      row.alignment = { vertical: 'top', wrapText: true };
      row.eachCell({ includeEmpty: true }, (cell) => { cell.border = BORDER; });
      row.getCell(1).alignment = { vertical: 'top', horizontal: 'center' };
      const pace = row.getCell(5);
      pace.alignment = { vertical: 'top', horizontal: 'center', wrapText: true };
      pace.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: PACE_FILLS[values.paceCode] } };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The text whole when Excel can hold it, else cut (on a code point, not inside a pair) and marked as cut. */
export function fitCell(value: string, cut: string): string {
  if (value.length <= CELL_MAX_CHARS) return value;
  let end = CELL_MAX_CHARS - cut.length;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${value.slice(0, end)}${cut}`;
}

/** A merged, bordered row across the table: a group heading or the "no items" line. */
function fullWidth(sheet: ExcelJS.Worksheet, value: string, bold: boolean): void {
  const row = sheet.addRow([value]);
  for (let index = 1; index <= COLUMNS; index += 1) row.getCell(index).border = BORDER;
  row.font = { bold };
  row.getCell(1).fill = GROUP_FILL;
  sheet.mergeCells(row.number, 1, row.number, COLUMNS);
}
