// One line per language saying why a verdict is what it is, built only from what
// the rules used (basis, tolerance, revision), so the sentence cannot disagree
// with the code. Numbers are printed from decimal strings, never via floats; a
// percentage the rules computed keeps one decimal ("6.0%") so 6 and 6.0 read alike.
import { Exact, toExact, type ExactDecimal } from '@/lib/numbers/parse-decimal';
import { baseUnitOf, parseUnit, type Unit } from '@/lib/units/units';
import { verdictWord } from './labels';
import type { Basis, Bilingual, ReviewNote, Verdict, VerdictTarget } from './types';

export type ExplainContext = {
  target: VerdictTarget;
  /** The target's unit, resolved (a growth target without one is %). */
  unit: Unit | null;
  /** Display name of a relative target's reference indicator. */
  referenceName: Bilingual | null;
};

export type Lang = 'zh' | 'en';
type Line = Omit<Verdict, 'explanation'>;

/**
 * The explanation in both languages. With `first`, only that language is written now and the
 * other when it is first read (the same sentence, kept once written): a file is in one
 * language, and a national export writes ~43k explanations (both languages were ~16% of its CPU).
 */
export function explainVerdict(verdict: Line, context: ExplainContext, first?: Lang): Bilingual {
  if (!first) return { zh: sentence(verdict, context, 'zh'), en: sentence(verdict, context, 'en') };
  const now = sentence(verdict, context, first);
  let later: string | undefined;
  const other = () => (later ??= sentence(verdict, context, first === 'zh' ? 'en' : 'zh'));
  return first === 'zh' ? { zh: now, get en() { return other(); } } : { get zh() { return other(); }, en: now };
}

function sentence(verdict: Line, context: ExplainContext, lang: Lang): string {
  const zh = lang === 'zh';
  const label = verdictWord(verdict.code, lang);
  let line = `${zh ? '目标 ' : 'Target '}${targetText(verdict, context, lang)}`;

  if (verdict.decidedBy === 'reviewer' && verdict.review) {
    const { reviewer, reason } = verdict.review;
    line += zh ? `：审核人 ${reviewer} 研判（${reason}）` : `: judged by reviewer ${reviewer} (${reason})`;
  } else if (verdict.basis && verdict.actual) {
    const actual = actualText(verdict, context, lang);
    const basis = basisText(verdict.basis, context.unit, lang);
    line += zh ? `，实际 ${actual}，${basis}` : `; actual ${actual}, ${basis}`;
  } else {
    if (verdict.outcome) line += `${zh ? '，实际 ' : '; actual '}${recorded(verdict.outcome.value, verdict.outcome.unit, lang)}`;
    if (verdict.reason) line += `${zh ? '：' : ': '}${verdict.reason[lang]}`;
  }
  line += ` → ${label}`;

  if (verdict.flippedByRevision) {
    const before = verdictWord(verdict.flippedByRevision.from, lang);
    line += zh ? `（修订前为 ${before}）` : ` (was ${before} before revision)`;
  }
  return line + reviewText(verdict, lang);
}

function targetText(verdict: Line, context: ExplainContext, lang: Lang): string {
  const { target, unit, referenceName } = context;
  const zh = lang === 'zh';
  if (target.qualifier === 'qualitative') {
    const words = target.asWritten?.trim() || (zh ? '定性目标' : 'qualitative');
    return zh ? `“${words}”` : `“${words}” (qualitative)`;
  }
  if (target.qualifier === 'relative') {
    const name = referenceName?.[lang] ?? (zh ? '经济' : 'economic');
    const reference = verdict.referenceOutcome ? show(verdict.referenceOutcome.value, unit, lang, true) : null;
    if (zh) return `与${name}增长同步${reference ? `（${name}增长 ${reference}）` : ''}${toleranceText(verdict, context, lang)}`;
    return `in step with ${name} growth${reference ? ` (${reference})` : ''}${toleranceText(verdict, context, lang)}`;
  }
  return qualifierText({ ...target, qualifier: target.qualifier }, unit, lang) + toleranceText(verdict, context, lang);
}

