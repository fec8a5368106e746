// Scorecard as XLSX, laid out as an office's 目标任务落实情况 table ready to print:
// a title and a data line, 序号, number cells for numbers, thin borders, the final
// status (达标情况) with the computed verdict and 审核状态 beside it, a summary row,
// landscape A4 fitted to the page width with the header row repeated on every page.
// The evidence columns (quotes, sources, times) follow outside the print area.
// Streamed with exceljs's WorkbookWriter so rows leave as they are written.
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { QUALIFIERS } from '@/lib/domain/types';
import type { Locale } from '@/lib/i18n/locale';
import { QUALIFIER_LABELS } from '@/lib/scorecard/labels';
import type { Scorecard, ScorecardRow } from '@/lib/scorecard/rows';
import { VERDICT_CODES, type VerdictCode } from '@/lib/verdict/types';
import { VERDICT_LABELS } from '@/lib/verdict/labels';
import { argb, PACE_COLOURS, VERDICT_COLOURS } from '@/lib/verdict/colours';
import { periodName } from '@/lib/verdict/period';
import { type ColumnKey, type ExportText, NUMERIC_COLUMNS, cellWriter, exportText, fillTemplate, provenanceLine } from './columns';
import { decidedCount, emptyCounts, type StatusCounts, totalCount } from '@/lib/verdict/counts';
import { PACE_CODES, PACE_LABELS, type PaceCode } from '@/lib/verdict/pace';
import { countPace, emptyPaceCounts, type PaceCounts, summaryLine, summaryWithPace } from './summary';

const SHEET_COLUMNS: readonly { key: ColumnKey; width: number }[] = [
  { key: 'seq', width: 5 }, { key: 'district', width: 10 }, { key: 'year', width: 6 }, { key: 'indicator', width: 18 },
  { key: 'asWritten', width: 16 }, { key: 'targetValue', width: 8 }, { key: 'targetUnit', width: 7 }, { key: 'outcome', width: 18 },
  { key: 'actualValue', width: 10 }, { key: 'final', width: 10 }, { key: 'computed', width: 12 }, { key: 'reviewStatus', width: 12 },
  { key: 'gapPoints', width: 9 }, { key: 'completionPercent', width: 10 }, { key: 'responsibleUnit', width: 14 }, { key: 'explanation', width: 44 },
  // Beyond the print area: the evidence behind each line.
  { key: 'reviewReason', width: 24 }, { key: 'targetSource', width: 24 }, { key: 'targetQuote', width: 30 }, { key: 'outcomeSource', width: 24 },
  { key: 'outcomeQuote', width: 30 }, { key: 'outcomeRecordedAt', width: 20 }, { key: 'districtCode', width: 10 },
];
const HEADER_ROW = 3;

/** With a period, the pace verdict (序时进度判定) follows the review status, inside the print area. */
function sheetColumns(period: number | undefined): readonly { key: ColumnKey; width: number }[] {
  if (period === undefined) return SHEET_COLUMNS;
  const after = SHEET_COLUMNS.findIndex(({ key }) => key === 'reviewStatus') + 1;
  return [...SHEET_COLUMNS.slice(0, after), { key: 'pace', width: 14 }, ...SHEET_COLUMNS.slice(after)];
}

/** Fill colours (ARGB) per verdict, the pages' own (lib/verdict/colours); the cell also carries the verdict in words, so colour is never the only signal. */
const VERDICT_FILLS = Object.fromEntries(VERDICT_CODES.map((code) => [code, argb(VERDICT_COLOURS[code].wash)])) as Record<VerdictCode, string>;

