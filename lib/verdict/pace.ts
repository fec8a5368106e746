// 序时进度: is a target on the pace the elapsed part of the year calls for? THE place
// that decides it, as computeVerdict is for the year. Pure; the rules reuse the annual
// ones (units, tolerance, the per-qualifier comparison) rather than restating them:
//   judgment   qualitative targets / key tasks (重点工作): the reviewer's judgment decides
//              (已完成 → 已完成, 序时推进 → 达到序时进度, 滞后 and 未启动 → 滞后).
//   ceiling    以内 / 控制在…左右, and amounts where lower is better: the cumulative figure
//              against the annual ceiling itself (CPI 1—6月 2.1% vs 3%以内); a ceiling is
//              never pro-rated, since staying under it is the whole task.
//   reduction  下降X%: the cumulative change against −X, as the annual rule.
//   growth     growth targets, and rates written as levels (失业率 5.5%左右): the cumulative
//              growth against the annual target with its tolerance, as the annual rule.
//   share      amounts that accumulate (新增就业 1.3万人, 固定资产投资 亿元): the completed
//              share (cumulative ÷ annual target) against the elapsed share N/12, compared
//              exactly as cumulative × 12 ≥ bound × N (no rounding of 11/12 = 91.7%). An
//              "about" target's bound is T − tol, as its annual 基本完成 line.
// An annual-rule verdict of met, exceeded or 基本完成 is 达到序时进度; missed is 未达到.
// 已完成 is a share of 100% or more at any time, or being on pace at N = 12.
import type { Measure } from '@/lib/domain/types';
import { indicatorByKey } from '@/lib/indicators/catalog';
import { Exact, toExact, type ExactDecimal } from '@/lib/numbers/parse-decimal';
import type { Unit } from '@/lib/units/units';
import { actualInUnit, resolveTargetUnit } from './compute-verdict';
import { evaluate, usesTolerance, type NumericQualifier } from './evaluate';
import { basisText, qualifierText, show, type Lang } from './explain';
import { verdictReason } from './labels';
import { isMonthCount, periodName, type CumulativePeriod } from './period';
import { absoluteTolerance, resolveTolerance, type ToleranceDefaults } from './tolerance';
import type { Basis, Bilingual, Tolerance, VerdictIndicator, VerdictReason, VerdictTarget } from './types';

export const PACE_CODES = ['on_pace', 'behind_pace', 'done', 'lagging', 'pending', 'not_comparable'] as const;
export type PaceCode = (typeof PACE_CODES)[number];

export const PACE_LABELS: Record<PaceCode, Bilingual> = {
  on_pace: { zh: '达到序时进度', en: 'on pace' },
  behind_pace: { zh: '未达到序时进度', en: 'behind pace' },
  done: { zh: '已完成', en: 'done' },
  lagging: { zh: '滞后', en: 'lagging' },
  pending: { zh: '待填报', en: 'awaiting report' },
  not_comparable: { zh: '无法判定', en: 'not comparable' },
};

/**
 * A key task (or qualitative target) whose units have reported for the period but which no
 * reviewer has judged yet: still 'pending' in every count, but worded 待研判, since saying
 * 待填报 of a task whose progress is in would tell the unit it still has to report.
 */
export const AWAITING_JUDGMENT_LABEL: Bilingual = { zh: '待研判', en: 'awaiting judgment' };

export function isAwaitingJudgment(pace: { code: PaceCode; label: Bilingual }): boolean {
  return pace.code === 'pending' && pace.label.zh === AWAITING_JUDGMENT_LABEL.zh;
}

/** What a reviewer may say of a key task (重点工作) in a period. */
export const TASK_JUDGMENTS = ['completed', 'on_track', 'lagging', 'not_started'] as const;
export type TaskJudgment = (typeof TASK_JUDGMENTS)[number];

export const TASK_JUDGMENT_LABELS: Record<TaskJudgment, Bilingual> = {
  completed: { zh: '已完成', en: 'completed' },
  on_track: { zh: '序时推进', en: 'on track' },
  lagging: { zh: '滞后', en: 'lagging' },
  not_started: { zh: '未启动', en: 'not started' },
};

const JUDGED: Record<TaskJudgment, PaceCode> = {
  completed: 'done',
  on_track: 'on_pace',
  lagging: 'lagging',
  not_started: 'lagging',
};

/** A cumulative figure for 1—N月, as recorded (value a decimal string). */
export type PaceFigure = { measure: Measure; value: string; unit: string | null };

export type PaceInput = {
  target: VerdictTarget;
  indicator: VerdictIndicator;
  period: CumulativePeriod;
  /** The cumulative figure for the period; null while not yet reported. */
  figure: PaceFigure | null;
  /** Relative targets (与经济增长同步): the reference indicator and its cumulative growth. */
  reference?: { indicatorKey: string; figure: PaceFigure | null } | null;
  /** Key tasks: the reviewer's judgment for the period. */
  judgment?: { status: TaskJudgment; reason: string; reviewer: string } | null;
  /** Key tasks: a unit has reported (submitted) progress for the period; without a judgment the pace is then 待研判. */
  reported?: boolean;
  toleranceDefaults?: ToleranceDefaults;
};

