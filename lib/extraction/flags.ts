// Figures the extractor saw but refuses to read, each with its quote so staff can look
// it up (they become SkippedFigure rows). A garbled figure ("同比增长1下同)3%") is never
// repaired by guessing which digits belong together; a rank is not a figure; a flow
// ("新增市场主体12505户") is not the stock the indicator measures.
import type { Measure } from '@/lib/domain/types';
import type { Figure } from './figure-parser';
import { toOriginal, type PreparedText } from './prepare-text';
import type { Reading } from './scan-figures';
import type { ExtractionFlag, FlagCode } from './types';

const RANK = /^[^,;。\d]{0,8}(?:第[一二三四五六七八九十\d]+|前列|首位)/;
// Round 16 (rules16c): …and the net new entries ("全年净增经营主体4860户", "经营主体净增3200户"), a flow just the same.
// Round 28 (rules28c): …and the register's new entries ("新登记经营主体1.06万户", 新注册, 新设立), a flow too.
export const FLOW_BEFORE = /(?:新增|净增|新登记|新注册|新设立)$/;
const FLOW_AFTER = /^(?:新增|净增)\d/;
// Indicators counted as a stock at year end: a 新增 figure of them is a flow.
const STOCKS = new Set(['market_entities']);

export function garbledFlag(prepared: PreparedText, reading: Reading, year: number, verb: Figure['verb']): ExtractionFlag {
  const end = reading.result.kind === 'none' ? reading.mentionEnd : reading.result.end;
  const broken = prepared.text.slice(reading.mentionEnd, end);
  return flag(prepared, 'garbled_figure', `The figure is broken by stray characters ("${broken}"); not guessed.`, reading, reading.start, end, year, measureOfVerb(verb));
}

/** "社会消费品零售总额增速全市第五": a growth stated only as a rank. */
export function rankFlag(prepared: PreparedText, reading: Reading, year: number): ExtractionFlag | null {
  if (reading.result.kind !== 'none' || reading.result.verb !== 'growth' || reading.keys.length !== 1) return null;
  const rank = RANK.exec(prepared.text.slice(reading.result.connectorEnd));
  if (!rank) return null;
  const end = reading.result.connectorEnd + rank[0].length;
  return flag(prepared, 'no_figure', 'Stated only as a rank, with no figure.', reading, reading.start, end, year, 'growth');
}

/** "新增市场主体12505户", "经营主体新增1.7万户": new entries in the year, not the total. */
export function flowFlag(prepared: PreparedText, reading: Reading, year: number): ExtractionFlag | null {
  const key = reading.keys[0] ?? '';
  if (reading.keys.length !== 1 || !STOCKS.has(key)) return null;
  const after = prepared.text.slice(reading.mentionEnd, reading.mentionEnd + 3);
  const before = FLOW_BEFORE.test(reading.prefix);
  if (!before && !FLOW_AFTER.test(after)) return null;
  let end = reading.mentionEnd + (before ? 0 : 2);
  const figure = /^\d+(?:\.\d+)?[^\d,;。、]{0,3}/.exec(prepared.text.slice(end));
  end += figure ? figure[0].length : 0;
  const start = before ? reading.start - 2 : reading.start;
  return flag(prepared, 'flow_not_stock', 'A number of new entries in the year (新增), not the total the indicator counts.', reading, start, end, year, 'level');
}

/** "1—11月,规模以上工业增加值增长9.6%": a part-year figure, skipped with its period. */
/** `figure`: a rate that follows the reading's own figure ("…182.6亿元,同比增长5.8%"); the quote then runs from the name to it. */
export function periodFlag(prepared: PreparedText, reading: Reading, year: number, period: string, end: number, measure: Measure | null, figure?: Figure): ExtractionFlag {
  const result = figure ?? reading.result;
  // Period and figure ride along, so ingestion can offer the figure as in-year progress.
  const parsed = result.kind === 'figure'
    ? { verb: result.verb, approximate: result.approximate || result.cap || result.floor, values: result.values.map(({ value, valueHigh, unit }) => ({ value, valueHigh, unit })) }
    : null;
  return { ...flag(prepared, 'in_year_period', `A figure for part of the year (${period}), not the whole year.`, reading, reading.start, end, year, measure), period, figure: parsed };
}

/** "同口径增长3.1%": growth on a comparable basis, beside or instead of the reported rate. */
export function comparableBasisFlag(prepared: PreparedText, reading: Reading, year: number, start: number, end: number, value: string, proposed: boolean): ExtractionFlag {
  const reason = proposed
    ? `Growth on a comparable basis (同口径 ${value}%), the only rate given; proposed, check it is the one to record.`
    : `A second growth rate on a comparable basis (同口径 ${value}%) beside the reported one; both are proposed, choose the one to record.`;
  return flag(prepared, 'comparable_basis', reason, reading, start, end, year, 'growth');
}

export function reportYearUnknownFlag(): ExtractionFlag {
  return {
    code: 'report_year_unknown',
    reason: 'No year found in the headings, the targets paragraph or the date line; pass options.reportYear.',
    indicatorKey: null,
    year: null,
    measure: null,
    quote: '',
    start: 0,
    end: 0,
  };
}

function flag(prepared: PreparedText, code: FlagCode, reason: string, reading: Reading, start: number, end: number, year: number, measure: Measure | null): ExtractionFlag {
  return {
    code,
    reason,
    indicatorKey: reading.keys.length === 1 ? reading.keys[0]! : null,
    year,
    measure,
    ...toOriginal(prepared, start, end),
  };
}

function measureOfVerb(verb: Figure['verb']): Measure | null {
  if (verb === 'growth' || verb === 'decline') return 'growth';
  return verb === 'level' ? 'level' : null;
}
