// Scorecard as an A4 landscape PDF to put on a meeting table: a title and data line,
// then one block per district and year (its name and summary once, not on every row)
// with 序号, the target, the outcome, the final status beside the computed verdict and
// the review, the gap, the responsible unit and the remarks; the summary of the whole
// file closes it. Chinese needs a CJK font inside the file (a reader may have none):
// Noto Sans SC as TTF from @expo-google-fonts/noto-sans-sc, subset into the PDF by
// pdfkit, so no system font is used.
import path from 'node:path';
import type { Readable } from 'node:stream';
import PDFDocument from 'pdfkit';
import type { Locale } from '@/lib/i18n/locale';
import type { Scorecard, ScorecardRow } from '@/lib/scorecard/rows';
import { type ColumnKey, type ExportText, cells, exportText, fillTemplate, provenanceLine } from './columns';
import { emptyCounts } from '@/lib/verdict/counts';
import { countPace, emptyPaceCounts, summaryLine, summaryWithPace } from './summary';
import { PACE_COLOURS, VERDICT_COLOURS } from '@/lib/verdict/colours';
import { periodName } from '@/lib/verdict/period';

const FONT_DIR = path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'noto-sans-sc');
export const PDF_FONT = path.join(FONT_DIR, '400Regular', 'NotoSansSC_400Regular.ttf');
const PDF_FONT_BOLD = path.join(FONT_DIR, '700Bold', 'NotoSansSC_700Bold.ttf');

// Widths in points; they add up to the printable width of A4 landscape with 30 pt margins.
const TABLE: readonly { key: ColumnKey; width: number }[] = [
  { key: 'seq', width: 26 }, { key: 'indicator', width: 78 }, { key: 'asWritten', width: 66 }, { key: 'outcome', width: 74 },
  { key: 'final', width: 50 }, { key: 'computed', width: 68 }, { key: 'reviewStatus', width: 60 }, { key: 'gap', width: 62 },
  { key: 'responsibleUnit', width: 62 }, { key: 'explanation', width: 236 },
];
const TABLE_WIDTH = TABLE.reduce((sum, { width }) => sum + width, 0);
const PACE_WIDTH = 60;

/** With a period, the pace verdict (序时进度判定) follows the review status, its width taken from 备注 so the table still fits. */
function tableFor(period: number | undefined): readonly { key: ColumnKey; width: number }[] {
  if (period === undefined) return TABLE;
  return TABLE.flatMap((entry) => {
    if (entry.key === 'reviewStatus') return [entry, { key: 'pace' as const, width: PACE_WIDTH }];
    return entry.key === 'explanation' ? [{ ...entry, width: entry.width - PACE_WIDTH }] : [entry];
  });
}
const FONT_SIZE = 7.5;
const PADDING = 3;