export const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * The styles of a data row, one object per distinct style: every cell bordered and
 * top-aligned with wrapping (the row's own style), 序号 centred, the final status bold
 * on its verdict's colour, the computed verdict and the pace verdict on theirs.
 * Never mutated: cells share them.
 */
const TOP_WRAP: Partial<ExcelJS.Alignment> = { vertical: 'top', wrapText: true };
const solid = (colour: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: colour } });
const ROW_STYLES = {
  row: { alignment: TOP_WRAP } as Partial<ExcelJS.Style>,
  cell: { alignment: TOP_WRAP, border: BORDER } as Partial<ExcelJS.Style>,
  seq: { alignment: { vertical: 'top', horizontal: 'center' }, border: BORDER } as Partial<ExcelJS.Style>,
  final: Object.fromEntries(VERDICT_CODES.map((code) => [code, { alignment: TOP_WRAP, border: BORDER, fill: solid(VERDICT_FILLS[code]), font: { bold: true } }])) as Record<VerdictCode, Partial<ExcelJS.Style>>,
  computed: Object.fromEntries(VERDICT_CODES.map((code) => [code, { alignment: TOP_WRAP, border: BORDER, fill: solid(VERDICT_FILLS[code]) }])) as Record<VerdictCode, Partial<ExcelJS.Style>>,
  pace: Object.fromEntries(PACE_CODES.map((code) => [code, { alignment: TOP_WRAP, border: BORDER, fill: solid(argb(PACE_COLOURS[code].wash)) }])) as Record<PaceCode, Partial<ExcelJS.Style>>,
};

export function scorecardXlsx(scorecard: Scorecard, locale: Locale): Readable {
  const stream = new PassThrough();
  void writeWorkbook(scorecard, locale, stream).catch((error: unknown) => stream.destroy(error as Error));
  return stream;
}

function letter(index: number): string {
  return String.fromCharCode(64 + index);
}

