// Scorecard as CSV: data for re-use, so the header is the first row (no comment line),
// numbers are plain signed decimals with their unit in the column name, times are
// Beijing time with their offset, and words stand where codes would. UTF-8 with a BOM
// (so Excel on Chinese Windows reads it as UTF-8), every cell neutralised against
// formula injection, streamed chunk by chunk as the scorecard reads them (pipe
// backpressure paces the reads).
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Locale } from '@/lib/i18n/locale';
import type { Scorecard } from '@/lib/scorecard/rows';
import { type ColumnKey, cells, exportText, neutralizeFormula } from './columns';

export const CSV_COLUMNS: readonly ColumnKey[] = [
  'seq', 'district', 'districtCode', 'year', 'indicator', 'asWritten', 'qualifier', 'targetValue', 'targetUnit',
  'outcome', 'actualValue', 'vintage', 'final', 'computed', 'reviewStatus', 'reviewReason', 'provisional', 'gapPoints', 'completionPercent',
  'explanation', 'responsibleUnit', 'targetSource', 'targetQuote', 'outcomeSource', 'outcomeQuote', 'outcomeRecordedAt', 'reviewedAt',
];

export function scorecardCsv(scorecard: Scorecard, locale: Locale): Readable {
  const text = exportText(locale);
  const stringifier = stringify({ bom: true, cast: { string: neutralizeFormula } });
  const rows = async function* () {
    yield CSV_COLUMNS.map((key) => text.headings[key]);
    let seq = 0;
    for await (const chunk of scorecard.chunks()) {
      for (const row of chunk) {
        seq += 1;
        const values = cells(row, seq, locale, text);
        yield CSV_COLUMNS.map((key) => values[key]);
      }
    }
  };
  return Readable.from(rows()).pipe(stringifier);
}
