// The round's 推进情况汇总表 as DOCX, the form offices circulate (Word): title,
// 填报单位 and 填报日期, one bordered table whose header row repeats on every page
// (w:tblHeader) with group rows (一、… / 二、…), A4 landscape; then the 督查通报
// summary generated from the same data. Chinese text in 宋体/黑体, Latin in Times New Roman.
import {
  AlignmentType, BorderStyle, Document, Packer, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow,
  TextRun, VerticalAlign, WidthType, type ITableCellOptions,
} from 'docx';
import type { Locale } from '@/lib/i18n/locale';
import { briefingText } from './briefing';
import { PACE_FILLS } from './pace-fills';
import { summaryTable, type SummaryOptions } from './summary-table';
import { outputText } from './text';
import type { RoundSummary } from './types';

// A4 in twips (1/1440 inch): 210 × 297 mm; given as portrait, turned by the orientation.
const A4_SHORT = 11906;
const A4_LONG = 16838;
const MARGIN = 1000;
// Column shares of the usable width (landscape long side less both margins).
const SHARES = [6, 30, 16, 36, 12];
const USABLE = A4_LONG - 2 * MARGIN;
const WIDTHS = SHARES.map((share) => Math.floor((USABLE * share) / 100));
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const HEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };

export async function roundSummaryDocx(summary: RoundSummary, locale: Locale, options: SummaryOptions = {}): Promise<Buffer> {
  const table = summaryTable(summary, locale, options);
  const text = outputText(locale);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.headings.map((heading, index) => cell([heading], index, { bold: true, fill: 'DDEBF7', center: true })),
  });
  const rows: TableRow[] = [header];
  if (table.groups.length === 0) rows.push(new TableRow({ children: [cell([table.emptyLine], 0, { span: SHARES.length })] }));
  for (const group of table.groups) {
    rows.push(new TableRow({ cantSplit: true, children: [cell([group.heading], 0, { span: SHARES.length, bold: true, fill: 'F2F2F2' })] }));
    for (const row of group.rows) {
      rows.push(new TableRow({
        cantSplit: true,
        children: [
          cell([String(row.seq)], 0, { center: true }),
          cell([row.item], 1),
          cell([row.units], 2),
          cell(row.progress.split('\n'), 3),
          cell([row.pace], 4, { center: true, fill: PACE_FILLS[row.paceCode].slice(2) }),
        ],
      }));
    }
  }
  const document = new Document({
    creator: table.issuerLine,
    title: table.title,
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [{
      properties: {
        page: {
          size: { width: A4_SHORT, height: A4_LONG, orientation: PageOrientation.LANDSCAPE },
          margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
        },
      },
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: table.title, bold: true, size: 32, font: HEADING_FONT })] }),
        new Paragraph({
          spacing: { after: 120 },
          tabStops: [{ type: 'right', position: USABLE }],
          children: [new TextRun(table.issuerLine), new TextRun({ text: `\t${table.dateLine}` })],
        }),
        new Table({
          width: { size: USABLE, type: WidthType.DXA },
          columnWidths: WIDTHS,
          borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
          rows,
        }),
        new Paragraph({ spacing: { before: 300, after: 120 }, children: [new TextRun({ text: text.briefingHeading, bold: true, size: 24, font: HEADING_FONT })] }),
        new Paragraph({ indent: locale === 'zh' ? { firstLine: 420 } : undefined, children: [new TextRun(briefingText(summary, locale))] }),
      ],
    }],
  });
  return Packer.toBuffer(document);
}

type CellStyle = { bold?: boolean; fill?: string; center?: boolean; span?: number };

function cell(lines: string[], column: number, style: CellStyle = {}): TableCell {
  const options: ITableCellOptions = {
    width: { size: style.span ? WIDTHS.reduce((sum, width) => sum + width, 0) : (WIDTHS[column] ?? 0), type: WidthType.DXA },
    columnSpan: style.span,
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    shading: style.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: style.fill } : undefined,
    children: lines.map((line) => new Paragraph({
      alignment: style.center ? AlignmentType.CENTER : AlignmentType.LEFT,
      children: [new TextRun({ text: line, bold: style.bold })],
    })),
  };
  return new TableCell(options);
}
