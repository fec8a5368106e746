// Scorecard as CSV: data for re-use, so the header is the first row (no comment line),
// numbers are plain signed decimals with their unit in the column name, times are
// Beijing time with their offset, and words stand where codes would. UTF-8 with a BOM
// (so Excel on Chinese Windows reads it as UTF-8), every cell neutralised against
// formula injection, streamed chunk by chunk as the scorecard reads them: each chunk of
// rows (~1,500 in a national year) leaves as one buffer; a buffer per row (csv-stringify's
// stream) made a national year ~43k writes through the response stream. One chunk at a
// time is buffered, so the reader's pace sets the reads. Quoting is RFC 4180's, as
// csv-stringify does it with its defaults (csv.test.ts compares the two).
import { Readable } from 'node:stream';
import type { Locale } from '@/lib/i18n/locale';
import type { ScorecardRows } from '@/lib/scorecard/rows';
import { periodName } from '@/lib/verdict/period';
import { type ColumnKey, cellWriter, exportText, fillTemplate, neutralizeFormula } from './columns';

export const CSV_COLUMNS: readonly ColumnKey[] = [
  'seq', 'district', 'districtCode', 'year', 'indicator', 'asWritten', 'qualifier', 'targetValue', 'targetUnit',
  'outcome', 'actualValue', 'vintage', 'final', 'computed', 'reviewStatus', 'reviewReason', 'provisional', 'gapPoints', 'completionPercent',
  'explanation', 'responsibleUnit', 'targetSource', 'targetQuote', 'outcomeSource', 'outcomeQuote', 'outcomeRecordedAt', 'reviewedAt',
];

/** One record and its line break: each cell neutralised, then quoted when it holds a comma, a quote or a line break. */
export function csvRecord(cells: readonly string[]): string {
  let line = '';
  for (let index = 0; index < cells.length; index += 1) {
    const value = neutralizeFormula(cells[index]!);
    if (index > 0) line += ',';
    line += NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  }
  return `${line}\n`;
}

const NEEDS_QUOTES = /[",\n\r]/;

export function scorecardCsv(scorecard: ScorecardRows, locale: Locale): Readable {
  const text = exportText(locale);
  // With a period, the pace columns follow; their headings name the period (序时进度判定（上半年）).
  const period = scorecard.query.period;
  const columns: readonly ColumnKey[] = period === undefined ? CSV_COLUMNS : [...CSV_COLUMNS, 'paceActual', 'pace'];
  const periodText = period === undefined ? '' : periodName({ months: period })[locale];
  const parts = async function* () {
    yield Buffer.from(`\ufeff${csvRecord(columns.map((key) => fillTemplate(text.headings[key], { period: periodText })))}`);
    const cellsOf = cellWriter(columns, locale, text);
    let seq = 0;
    for await (const chunk of scorecard.chunks(locale)) {
      let part = '';
      for (const row of chunk) {
        seq += 1;
        part += csvRecord(cellsOf(row, seq));
      }
      yield Buffer.from(part);
    }
  };
  return Readable.from(parts(), { highWaterMark: 1 });
}