/** pdfkit writes each finished page to the stream; a district's block is drawn once its last row has arrived. */
export function scorecardPdf(scorecard: Scorecard, locale: Locale): Readable {
  const text = exportText(locale);
  const period = scorecard.query.period;
  const table = tableFor(period);
  const periodText = period === undefined ? '' : periodName({ months: period })[locale];
  // No font layout cache: pdfkit keys it by each space-free run of text, which in Chinese is a
  // whole cell, so it kept every row's text laid out until the end (an all-years file of 180k
  // rows ran out of a 192 MB heap; without the cache the heap stays flat).
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 30, fontLayoutCache: false, info: { Title: scorecard.title[locale], CreationDate: scorecard.provenance.generatedAt } });
  doc.registerFont('body', PDF_FONT);
  doc.registerFont('bold', PDF_FONT_BOLD);
  doc.font('bold').fontSize(14).text(scorecard.title[locale], { align: 'center' });
  doc.font('body').fontSize(8).fillColor('#333333').text(provenanceLine(scorecard.provenance, locale, text), { align: 'center' }).moveDown(0.6);
  const left = doc.page.margins.left;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const heading = table.map(({ key }) => fillTemplate(text.headings[key], { period: periodText }));

  const rowHeight = (values: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'body').fontSize(FONT_SIZE);
    return Math.max(...table.map(({ width }, index) => doc.heightOfString(values[index] || ' ', { width: width - 2 * PADDING }))) + 2 * PADDING;
  };
  const drawCells = (values: string[], options: { bold: boolean; fills?: (string | null)[] }) => {
    const height = rowHeight(values, options.bold);
    const top = doc.y;
    let x = left;
    table.forEach(({ width }, index) => {
      const fill = options.fills?.[index];
      if (fill) doc.rect(x, top, width, height).fill(fill);
      doc.rect(x, top, width, height).lineWidth(0.4).stroke('#888888');
      doc.font(options.bold ? 'bold' : 'body').fontSize(FONT_SIZE).fillColor('#000000')
        .text(values[index] ?? '', x + PADDING, top + PADDING, { width: width - 2 * PADDING, lineBreak: true });
      x += width;
    });
    doc.x = left;
    doc.y = top + height;
  };
  const header = () => drawCells(heading, { bold: true, fills: table.map(() => '#DDEBF7') });
  /** A new page (with the column headings again) unless `height` still fits on this one. */
  const room = (height: number) => {
    if (doc.y + height <= bottom()) return;
    doc.addPage();
    header();
  };
  const bar = (label: string) => {
    doc.font('bold').fontSize(8.5);
    const height = doc.heightOfString(label, { width: TABLE_WIDTH - 2 * PADDING }) + 2 * PADDING;
    const top = doc.y;
    doc.rect(left, top, TABLE_WIDTH, height).fill('#F2F2F2');
    doc.rect(left, top, TABLE_WIDTH, height).lineWidth(0.4).stroke('#888888');
    doc.fillColor('#000000').text(label, left + PADDING, top + PADDING, { width: TABLE_WIDTH - 2 * PADDING });
    doc.x = left;
    doc.y = top + height;
  };

  const total = emptyCounts();
  const totalPace = emptyPaceCounts();
  let seq = 0;
  let group: ScorecardRow[] = [];
  const flush = () => {
    const first = group[0];
    if (!first) return;
    const counts = emptyCounts();
    const pace = emptyPaceCounts();
    for (const row of group) counts[row.finalCode] += 1;
    for (const row of group) countPace(pace, row);
    const lines = group.map((row) => {
      seq += 1;
      total[row.finalCode] += 1;
      countPace(totalPace, row);
      return { row, values: lineOf(table, row, seq, locale, text) };
    });
    // Keep the block's heading with at least its first row.
    room(24 + rowHeight(lines[0]!.values, false));
    bar(`${groupName(first, locale)}　${summaryWithPace(summaryLine(counts, locale, text), pace, period, locale, text)}`);
    for (const { row, values } of lines) {
      room(rowHeight(values, false));
      drawCells(values, { bold: false, fills: table.map(({ key }) => (key === 'final' ? VERDICT_COLOURS[row.finalCode].wash : key === 'pace' && row.pace ? PACE_COLOURS[row.pace.code].wash : null)) });
    }
    group = [];
  };

  const drawAll = async () => {
    header();
    for await (const chunk of scorecard.chunks(locale)) {
      for (const row of chunk) {
        const current = group[0];
        if (current && (current.districtCode !== row.districtCode || current.year !== row.year)) flush();
        group.push(row);
      }
    }
    flush();
    doc.moveDown(0.6);
    if (doc.y + 20 > bottom()) doc.addPage();
    doc.font('bold').fontSize(9).fillColor('#000000').text(summaryWithPace(summaryLine(total, locale, text), totalPace, period, locale, text), left, doc.y, { width: TABLE_WIDTH });
    doc.end();
  };
  void drawAll().catch((error: unknown) => doc.destroy(error as Error));
  return doc as unknown as Readable;
}

function lineOf(table: readonly { key: ColumnKey }[], row: ScorecardRow, seq: number, locale: Locale, text: ExportText): string[] {
  const values = cells(row, seq, locale, text);
  return table.map(({ key }) => (key === 'final' && row.provisional ? `${values.final}${text.provisionalMark}` : values[key]));
}

function groupName(row: ScorecardRow, locale: Locale): string {
  return locale === 'en' ? `${row.districtEn} · ${row.year}` : `${row.districtZh} · ${row.year}年`;
}
