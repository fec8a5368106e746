// Scorecard as CSV: UTF-8 with a BOM (so Excel on Chinese Windows reads it as
// UTF-8), every cell neutralised against formula injection, streamed chunk by
// chunk as the scorecard reads them (pipe backpressure paces the reads).
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Locale } from '@/lib/i18n/locale';
import type { Scorecard } from '@/lib/scorecard/rows';
import { ALL_COLUMNS, cells, exportText, neutralizeFormula, provenanceLine } from './columns';

/** The first line is a "#" comment stating when and from what the file was made; the second is the header. */
export function scorecardCsv(scorecard: Scorecard, locale: Locale): Readable {
  const text = exportText(locale);
  const stringifier = stringify({ bom: true, cast: { string: neutralizeFormula } });
  const rows = async function* () {
    yield [`# ${scorecard.title[locale]} — ${provenanceLine(scorecard.provenance, text)}`];
    yield ALL_COLUMNS.map((key) => text.headings[key]);
    for await (const chunk of scorecard.chunks()) {
      for (const row of chunk) {
        const values = cells(row, locale, text);
        yield ALL_COLUMNS.map((key) => values[key]);
      }
    }
  };
  return Readable.from(rows()).pipe(stringifier);
}