export type WordedQualifier = Exclude<VerdictTarget['qualifier'], 'qualitative' | 'relative'>;

/** A numeric target as the report phrases it ("6.5%左右" / "about 6.5%"); also used by the pace rules. */
export function qualifierText(
  target: Pick<VerdictTarget, 'value' | 'valueHigh'> & { qualifier: WordedQualifier },
  unit: Unit | null,
  lang: Lang,
): string {
  const zh = lang === 'zh';
  const v = target.value ? show(target.value, unit, lang) : '?';
  // Only the one phrase asked for is made (a national export words ~43k targets).
  switch (target.qualifier) {
    case 'about': return zh ? `${v}左右` : `about ${v}`;
    case 'at_least': return zh ? `${v}以上` : `at least ${v}`;
    case 'at_most': return zh ? `${v}以内` : `at most ${v}`;
    case 'at_most_about': return zh ? `控制在${v}左右` : `at most about ${v}`;
    case 'reduction': return zh ? `下降${v}` : `a fall of ${v}`;
    case 'range': {
      const h = target.valueHigh ? show(target.valueHigh, unit, lang) : '?';
      return zh ? `${v}–${h}` : `${v} to ${h}`;
    }
    case 'exact': return v;
  }
}

function toleranceText({ tolerance, code }: Line, { target }: ExplainContext, lang: Lang): string {
  if (!tolerance) return '';
  const zh = lang === 'zh';
  const points = tolerance.kind === 'points';
  const percent = points ? tolerance.value : new Exact(tolerance.value).times(100).toFixed();
  const amount = points ? (zh ? `${percent} 个百分点` : `${percent} pp`) : zh ? `目标的 ${percent}%` : `${percent}% of target`;
  if (target.qualifier === 'about' || target.qualifier === 'at_most_about') return zh ? `（容差 ${amount}）` : ` (tolerance ${amount})`;
  // For floors the tolerance only sets the exceeded margin: mention it when it mattered.
  if (code !== 'exceeded') return '';
  if (!zh) return ` (exceeded beyond ${amount})`;
  return points ? `（超出 ${percent} 个百分点以上为超额）` : `（超出目标的 ${percent}% 以上为超额）`;
}

function actualText(verdict: Line, context: ExplainContext, lang: Lang): string {
  const zh = lang === 'zh';
  const notes: string[] = [];
  const outcome = verdict.outcome;
  if (outcome && outcome.vintage !== 'final') {
    notes.push(outcome.vintage === 'estimate' ? (zh ? '预计数' : 'estimate') : zh ? '初步核算数' : 'preliminary');
  }
  // English figures are rescaled from the base unit anyway, so only Chinese shows the recorded form.
  if (zh && outcome && verdict.actual && outcome.unit && outcome.unit !== verdict.actual.unit) {
    notes.push(`原值 ${recorded(outcome.value, outcome.unit, lang)}`);
  }
  if (verdict.gap?.kind === 'completion') {
    notes.push(zh ? `完成目标的 ${verdict.gap.percent}%` : `${verdict.gap.percent}% of target`);
  }
  const value = verdict.actual ? show(verdict.actual.value, context.unit, lang, true) : '';
  if (notes.length === 0) return value;
  return zh ? `${value}（${notes.join('；')}）` : `${value} (${notes.join('; ')})`;
}

