// Scorecard as an A4 PDF. Chinese needs a CJK font inside the file (a reader may
// have none): Noto Sans SC as TTF from @expo-google-fonts/noto-sans-sc, subset
// into the PDF by pdfkit, so no system font is used.
import path from 'node:path';
import type { Readable } from 'node:stream';
import PDFDocument from 'pdfkit';
import type { Locale } from '@/lib/i18n/locale';
import type { Scorecard } from '@/lib/scorecard/rows';
import { type ColumnKey, cells, exportText, provenanceLine } from './columns';

const FONT_DIR = path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'noto-sans-sc');
export const PDF_FONT = path.join(FONT_DIR, '400Regular', 'NotoSansSC_400Regular.ttf');
const PDF_FONT_BOLD = path.join(FONT_DIR, '700Bold', 'NotoSansSC_700Bold.ttf');

const TABLE: readonly { key: ColumnKey; width: number }[] = [
  { key: 'district', width: 52 }, { key: 'year', width: 34 }, { key: 'indicator', width: 96 }, { key: 'asWritten', width: 70 },
  { key: 'actualValue', width: 54 }, { key: 'vintage', width: 44 }, { key: 'verdict', width: 52 }, { key: 'explanation', width: 200 },
  { key: 'responsibleUnit', width: 60 }, { key: 'targetSource', width: 108 },
];
const FONT_SIZE = 7.5;
const PADDING = 3;

/** pdfkit writes each finished page to the stream; rows are drawn as their chunk arrives. */
export function scorecardPdf(scorecard: Scorecard, locale: Locale): Readable {
  const text = exportText(locale);
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 30, info: { Title: scorecard.title[locale], CreationDate: scorecard.provenance.generatedAt } });
  doc.registerFont('body', PDF_FONT);
  doc.registerFont('bold', PDF_FONT_BOLD);
  doc.font('bold').fontSize(14).text(scorecard.title[locale]);
  doc.font('body').fontSize(8).text(provenanceLine(scorecard.provenance, text)).moveDown(0.5);
  const left = doc.page.margins.left;
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'body').fontSize(FONT_SIZE);
    const height = Math.max(...TABLE.map(({ width }, index) => doc.heightOfString(cells[index] || ' ', { width: width - 2 * PADDING }))) + 2 * PADDING;
    if (doc.y + height > bottom()) {
      doc.addPage();
      doc.font(bold ? 'bold' : 'body').fontSize(FONT_SIZE);
    }
    const top = doc.y;
    let x = left;
    TABLE.forEach(({ width }, index) => {
      const value = cells[index] ?? '';
      doc.rect(x, top, width, height).lineWidth(0.4).stroke('#888888');
      doc.fillColor('#000000').text(value, x + PADDING, top + PADDING, { width: width - 2 * PADDING, lineBreak: true });
      x += width;
    });
    doc.x = left;
    doc.y = top + height;
  };

  const drawAll = async () => {
    drawRow(TABLE.map(({ key }) => text.headings[key]), true);
    for await (const chunk of scorecard.chunks()) {
      for (const row of chunk) {
        const values = cells(row, locale, text);
        drawRow(TABLE.map(({ key }) => {
          const value = values[key];
          if (key === 'actualValue' && value) return `${value}${row.actualUnit ?? ''}`;
          if (key === 'verdict' && row.provisional) return `${value}（${text.headings.provisional}）`;
          return value;
        }), false);
      }
    }
    doc.end();
  };
  void drawAll().catch((error: unknown) => doc.destroy(error as Error));
  return doc as unknown as Readable;
}
