// Scorecard as CSV: UTF-8 with a BOM (so Excel on Chinese Windows reads it as
// UTF-8), every cell neutralised against formula injection, written row by row.
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Locale } from '@/lib/i18n/locale';
import type { Scorecard } from '@/lib/scorecard/rows';
import { ALL_COLUMNS, cell, exportText, neutralizeFormula, provenanceLine } from './columns';

/** The first line is a "#" comment stating when and from what the file was made; the second is the header. */
export function scorecardCsv(scorecard: Scorecard, locale: Locale): Readable {
  const text = exportText(locale);
  const stringifier = stringify({ bom: true, cast: { string: neutralizeFormula } });
  const rows = function* () {
    yield [`# ${scorecard.title[locale]} — ${provenanceLine(scorecard.provenance, text)}`];
    yield ALL_COLUMNS.map((key) => text.headings[key]);
    for (const row of scorecard.rows) yield ALL_COLUMNS.map((key) => cell(row, key, locale, text));
  };
  return Readable.from(rows()).pipe(stringifier);
}
