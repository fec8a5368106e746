// The columns every scorecard file has, in order, with the cell each row gives in
// the chosen language. CSV writes them all; XLSX and PDF pick a subset.
import type { Locale } from '@/lib/i18n/locale';
import { loadMessages } from '@/lib/i18n/messages';
import type { Provenance, ScorecardRow } from '@/lib/scorecard/rows';

export type ColumnKey =
  | 'district' | 'districtCode' | 'year' | 'indicator' | 'indicatorKey' | 'asWritten' | 'qualifier' | 'targetValue' | 'unit'
  | 'actualValue' | 'actualUnit' | 'vintage' | 'verdict' | 'verdictCode' | 'provisional' | 'gap' | 'explanation' | 'reviewState'
  | 'responsibleUnit' | 'targetSource' | 'targetQuote' | 'outcomeSource' | 'outcomeQuote';

export const ALL_COLUMNS: readonly ColumnKey[] = [
  'district', 'districtCode', 'year', 'indicator', 'indicatorKey', 'asWritten', 'qualifier', 'targetValue', 'unit',
  'actualValue', 'actualUnit', 'vintage', 'verdict', 'verdictCode', 'provisional', 'gap', 'explanation', 'reviewState',
  'responsibleUnit', 'targetSource', 'targetQuote', 'outcomeSource', 'outcomeQuote',
];

export type ExportText = {
  headings: Record<ColumnKey, string>;
  yes: string;
  no: string;
  generated: string;
  rulesSheet: string;
  sheetName: string;
  rules: Record<'title' | 'rowCount' | 'toleranceGrowth' | 'toleranceLevel' | 'toleranceNote' | 'qualifiers' | 'verdicts' | 'tolerancesUsed' | 'sources' | 'provisional', string>;
};

export function exportText(locale: Locale): ExportText {
  const messages = loadMessages(locale).export as Omit<ExportText, 'headings'> & { columns: Record<ColumnKey, string> };
  return { ...messages, headings: messages.columns };
}

/** Every cell of a row at once (a writer picks its columns from it; one object per row, not per cell). */
export function cells(row: ScorecardRow, locale: Locale, text: Pick<ExportText, 'yes' | 'no'>): Record<ColumnKey, string> {
  const en = locale === 'en';
  const targetValue = row.targetValueHigh ? `${row.targetValue}–${row.targetValueHigh}` : row.targetValue;
  const values: Record<ColumnKey, string | null> = {
    district: en ? row.districtEn : row.districtZh,
    districtCode: row.districtCode,
    year: String(row.year),
    indicator: en ? row.indicatorEn : row.indicatorZh,
    indicatorKey: row.indicatorKey,
    asWritten: row.asWritten,
    qualifier: en ? row.qualifierEn : row.qualifierZh,
    targetValue,
    unit: row.unit,
    actualValue: row.actualValue,
    actualUnit: row.actualUnit,
    vintage: en ? row.vintageEn : row.vintageZh,
    verdict: en ? row.verdictEn : row.verdictZh,
    verdictCode: row.verdictCode,
    provisional: row.provisional ? text.yes : text.no,
    gap: row.gap,
    explanation: en ? row.explanationEn : row.explanationZh,
    reviewState: en ? row.reviewStateEn : row.reviewStateZh,
    responsibleUnit: row.responsibleUnit,
    targetSource: row.targetSourceTitle,
    targetQuote: row.targetQuote,
    outcomeSource: row.outcomeSourceTitle,
    outcomeQuote: row.outcomeQuote,
  };
  for (const key of ALL_COLUMNS) values[key] ??= '';
  return values as Record<ColumnKey, string>;
}

export function provenanceLine(provenance: Provenance, text: Pick<ExportText, 'generated'>): string {
  return text.generated
    .replace('{at}', provenance.generatedAt.toISOString())
    .replace('{targets}', String(provenance.targetCount))
    .replace('{outcomes}', String(provenance.outcomeCount))
    .replace('{audit}', provenance.latestAuditId ?? '—')
    .replace('{updated}', provenance.dataUpdatedAt?.toISOString() ?? '—');
}

/** Spreadsheet programs run a cell that starts with = + - @ (or tab/CR before one) as a formula; a leading ' keeps it text. Plain numbers stay numbers. */
export function neutralizeFormula(value: string): string {
  if (/^-?\d+(\.\d+)?%?$/.test(value)) return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function fileName(title: string, extension: string): string {
  return `${title.replace(/[\\/:*?"<>|\s]+/g, '_')}.${extension}`;
}