export type PaceRule = 'judgment' | 'ceiling' | 'reduction' | 'growth' | 'share';

/** The completed and the elapsed share, as percentages with one decimal (half-up). */
export type PaceShare = { completed: string; elapsed: string; needed: string };

export type PaceVerdict = {
  code: PaceCode;
  label: Bilingual;
  rule: PaceRule;
  period: CumulativePeriod;
  /** The figure in the target's unit, as compared. */
  actual: { value: string; unit: string } | null;
  tolerance: Tolerance | null;
  /** The annual-rule comparison (growth, ceiling, reduction). */
  basis: Basis | null;
  /** Share rule: completed vs elapsed share, and the cumulative amount the pace needs. */
  share: PaceShare | null;
  reason: VerdictReason | null;
  explanation: Bilingual;
};

export function paceRuleFor(target: VerdictTarget, indicator: VerdictIndicator): PaceRule {
  const { qualifier } = target;
  if (qualifier === 'qualitative') return 'judgment';
  if (qualifier === 'at_most' || qualifier === 'at_most_about') return 'ceiling';
  if (qualifier === 'reduction') return 'reduction';
  const measure = target.measure ?? 'growth';
  if (measure === 'growth' || qualifier === 'relative' || target.unit === '%') return 'growth';
  return indicator.higherIsBetter ? 'share' : 'ceiling';
}

export function computePace(input: PaceInput): PaceVerdict {
  const { target, indicator, period } = input;
  const rule = paceRuleFor(target, indicator);
  const measure = target.measure ?? 'growth';
  const unitResolution = resolveTargetUnit(target.unit, measure);
  const unit = unitResolution.ok ? unitResolution.unit : null;
  const base: Omit<PaceVerdict, 'explanation'> = {
    code: 'pending',
    label: PACE_LABELS.pending,
    rule,
    period,
    actual: null,
    tolerance: null,
    basis: null,
    share: null,
    reason: null,
  };
  const finish = (line: Omit<PaceVerdict, 'explanation' | 'label'>, label: Bilingual = PACE_LABELS[line.code]): PaceVerdict => {
    const full = { ...line, label };
    return { ...full, explanation: explainPace(full, input, unit) };
  };
  const refuse = (code: PaceCode, reason: VerdictReason) => finish({ ...base, code, reason });

  if (!isMonthCount(period.months)) throw new RangeError(`period months must be 1..12, got ${period.months}`);

  if (rule === 'judgment') {
    if (!input.judgment) {
      const line = { ...base, code: 'pending' as const, reason: verdictReason('qualitative') };
      return input.reported ? finish(line, AWAITING_JUDGMENT_LABEL) : finish(line);
    }
    return finish({ ...base, code: JUDGED[input.judgment.status] });
  }
  if (!unitResolution.ok) return refuse('not_comparable', unitResolution.reason);
  const qualifier = target.qualifier as NumericQualifier;
  const value = qualifier === 'relative' ? null : toExact(target.value);
  const valueHigh = toExact(target.valueHigh);
  if ((qualifier !== 'relative' && !value) || (qualifier === 'range' && !valueHigh)) {
    return refuse('not_comparable', verdictReason('target_incomplete'));
  }
  if (!input.figure) return refuse('pending', verdictReason('no_outcome'));
  if (input.figure.measure !== measure) return refuse('not_comparable', verdictReason('measure_mismatch'));
  const actual = actualInUnit(input.figure, unitResolution.unit);
  if (!actual.ok) return refuse('not_comparable', actual.reason);
  const actualShown = { value: actual.value.toFixed(), unit: unitResolution.unit.symbol };

  let bound = value;
  if (qualifier === 'relative') {
    const reference = input.reference?.figure;
    if (!reference) return refuse('pending', verdictReason('no_reference_outcome', nameOf(input.reference?.indicatorKey ?? 'gdp')));
    bound = toExact(reference.value);
    if (!bound) return refuse('not_comparable', verdictReason('invalid_value', reference.value));
  }
  if (!bound) return refuse('not_comparable', verdictReason('target_incomplete'));

  const tolerance = resolveTolerance(measure, target.tolerance, indicator, input.toleranceDefaults);
  const yearEnd = period.months === 12;
  if (rule === 'share') {
    const share = shareOf(actual.value, qualifier, bound, tolerance, period.months);
    const code: PaceCode = share.done || (share.onPace && yearEnd) ? 'done' : share.onPace ? 'on_pace' : 'behind_pace';
    return finish({
      ...base,
      code,
      actual: actualShown,
      tolerance: qualifier === 'about' ? tolerance : null,
      share: share.shown,
    });
  }
  const evaluation = evaluate(
    { qualifier, value: bound, valueHigh, tolerance, higherIsBetter: indicator.higherIsBetter },
    actual.value,
  );
  const onPace = evaluation.code !== 'missed';
  const code: PaceCode = onPace ? (yearEnd ? 'done' : 'on_pace') : 'behind_pace';
  const slack = qualifier === 'about' || qualifier === 'at_most_about';
  return finish({
    ...base,
    code,
    actual: actualShown,
    tolerance: slack && usesTolerance(qualifier) ? tolerance : null,
    basis: evaluation.basis,
  });
}

