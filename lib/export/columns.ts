// The columns a scorecard file can have, with the cell each row gives in the chosen
// language. Each writer picks its columns: CSV all of them (data for re-use), XLSX and
// PDF those a meeting paper needs. Numbers stay plain decimal strings here (exact);
// XLSX turns NUMERIC_COLUMNS into number cells.
import type { Locale } from '@/lib/i18n/locale';
import { loadMessages } from '@/lib/i18n/messages';
import type { Provenance, ScorecardRow } from '@/lib/scorecard/rows';
import { formatUnits } from '@/lib/responsible-units/format';
import { recorded } from '@/lib/verdict/explain';
import type { ToleranceSource, VerdictCode } from '@/lib/verdict/types';

export type ColumnKey =
  | 'seq' | 'district' | 'districtCode' | 'year' | 'indicator' | 'asWritten' | 'qualifier' | 'targetValue' | 'targetUnit'
  | 'outcome' | 'actualValue' | 'vintage' | 'final' | 'computed' | 'reviewStatus' | 'provisional' | 'gapPoints' | 'completionPercent' | 'gap'
  | 'explanation' | 'reviewReason' | 'responsibleUnit' | 'targetSource' | 'targetQuote' | 'outcomeSource' | 'outcomeQuote'
  | 'outcomeRecordedAt' | 'reviewedAt' | 'paceActual' | 'pace';

/** Cells that are numbers (a spreadsheet writes them as numbers, not text). */
export const NUMERIC_COLUMNS: ReadonlySet<ColumnKey> = new Set(['seq', 'year', 'targetValue', 'actualValue', 'gapPoints', 'completionPercent', 'paceActual']);

export type ExportText = {
  headings: Record<ColumnKey, string>;
  yes: string;
  no: string;
  overriddenMark: string;
  provisionalMark: string;
  generated: string;
  noData: string;
  summary: Record<'total' | 'item' | 'separator', string>;
  growthUp: string;
  growthDown: string;
  gapPoints: string;
  gapCompletion: string;
  rulesSheet: string;
  sheetName: string;
  /** `pace`: "{label}（{period}）", a pace count's column heading. */
  summarySheet: Record<'name' | 'total' | 'decided' | 'rate' | 'pace', string>;
  rules: Record<'title' | 'rowCount' | 'toleranceGrowth' | 'toleranceLevel' | 'toleranceNote' | 'qualifiers' | 'verdicts' | 'tolerancesUsed' | 'sources' | 'provisional' | 'final' | 'tolerancePoints' | 'toleranceRatio' | 'none', string> & { source: Record<ToleranceSource, string> };
  verdictMeanings: Record<VerdictCode, string>;
  issuer: string;
  /** "原文未直接载明该数值：{reason}", added to 备注 when the outcome's quote does not state its figure. */
  figureNotInQuote: string;
  /** "；上半年序时进度：{items}": the pace verdicts counted, after the summary when a period is chosen. */
  paceSummary: string;
};

export function exportText(locale: Locale): ExportText {
  const messages = loadMessages(locale);
  const text = messages.export as Omit<ExportText, 'headings' | 'issuer'> & { columns: Record<ColumnKey, string> };
  return { ...text, headings: text.columns, issuer: String(messages.app?.name ?? '') };
}

// ICU's plural form, as next-intl reads the same messages ("{days, plural, one {# day} other {# days}}"):
// English says "1 day", not "1 days". Branches hold plain words and '#', no other placeholder.
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;

function plural(whole: string, value: string | number | undefined, branches: string): string {
  if (value === undefined) return whole;
  const forms = new Map([...branches.matchAll(/(=\d+|\w+)\s*\{([^{}]*)\}/g)].map((match) => [match[1]!, match[2]!]));
  const n = Number(value);
  const form = forms.get(`=${n}`) ?? (n === 1 ? forms.get('one') : undefined) ?? forms.get('other');
  return form === undefined ? whole : form.replace(/#/g, String(value));
}

/** Fills {name} placeholders and ICU plural forms of a message read outside next-intl (exports, round outputs, e-mails). */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  // A message without plural forms is split at its placeholders once: a national export fills
  // the same few templates for every row ("增长{value}%").
  const parts = template.includes(', plural,') ? null : placeholderParts(template);
  if (!parts) {
    return template
      .replace(PLURAL, (whole, name: string, branches: string) => plural(whole, values[name], branches))
      .replace(PLACEHOLDER, (whole, name: string) => (name in values ? String(values[name]) : whole));
  }
  // parts: text, name, text, name, … text (String.split with the placeholder's name captured).
  let filled = parts[0]!;
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index]!;
    filled += `${name in values ? String(values[name]) : `{${name}}`}${parts[index + 1]!}`;
  }
  return filled;
}

