// The 督查通报 as a DOCX of its own (briefing-document.ts gives the words): A4 portrait,
// the title centred in 黑体, the issuing office and date on one line, numbered section
// headings, body paragraphs indented two characters as official documents are. Chinese
// text in 宋体, Latin in Times New Roman, like the 汇总表 (summary-docx.ts).
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { Locale } from '@/lib/i18n/locale';
import { briefingDocument, type BriefingOptions } from './briefing-document';
import type { RoundSummary } from './types';

// A4 in twips (1/1440 inch), portrait.
const A4_SHORT = 11906;
const A4_LONG = 16838;
const MARGIN = 1440;
const USABLE = A4_SHORT - 2 * MARGIN;
const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const HEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
// Body text 小四 (12 pt, in half-points), its first line indented two characters (2 × 12 pt = 480 twips).
const BODY_SIZE = 24;
const TWO_CHARACTERS = 480;

export async function roundBriefingDocx(summary: RoundSummary, locale: Locale, options: BriefingOptions = {}): Promise<Buffer> {
  const doc = briefingDocument(summary, locale, options);
  const indent = locale === 'zh' ? { firstLine: TWO_CHARACTERS } : undefined;
  const document = new Document({
    creator: doc.issuerLine,
    title: doc.title,
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    sections: [{
      properties: { page: { size: { width: A4_SHORT, height: A4_LONG }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: doc.title, bold: true, size: 32, font: HEADING_FONT })] }),
        new Paragraph({
          spacing: { after: 240 },
          tabStops: [{ type: 'right', position: USABLE }],
          children: [new TextRun(doc.issuerLine), new TextRun({ text: `\t${doc.dateLine}` })],
        }),
        ...doc.sections.flatMap((section) => [
          new Paragraph({ spacing: { before: 240, after: 120 }, children: [new TextRun({ text: section.heading, bold: true, font: HEADING_FONT })] }),
          ...section.paragraphs.map((line) => new Paragraph({ indent, spacing: { after: 120, line: 360 }, alignment: AlignmentType.JUSTIFIED, children: [new TextRun(line)] })),
        ]),
      ],
    }],
  });
  return Packer.toBuffer(document);
}
