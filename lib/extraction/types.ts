// What the report extractor proposes. Proposals are suggestions for staff to
// confirm, never rows: every one carries the exact source substring and its
// offsets in the ORIGINAL text (JS string indices), so a reviewer can see it in place.
import type { Measure, Qualifier, Vintage } from '@/lib/domain/types';
import type { IndicatorSpec } from './catalogue';

type Provenance = {
  /** Exact substring of the original text: original.slice(start, end) === quote. */
  quote: string;
  start: number;
  end: number;
  /** 0–1; see lib/extraction/confidence.ts for how it is scored. */
  confidence: number;
};

export type TargetProposal = Provenance & {
  indicatorKey: string;
  year: number;
  measure: Measure;
  qualifier: Qualifier;
  /** Exact decimal string; for 'reduction' the size of the fall ('下降3%' → '3'); null when qualitative/relative. */
  value: string | null;
  /** Upper bound of a 'range'; null otherwise. */
  valueHigh: string | null;
  /** Unit as written ('%', '亿元', '万人', '人', '万亩'); null when there is no figure. */
  unit: string | null;
  /** The wording of the target, width-normalised: '6.5%左右', '下降3%', '促稳提质'. */
  asWritten: string;
  /** For 'relative' targets ('与经济增长同步'): the indicator compared with. */
  relativeToIndicatorKey: string | null;
};

export type OutcomeProposal = Provenance & {
  indicatorKey: string;
  year: number;
  measure: Measure;
  /** Exact decimal string, negative for a fall ('下降35.8%' → '-35.8'). */
  value: string;
  unit: string;
  /** A work report's own figure for the year just ended is an 'estimate', unless it says 初步核算 / 最终核实; a bulletin's is 'preliminary'. */
  vintage: Vintage;
  /** 近/突破/超 (or a bound such as 以内): a round figure, not the exact one; proposed with lower confidence. */
  approximate?: boolean;
  /** 同口径: growth on a comparable basis rather than as reported; also flagged 'comparable_basis'. */
  comparableBasis?: boolean;
};

/**
 * A clear target for something the catalogue does not know ("数字经济核心产业增加值增长12%左右"):
 * staff map it to an indicator (or add one) or dismiss it; it is never dropped silently.
 */
export type UnknownIndicatorProposal = Provenance & {
  /** The name as written. */
  name: string;
  year: number;
  measure: Measure;
  qualifier: Qualifier;
  value: string;
  valueHigh: string | null;
  unit: string;
  asWritten: string;
};

/**
 * in_year_period: a part-year figure (上半年, 1—11月), not the year's; comparable_basis: a 同口径
 * growth rate beside (or instead of) the reported one, for staff to check.
 */
export type FlagCode = 'garbled_figure' | 'no_figure' | 'flow_not_stock' | 'report_year_unknown' | 'in_year_period' | 'comparable_basis';

/** A figure the extractor saw but refused to read; nothing is guessed. */
export type ExtractionFlag = {
  code: FlagCode;
  reason: string;
  indicatorKey: string | null;
  year: number | null;
  measure: Measure | null;
  quote: string;
  start: number;
  end: number;
  /** in_year_period: the period as written ("1—11月", "上半年", "截至10月"), for ingestion to read as months. */
  period?: string;
  /** in_year_period: the figure as parsed, for ingestion to propose as in-year progress (its measure is read there, with the catalogue). */
  figure?: FlaggedFigure | null;
};

/** A flagged figure as written: the verb and its value(s), each with its unit. */
export type FlaggedFigure = {
  verb: 'growth' | 'decline' | 'level' | null;
  approximate: boolean;
  values: { value: string; valueHigh: string | null; unit: string }[];
};

export type ExtractionResult = {
  reportYear: number | null;
  /** Where the year was read: 'given', 'bulletin_title', 'plan_heading', 'review_heading', 'date_line', 'year_opening', 'title', 'review_year', 'target_year'. */
  reportYearSource?: string | null;
  /** The district named at the top (or given); null when none is found. */
  district?: string | null;
  targets: TargetProposal[];
  outcomes: OutcomeProposal[];
  /** Clear targets for indicators the catalogue does not hold. */
  unknownIndicators?: UnknownIndicatorProposal[];
  flags: ExtractionFlag[];
};

export type ExtractOptions = {
  /** The indicator catalogue to read with (the app passes the database's indicator table). */
  indicators: readonly IndicatorSpec[];
  /** The year the report was given in (its targets are for this year, its outcomes for the year before). */
  reportYear?: number;
  /** The district the document is about, when its title does not say. */
  district?: string;
};