const PLACEHOLDER = /\{(\w+)\}/g;
const templateParts = new Map<string, string[]>();

function placeholderParts(template: string): string[] {
  let parts = templateParts.get(template);
  if (!parts) {
    if (templateParts.size >= 1_000) templateParts.clear();
    templateParts.set(template, (parts = template.split(/\{(\w+)\}/)));
  }
  return parts;
}

/** "增长6.1%", "13200人（1.32万人）", "5.8%（初步核算）": the outcome as a reader says it, in the target's unit too when it differs. */
function outcomeText(row: ScorecardRow, locale: Locale, text: ExportText): string {
  if (row.actualValue === null) return '';
  const en = locale === 'en';
  let said: string;
  if (row.measure === 'growth') {
    const negative = row.actualValue.startsWith('-');
    said = fillTemplate(negative ? text.growthDown : text.growthUp, { value: negative ? row.actualValue.slice(1) : row.actualValue });
  } else if (en) {
    // English names base units ("13,200 people"), so the figure reads the same in any Chinese unit.
    said = recorded(row.actualValue, row.actualUnit, 'en');
  } else {
    said = `${row.actualValue}${row.actualUnit ?? ''}`;
    if (row.actualInTargetUnit !== null && row.targetUnit && row.targetUnit !== row.actualUnit) said += `（${row.actualInTargetUnit}${row.targetUnit}）`;
  }
  if (row.vintage && row.vintage !== 'final') said += en ? ` (${row.vintageEn})` : `（${row.vintageZh}）`;
  return said;
}

/** "−0.4 个百分点" / "完成目标的 97.3%": the gap in words with its unit, for readers (PDF). */
function gapText(row: ScorecardRow, text: ExportText): string {
  if (row.gapValue === null) return '';
  if (row.gapKind === 'points') return fillTemplate(text.gapPoints, { value: row.gapValue.startsWith('-') ? row.gapValue : `+${row.gapValue}` });
  return fillTemplate(text.gapCompletion, { value: row.gapValue });
}

/** 备注: how the verdict was decided, and, when the evidence does not state the figure literally, that and why. */
function remarks(row: ScorecardRow, en: boolean, text: ExportText): string {
  // Rows read for this file carry its language's explanation (Scorecard.chunks(locale)).
  const explanation = (en ? row.explanationEn : row.explanationZh) ?? '';
  if (!row.figureNotInQuoteReason) return explanation;
  return `${explanation}${en ? ' ' : ''}${fillTemplate(text.figureNotInQuote, { reason: row.figureNotInQuoteReason })}`;
}

type CellContext = { locale: Locale; en: boolean; text: ExportText };

/** How each column's cell is made from a row; null where the row has nothing (an empty cell). */
const CELL: { readonly [K in ColumnKey]: (row: ScorecardRow, seq: number, context: CellContext) => string | null } = {
  seq: (_row, seq) => String(seq),
  district: (row, _seq, { en }) => (en ? row.districtEn : row.districtZh),
  districtCode: (row) => row.districtCode,
  year: (row) => String(row.year),
  indicator: (row, _seq, { en }) => (en ? row.indicatorEn : row.indicatorZh),
  asWritten: (row) => row.asWritten,
  qualifier: (row, _seq, { en }) => (en ? row.qualifierEn : row.qualifierZh),
  targetValue: (row) => (row.targetValueHigh ? `${row.targetValue}–${row.targetValueHigh}` : row.targetValue),
  targetUnit: (row) => row.unit ?? (row.measure === 'growth' ? '%' : null),
  outcome: (row, _seq, { locale, text }) => outcomeText(row, locale, text),
  actualValue: (row) => row.actualInTargetUnit,
  vintage: (row, _seq, { en }) => (en ? row.vintageEn : row.vintageZh),
  final: (row, _seq, { en }) => (en ? row.finalEn : row.finalZh),
  computed: (row, _seq, { en, text }) => `${en ? row.verdictEn : row.verdictZh}${row.overridden ? text.overriddenMark : ''}`,
  reviewStatus: (row, _seq, { en }) => (en ? row.reviewStatusEn : row.reviewStatusZh),
  provisional: (row, _seq, { text }) => (row.provisional ? text.yes : text.no),
  gapPoints: (row) => (row.gapKind === 'points' ? row.gapValue : null),
  completionPercent: (row) => (row.gapKind === 'completion' ? row.gapValue : null),
  gap: (row, _seq, { text }) => gapText(row, text),
  explanation: (row, _seq, { en, text }) => remarks(row, en, text),
  reviewReason: (row) => row.reviewReason,
  responsibleUnit: (row, _seq, { en }) => formatUnits(row.responsibleUnits, en ? 'en' : 'zh'),
  targetSource: (row) => row.targetSourceTitle,
  targetQuote: (row) => row.targetQuote,
  outcomeSource: (row) => row.outcomeSourceTitle,
  outcomeQuote: (row) => row.outcomeQuote,
  outcomeRecordedAt: (row) => (row.outcomeRecordedAt ? beijingTime(row.outcomeRecordedAt) : null),
  reviewedAt: (row) => (row.reviewedAt ? beijingTime(row.reviewedAt) : null),
  paceActual: (row) => row.pace?.actualValue ?? null,
  pace: (row, _seq, { en }) => (row.pace ? (en ? row.pace.en : row.pace.zh) : null),
};