type ShareResult = { onPace: boolean; done: boolean; shown: PaceShare };

function shareOf(
  actual: ExactDecimal,
  qualifier: NumericQualifier,
  target: ExactDecimal,
  tolerance: Tolerance,
  months: number,
): ShareResult {
  // The annual figure that counts as meeting the target (a range's floor); for an
  // "about" target its 基本完成 line, so a pace inside the tolerance is on pace.
  const bound = qualifier === 'about' ? target.minus(absoluteTolerance(tolerance, target)) : target;
  const onPace = actual.times(12).gte(bound.times(months));
  const done = actual.gte(target);
  const percent = (ratio: ExactDecimal) => ratio.times(100).toFixed(1, Exact.ROUND_HALF_UP);
  const completed = target.isZero() ? '—' : percent(actual.dividedBy(target));
  return {
    onPace,
    done,
    shown: { completed, elapsed: percent(new Exact(months).dividedBy(12)), needed: bound.times(months).dividedBy(12).toFixed() },
  };
}

function nameOf(key: string): Bilingual {
  const entry = indicatorByKey(key);
  return entry ? { zh: entry.nameZh, en: entry.nameEn } : { zh: key, en: key };
}

function explainPace(verdict: Omit<PaceVerdict, 'explanation'>, input: PaceInput, unit: Unit | null): Bilingual {
  return { zh: sentence(verdict, input, unit, 'zh'), en: sentence(verdict, input, unit, 'en') };
}

function sentence(verdict: Omit<PaceVerdict, 'explanation'>, input: PaceInput, unit: Unit | null, lang: Lang): string {
  const zh = lang === 'zh';
  const { target } = input;
  const period = periodName(verdict.period)[lang];
  const label = verdict.label[lang];
  if (verdict.rule === 'judgment') {
    const words = target.asWritten?.trim() || (zh ? '重点任务' : 'key task');
    const judgment = input.judgment;
    if (!judgment && input.reported) return zh ? `“${words}”，${period}推进情况已报送，尚未研判 → ${label}` : `“${words}”, ${period}: progress reported, not yet judged → ${label}`;
    if (!judgment) return zh ? `“${words}”，${period}尚未研判 → ${label}` : `“${words}”, ${period}: not yet judged → ${label}`;
    const said = TASK_JUDGMENT_LABELS[judgment.status][lang];
    return zh
      ? `“${words}”，${period}审核人 ${judgment.reviewer} 研判为${said}（${judgment.reason}） → ${label}`
      : `“${words}”, ${period}: reviewer ${judgment.reviewer} judged it ${said} (${judgment.reason}) → ${label}`;
  }
  let line = `${zh ? '全年目标 ' : 'Annual target '}${targetWords(target, unit, lang)}${toleranceWords(verdict.tolerance, lang)}`;
  const shown = verdict.actual ? show(verdict.actual.value, unit, lang, true) : null;
  if (verdict.share && shown) {
    const { completed, elapsed, needed } = verdict.share;
    line += zh
      ? `，${period}累计 ${shown}，完成全年目标的 ${completed}%，序时进度 ${elapsed}%（需 ${show(needed, unit, lang)}）`
      : `; ${period} cumulative ${shown}, ${completed}% of the annual target against ${elapsed}% of the year (needs ${show(needed, unit, lang)})`;
  } else if (verdict.basis && shown) {
    line += zh ? `，${period}累计 ${shown}，${basisText(verdict.basis, unit, lang)}` : `; ${period} cumulative ${shown}, ${basisText(verdict.basis, unit, lang)}`;
  } else {
    if (input.figure) line += `${zh ? `，${period}累计 ` : `; ${period} cumulative `}${input.figure.value}${input.figure.unit ?? ''}`;
    else line += zh ? `，${period}尚未填报` : `; ${period}: not yet reported`;
    if (verdict.reason && verdict.reason.code !== 'no_outcome') line += `${zh ? '：' : ': '}${verdict.reason[lang]}`;
  }
  return `${line} → ${label}`;
}

function targetWords(target: VerdictTarget, unit: Unit | null, lang: Lang): string {
  if (target.qualifier === 'relative') return lang === 'zh' ? '与经济增长同步' : 'in step with economic growth';
  if (target.qualifier === 'qualitative') return target.asWritten ?? '';
  return qualifierText({ ...target, qualifier: target.qualifier }, unit, lang);
}

function toleranceWords(tolerance: Tolerance | null, lang: Lang): string {
  if (!tolerance) return '';
  const zh = lang === 'zh';
  if (tolerance.kind === 'points') return zh ? `（容差 ${tolerance.value} 个百分点）` : ` (tolerance ${tolerance.value} pp)`;
  const percent = new Exact(tolerance.value).times(100).toFixed();
  return zh ? `（容差 目标的 ${percent}%）` : ` (tolerance ${percent}% of target)`;
}
