// Scorecard as XLSX, laid out like an office's 目标任务落实情况 table, streamed
// with exceljs's WorkbookWriter so rows leave as they are written.
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { QUALIFIERS } from '@/lib/domain/types';
import type { Locale } from '@/lib/i18n/locale';
import { QUALIFIER_LABELS } from '@/lib/scorecard/labels';
import type { Scorecard } from '@/lib/scorecard/rows';
import { DEFAULT_GROWTH_TOLERANCE_PP, DEFAULT_LEVEL_TOLERANCE_RATIO } from '@/lib/verdict/tolerance';
import { VERDICT_CODES, type VerdictCode } from '@/lib/verdict/types';
import { VERDICT_LABELS } from '@/lib/verdict/labels';
import { type ColumnKey, cells, exportText, provenanceLine } from './columns';

const SHEET_COLUMNS: readonly { key: ColumnKey; width: number }[] = [
  { key: 'district', width: 10 }, { key: 'year', width: 7 }, { key: 'indicator', width: 22 }, { key: 'asWritten', width: 16 },
  { key: 'actualValue', width: 11 }, { key: 'actualUnit', width: 8 }, { key: 'vintage', width: 10 }, { key: 'verdict', width: 11 },
  { key: 'provisional', width: 8 }, { key: 'gap', width: 9 }, { key: 'explanation', width: 48 }, { key: 'reviewState', width: 9 },
  { key: 'responsibleUnit', width: 18 }, { key: 'targetSource', width: 26 }, { key: 'targetQuote', width: 30 },
  { key: 'outcomeSource', width: 26 }, { key: 'outcomeQuote', width: 30 }, { key: 'verdictCode', width: 14 }, { key: 'districtCode', width: 9 },
];

/** Fill colours (ARGB) per verdict; the cell also carries the verdict in words, so colour is never the only signal. */
export const VERDICT_FILLS: Record<VerdictCode, string> = {
  exceeded: 'FF63BE7B', met: 'FFA9D08E', met_within_tolerance: 'FFFFE699', missed: 'FFF4B183',
  pending: 'FFD9D9D9', needs_judgment: 'FFBDD7EE', not_comparable: 'FFEDEDED',
};

export function scorecardXlsx(scorecard: Scorecard, locale: Locale): Readable {
  const stream = new PassThrough();
  void writeWorkbook(scorecard, locale, stream).catch((error: unknown) => stream.destroy(error as Error));
  return stream;
}

async function writeWorkbook(scorecard: Scorecard, locale: Locale, stream: PassThrough): Promise<void> {
  const text = exportText(locale);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.created = scorecard.provenance.generatedAt;
  const sheet = workbook.addWorksheet(text.sheetName, { views: [{ state: 'frozen', ySplit: 3, xSplit: 0 }] });
  sheet.columns = SHEET_COLUMNS.map(({ key, width }) => ({ key, width }));
  sheet.addRow([scorecard.title[locale]]).commit();
  sheet.addRow([provenanceLine(scorecard.provenance, text)]).commit();
  const header = sheet.addRow(SHEET_COLUMNS.map(({ key }) => text.headings[key]));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((headerCell) => { headerCell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } }; });
  header.commit();
  const verdictColumn = SHEET_COLUMNS.findIndex(({ key }) => key === 'verdict') + 1;
  // What the rules sheet reports, gathered on the way: bounded by indicators × tolerances and documents, not rows.
  const tolerancesUsed = new Map<string, number>();
  const sources = new Set<string>();
  for await (const chunk of scorecard.chunks()) for (const row of chunk) {
    const values = cells(row, locale, text);
    const tolerance = `${values.indicator}\u0000${row.tolerance ? `${row.tolerance.value}${row.tolerance.kind === 'points' ? ' pp' : ' (ratio)'} · ${row.tolerance.source}` : '—'}`;
    tolerancesUsed.set(tolerance, (tolerancesUsed.get(tolerance) ?? 0) + 1);
    sources.add(row.targetSourceTitle);
    if (row.outcomeSourceTitle) sources.add(row.outcomeSourceTitle);
    // Strings are written as typed text cells, never formulas, so "=HYPERLINK(" stays inert.
    const added = sheet.addRow(SHEET_COLUMNS.map(({ key }) => values[key]));
    added.alignment = { vertical: 'top', wrapText: true };
    added.getCell(verdictColumn).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: VERDICT_FILLS[row.verdictCode] } };
    added.commit();
  }
  sheet.commit();

  const rules = workbook.addWorksheet(text.rulesSheet);
  rules.columns = [{ width: 28 }, { width: 60 }, { width: 40 }];
  const lines: string[][] = [
    [text.rules.title],
    [provenanceLine(scorecard.provenance, text)],
    [],
    [text.rules.toleranceGrowth, `${DEFAULT_GROWTH_TOLERANCE_PP} pp`],
    [text.rules.toleranceLevel, `${Number(DEFAULT_LEVEL_TOLERANCE_RATIO) * 100}%`],
    [text.rules.toleranceNote],
    [text.rules.provisional],
    [],
    [text.rules.verdicts],
    ...VERDICT_CODES.map((code) => [VERDICT_LABELS[code][locale], code]),
    [],
    [text.rules.qualifiers],
    ...QUALIFIERS.map((qualifier) => {
      const label = QUALIFIER_LABELS[qualifier];
      return [locale === 'en' ? label.en : label.zh, locale === 'en' ? label.meaningEn : label.meaningZh];
    }),
    [],
    [text.rules.tolerancesUsed, '', text.rules.rowCount],
    ...[...tolerancesUsed].map(([key, count]) => [...key.split('\u0000'), String(count)]),
    [],
    [text.rules.sources],
    ...[...sources].map((title) => [title]),
  ];
  for (const line of lines) rules.addRow(line).commit();
  rules.commit();
  await workbook.commit();
}