async function writeWorkbook(scorecard: Scorecard, locale: Locale, stream: PassThrough): Promise<void> {
  const text = exportText(locale);
  const period = scorecard.query.period;
  const columns = sheetColumns(period);
  const column = (key: ColumnKey) => columns.findIndex((entry) => entry.key === key) + 1;
  /** The last printed column (备注): the meeting-paper part of the sheet. */
  const PRINTED = column('explanation');
  const periodText = period === undefined ? '' : periodName({ months: period })[locale];
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.created = scorecard.provenance.generatedAt;
  const sheet = workbook.addWorksheet(text.sheetName, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 0 }],
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`, printArea: `A:${letter(PRINTED)}`,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: locale === 'en' ? '&CPage &P of &N' : '&C第 &P 页，共 &N 页' },
  });
  sheet.columns = columns.map(({ key, width }) => ({ key, width }));
  const banner = (value: string, font: Partial<ExcelJS.Font>) => {
    const row = sheet.addRow([value]);
    row.font = font;
    row.alignment = { vertical: 'middle', wrapText: true };
    sheet.mergeCells(row.number, 1, row.number, PRINTED);
    return row;
  };
  const title = banner(scorecard.title[locale], { bold: true, size: 14 });
  title.height = 24;
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  title.commit();
  banner(provenanceLine(scorecard.provenance, locale, text), { size: 9 }).commit();

  const header = sheet.addRow(columns.map(({ key }) => fillTemplate(text.headings[key], { period: periodText })));
  header.font = { bold: true };
  header.height = 30;
  header.eachCell((headerCell) => {
    headerCell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    headerCell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    headerCell.border = BORDER;
  });
  header.commit();

  // What the rules sheet reports, gathered on the way: bounded by indicators × tolerances and documents, not rows.
  const tolerancesUsed = new Map<string, number>();
  const sources = new Set<string>();
  const counts = emptyCounts();
  const paceCounts = emptyPaceCounts();
  // Final statuses (and with a period, pace verdicts) per district and year, for the summary sheet:
  // bounded by districts × years, not rows. Each row's pace is its stored pace verdict, read by
  // SQL one chunk of rows at a time (lib/scorecard/rows.ts withPace), so the sheet's counts are
  // those of the rows above and need no query of their own.
  const groups = new Map<string, DistrictGroup>();
  const [SEQ, FINAL, COMPUTED, PACE] = [column('seq'), column('final'), column('computed'), period === undefined ? -1 : column('pace')];
  // Only the sheet's cells, in its order (cells() made every column's, the sheet's and the CSV's).
  const cellsOf = cellWriter(columns.map(({ key }) => key), locale, text);
  const numeric = columns.map(({ key }) => NUMERIC_COLUMNS.has(key));
  const INDICATOR = column('indicator') - 1;
  let seq = 0;
  for await (const chunk of scorecard.chunks(locale)) for (const row of chunk) {
    seq += 1;
    counts[row.finalCode] += 1;
    countPace(paceCounts, row);
    const groupKey = `${row.districtCode}:${row.year}`;
    const group = groups.get(groupKey) ?? { district: locale === 'en' ? row.districtEn : row.districtZh, year: row.year, counts: emptyCounts(), pace: emptyPaceCounts() };
    group.counts[row.finalCode] += 1;
    countPace(group.pace, row);
    groups.set(groupKey, group);
    const values = cellsOf(row, seq);
    const tolerance = `${values[INDICATOR]}\u0000${toleranceText(row, text)}`;
    tolerancesUsed.set(tolerance, (tolerancesUsed.get(tolerance) ?? 0) + 1);
    sources.add(row.targetSourceTitle);
    if (row.outcomeSourceTitle) sources.add(row.outcomeSourceTitle);
    // Numbers as number cells; strings as typed text cells, never formulas, so "=HYPERLINK(" stays inert.
    const added = sheet.addRow(values.map((value, index) => {
      if (!numeric[index] || value === '') return value === '' ? null : value;
      const number = Number(value);
      return Number.isFinite(number) ? number : value; // a range ("6–6.5") stays text
    }));
    // Shared style objects (ROW_STYLES): exceljs caches a style's id per style object, and
    // rendering a fresh one per cell to find its id was a third of a national file's CPU.
    (added as unknown as { style: Partial<ExcelJS.Style> }).style = ROW_STYLES.row;
    added.eachCell({ includeEmpty: true }, (cell, index) => {
      cell.style = index === SEQ ? ROW_STYLES.seq
        : index === FINAL ? ROW_STYLES.final[row.finalCode]
          : index === COMPUTED ? ROW_STYLES.computed[row.verdictCode]
            : index === PACE && row.pace ? ROW_STYLES.pace[row.pace.code] : ROW_STYLES.cell;
    });
    added.commit();
  }
  const summary = sheet.addRow([summaryWithPace(summaryLine(counts, locale, text), paceCounts, period, locale, text)]);
  summary.font = { bold: true };
  summary.alignment = { vertical: 'middle', wrapText: true };
  for (let index = 1; index <= PRINTED; index += 1) summary.getCell(index).border = BORDER;
  sheet.mergeCells(summary.number, 1, summary.number, PRINTED);
  summary.commit();
  sheet.commit();

  writeDistrictSummary(workbook, scorecard, locale, text, [...groups.values()]);
  writeRules(workbook, scorecard, locale, text, tolerancesUsed, sources);
  await workbook.commit();
}

type DistrictGroup = { district: string; year: number; counts: StatusCounts; pace: PaceCounts };

/**
 * One line per district and year: the final statuses counted, decided targets and the rate, as
 * numbers; with a period, then the pace verdicts counted (达到序时进度, 未达到序时进度 … 待填报).
 */
function writeDistrictSummary(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter, scorecard: Scorecard, locale: Locale, text: ExportText, groups: DistrictGroup[],
): void {
  const period = scorecard.query.period;
  const paceCodes = period === undefined ? [] : PACE_CODES;
  const periodText = period === undefined ? '' : periodName({ months: period })[locale];
  // The pace labels are lower case for use inside sentences; a column heading starts with a capital, as its neighbours do.
  const headingCase = (label: string) => (locale === 'en' ? label.charAt(0).toUpperCase() + label.slice(1) : label);
  const sheet = workbook.addWorksheet(text.summarySheet.name, {
    views: [{ state: 'frozen', ySplit: 2, xSplit: 0 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' },
  });
  const headings = [text.headings.seq, text.headings.district, text.headings.year, text.summarySheet.total,
    ...VERDICT_CODES.map((code) => VERDICT_LABELS[code][locale]), text.summarySheet.decided, text.summarySheet.rate,
    ...paceCodes.map((code) => fillTemplate(text.summarySheet.pace, { label: headingCase(PACE_LABELS[code][locale]), period: periodText }))];
  sheet.columns = headings.map((_, index) => ({ width: index === 1 ? 14 : index === 0 || index === 2 ? 7 : 11 }));
  const title = sheet.addRow([`${scorecard.title[locale]} · ${text.summarySheet.name}`]);
  title.font = { bold: true, size: 13 };
  sheet.mergeCells(1, 1, 1, headings.length);
  title.commit();
  const header = sheet.addRow(headings);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = BORDER;
  });
  header.commit();
  groups.forEach((group, index) => {
    const decided = decidedCount(group.counts);
    // The overview's rate: exceeded, met and met within tolerance over the decided targets.
    const rate = decided === 0 ? null : Math.round((1000 * (decided - group.counts.missed)) / decided) / 10;
    const row = sheet.addRow([index + 1, group.district, group.year, totalCount(group.counts), ...VERDICT_CODES.map((code) => group.counts[code]), decided, rate,
      ...paceCodes.map((code) => group.pace[code])]);
    row.eachCell({ includeEmpty: true }, (cell) => { cell.border = BORDER; });
    row.commit();
  });
  sheet.commit();
}

/** "0.5 个百分点 · 默认" / "目标值的 5% · 指标设定": the tolerance a row used, in the file's language. */
function toleranceText(row: ScorecardRow, text: ExportText): string {
  const tolerance = row.tolerance;
  if (!tolerance) return text.rules.none;
  const amount = tolerance.kind === 'points'
    ? fillTemplate(text.rules.tolerancePoints, { value: tolerance.value })
    : fillTemplate(text.rules.toleranceRatio, { value: String(Number(tolerance.value) * 100) });
  return `${amount} · ${text.rules.source[tolerance.source]}`;
}

function writeRules(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter, scorecard: Scorecard, locale: Locale, text: ExportText,
  tolerancesUsed: Map<string, number>, sources: Set<string>,
): void {
  const rules = workbook.addWorksheet(text.rulesSheet, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  rules.columns = [{ width: 28 }, { width: 60 }, { width: 12 }];
  const lines: (string | number)[][] = [
    [text.rules.title],
    [provenanceLine(scorecard.provenance, locale, text)],
    [],
    [text.rules.final],
    [text.rules.toleranceGrowth],
    [text.rules.toleranceLevel],
    [text.rules.toleranceNote],
    [text.rules.provisional],
    [],
    [text.rules.verdicts],
    ...VERDICT_CODES.map((code) => [VERDICT_LABELS[code][locale], text.verdictMeanings[code]]),
    [],
    [text.rules.qualifiers],
    ...QUALIFIERS.map((qualifier) => {
      const label = QUALIFIER_LABELS[qualifier];
      return [locale === 'en' ? label.en : label.zh, locale === 'en' ? label.meaningEn : label.meaningZh];
    }),
    [],
    [text.rules.tolerancesUsed, '', text.rules.rowCount],
    ...[...tolerancesUsed].map(([key, count]) => [...key.split('\u0000'), count]),
    [],
    [text.rules.sources],
    ...[...sources].map((title) => [title]),
  ];
  const headings = new Set([text.rules.title, text.rules.verdicts, text.rules.qualifiers, text.rules.tolerancesUsed, text.rules.sources]);
  for (const line of lines) {
    const row = rules.addRow(line);
    if (line.length > 1) row.alignment = { vertical: 'top', wrapText: true };
    if (headings.has(String(line[0]))) row.font = { bold: true };
    row.commit();
  }
  rules.commit();
}
