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
import { periodName } from '@/lib/verdict/period';
import { type ColumnKey, cells, exportText, fillTemplate, neutralizeFormula } from './columns';

export const CSV_COLUMNS: readonly ColumnKey[] = [
  'seq', 'district', 'districtCode', 'year', 'indicator', 'asWritten', 'qualifier', 'targetValue', 'targetUnit',
  'outcome', 'actualValue', 'vintage', 'final', 'computed', 'reviewStatus', 'reviewReason', 'provisional', 'gapPoints', 'completionPercent',
  'explanation', 'responsibleUnit', 'targetSource', 'targetQuote', 'outcomeSource', 'outcomeQuote', 'outcomeRecordedAt', 'reviewedAt',
];

export function scorecardCsv(scorecard: Scorecard, locale: Locale): Readable {
  const text = exportText(locale);
  const stringifier = stringify({ bom: true, cast: { string: neutralizeFormula } });
  // With a period, the pace columns follow; their headings name the period (序时进度判定（上半年）).
  const period = scorecard.query.period;
  const columns: readonly ColumnKey[] = period === undefined ? CSV_COLUMNS : [...CSV_COLUMNS, 'paceActual', 'pace'];
  const periodText = period === undefined ? '' : periodName({ months: period })[locale];
  const rows = async function* () {
    yield columns.map((key) => fillTemplate(text.headings[key], { period: periodText }));
    let seq = 0;
    for await (const chunk of scorecard.chunks()) {
      for (const row of chunk) {
        seq += 1;
        const values = cells(row, seq, locale, text);
        yield columns.map((key) => values[key]);
      }
    }
  };
  return Readable.from(rows()).pipe(stringifier);
}