const COLUMN_KEYS = Object.keys(CELL) as ColumnKey[];

/** Every cell of a row at once (XLSX and PDF pick their columns from it; one object per row, not per cell). */
export function cells(row: ScorecardRow, seq: number, locale: Locale, text: ExportText): Record<ColumnKey, string> {
  const context: CellContext = { locale, en: locale === 'en', text };
  const values = {} as Record<ColumnKey, string>;
  for (const key of COLUMN_KEYS) values[key] = CELL[key](row, seq, context) ?? '';
  return values;
}

/**
 * A writer's cells of a row, only its columns and in their order: what `cells` gives for
 * those keys, without making the cells no one asked for (the CSV writes 43k rows a year).
 */
export function cellWriter(columns: readonly ColumnKey[], locale: Locale, text: ExportText): (row: ScorecardRow, seq: number) => string[] {
  const context: CellContext = { locale, en: locale === 'en', text };
  const make = columns.map((key) => CELL[key]);
  return (row, seq) => make.map((cell) => cell(row, seq, context) ?? '');
}

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** "2026-01-05 11:25:03+08:00": offices read Beijing time; the offset keeps it unambiguous. */
export function beijingTime(at: Date | string): string {
  if (typeof at !== 'string') return beijingText(at.getTime());
  // A file's rows repeat their times (outcomes recorded together, a district's reports at
  // once): each distinct time is formatted once. Emptied when full, so it stays small.
  let text = beijingTexts.get(at);
  if (text === undefined) {
    if (beijingTexts.size >= 5_000) beijingTexts.clear();
    beijingTexts.set(at, (text = beijingText(Date.parse(at))));
  }
  return text;
}

const beijingTexts = new Map<string, string>();

function beijingText(ms: number): string {
  const shifted = new Date(ms + BEIJING_OFFSET_MS).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 19)}+08:00`;
}

/** The calendar day in Beijing: "2026年1月5日" / "5 January 2026". */
export function beijingDate(at: Date, locale: Locale): string {
  const shifted = new Date(at.getTime() + BEIJING_OFFSET_MS);
  if (locale === 'en') return shifted.toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
  return `${shifted.getUTCFullYear()}年${shifted.getUTCMonth() + 1}月${shifted.getUTCDate()}日`;
}

/** The line under a file's title: when the data was last changed, what it holds, who compiled it, when. */
export function provenanceLine(provenance: Provenance, locale: Locale, text: ExportText): string {
  return fillTemplate(text.generated, {
    updated: provenance.dataUpdatedAt ? beijingDate(provenance.dataUpdatedAt, locale) : text.noData,
    targets: provenance.targetCount,
    outcomes: provenance.outcomeCount,
    issuer: text.issuer,
    at: beijingTime(provenance.generatedAt).slice(0, 16),
  });
}

/** Spreadsheet programs run a cell that starts with = + - @ (or tab/CR before one) as a formula; a leading ' keeps it text. Plain numbers stay numbers. */
export function neutralizeFormula(value: string): string {
  // Decided on the first character: only a cell starting with "-" can be both (a negative number).
  switch (value.charCodeAt(0)) {
    case 0x3d: case 0x2b: case 0x40: case 0x09: case 0x0d: return `'${value}`; // = + @ tab CR
    case 0x2d: return NEGATIVE_NUMBER.test(value) ? value : `'${value}`; // -
    default: return value;
  }
}

const NEGATIVE_NUMBER = /^-\d+(\.\d+)?%?$/;

export function fileName(title: string, extension: string): string {
  return `${title.replace(/[\\/:*?"<>|\s]+/g, '_')}.${extension}`;
}