export function basisText(basis: Basis, unit: Unit | null, lang: Lang): string {
  const zh = lang === 'zh';
  const n = (value: string) => show(value, unit, lang, true);
  switch (basis.relation) {
    case 'above':
      return zh ? `高于 ${n(basis.threshold)}` : `above ${n(basis.threshold)}`;
    case 'at_least':
      return zh ? `不低于 ${n(basis.threshold)}` : `at or above ${n(basis.threshold)}`;
    case 'below':
      return zh ? `低于 ${n(basis.threshold)}` : `below ${n(basis.threshold)}`;
    case 'at_most':
      return zh ? `不高于 ${n(basis.threshold)}` : `at or below ${n(basis.threshold)}`;
    case 'between':
      return zh ? `在 ${n(basis.low)}–${n(basis.high)} 之间` : `between ${n(basis.low)} and ${n(basis.high)}`;
    case 'below_within':
      return zh
        ? `低于 ${n(basis.threshold)} 但不低于 ${n(basis.low)}`
        : `below ${n(basis.threshold)} but not below ${n(basis.low)}`;
    case 'above_within':
      return zh
        ? `高于 ${n(basis.threshold)} 但不高于 ${n(basis.high)}`
        : `above ${n(basis.threshold)} but not above ${n(basis.high)}`;
  }
}

function reviewText(verdict: Line, lang: Lang): string {
  const zh = lang === 'zh';
  const note: ReviewNote | null = verdict.review;
  if (!note || verdict.decidedBy === 'reviewer') return '';
  const stale = note.stale ? (zh ? '，早于最新修订' : ', made before the latest revision') : '';
  if (note.kind === 'confirm') {
    if (note.stale) return zh ? '；审核确认早于最新修订，需重新确认' : '; the confirmation predates the latest revision';
    return zh ? `；审核人 ${note.reviewer} 已确认` : `; confirmed by ${note.reviewer}`;
  }
  if (!verdict.override || !note.verdict) return '';
  const label = verdictWord(note.verdict, lang);
  return zh
    ? `；审核人 ${note.reviewer} 改判为 ${label}（${note.reason}${stale}）`
    : `; reviewer ${note.reviewer} overrode this to ${label} (${note.reason}${stale})`;
}

/** A figure with its unit; `computed` figures that are percentages keep at least one decimal. */
export function show(value: string, unit: Unit | null, lang: Lang, computed = false): string {
  const decimal = toExact(value);
  // An unreadable stored value is shown as stored: the explanation must never throw.
  if (!decimal) return value;
  const percent = unit?.symbol === '%';
  const digits = computed && percent && decimal.decimalPlaces() < 1 ? decimal.toFixed(1) : decimal.toFixed();
  const number = digits.replace(/^-/, '−');
  if (!unit) return number;
  if (percent) return `${number}%`;
  return lang === 'zh' ? `${number}${unit.symbol}` : english(decimal, unit);
}

/** English readers get base units scaled the English way: 15亿元 → "1.5 bn yuan", 1.39万人 → "13,900 people". */
function english(value: ExactDecimal, unit: Unit): string {
  const base = value.times(unit.factor);
  const noun = baseUnitOf(unit).en;
  const magnitude = base.abs();
  if (magnitude.gte(1e9)) return `${grouped(base.dividedBy(1e9).toFixed())} bn ${noun}`;
  if (magnitude.gte(1e6)) return `${grouped(base.dividedBy(1e6).toFixed())} m ${noun}`;
  return `${grouped(base.toFixed())} ${noun}`;
}

function grouped(digits: string): string {
  const [integer = '', fraction] = digits.split('.');
  const withCommas = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',').replace(/^-/, '−');
  return fraction ? `${withCommas}.${fraction}` : withCommas;
}

/** A figure as recorded (possibly unparseable or in an unknown unit), shown verbatim; also used by the scorecard files. */
export function recorded(value: string, unitSymbol: string | null, lang: Lang): string {
  const number = value.replace(/^-/, '−');
  if (!unitSymbol) return lang === 'zh' ? `${number}（无单位）` : `${number} (no unit)`;
  if (lang === 'zh' || unitSymbol === '%') return `${number}${unitSymbol}`;
  const unit = parseUnit(unitSymbol);
  const decimal = unit.ok ? toExact(value) : null;
  return unit.ok && decimal ? english(decimal, unit.unit) : `${number} ${unitSymbol}`;
}
