// The words every page, export and API shows for a verdict, in both languages, so
// that "基本完成" means the same thing everywhere.
import type { Bilingual, VerdictCode, VerdictReason, VerdictReasonCode } from './types';

/** A verdict as a name standing on its own (badge, heading, column, count, select): English in sentence case. */
export const VERDICT_LABELS: Record<VerdictCode, Bilingual> = {
  exceeded: { zh: '超额完成', en: 'Exceeded' },
  met: { zh: '完成', en: 'Met' },
  met_within_tolerance: { zh: '基本完成', en: 'Met within tolerance' },
  missed: { zh: '未完成', en: 'Missed' },
  pending: { zh: '待更新', en: 'Pending' },
  needs_judgment: { zh: '需研判', en: 'Needs judgment' },
  not_comparable: { zh: '无法判定', en: 'Not comparable' },
};

export function verdictLabel(code: VerdictCode): Bilingual {
  return VERDICT_LABELS[code];
}

/** A verdict inside a sentence ("… below 6.0% → missed"): the same words, English in lower case. */
export function verdictWord(code: VerdictCode, lang: keyof Bilingual): string {
  const label = VERDICT_LABELS[code][lang];
  return lang === 'en' ? label.toLowerCase() : label;
}

const REASONS: Record<VerdictReasonCode, Bilingual> = {
  definition_changed: { zh: '指标口径已变化', en: "the indicator's definition changed" },
  measure_mismatch: { zh: '目标与实际一为增速、一为总量，不可比', en: 'growth and level figures are not comparable' },
  missing_unit: { zh: '缺少单位', en: 'the unit is missing' },
  unknown_unit: { zh: '单位无法识别', en: 'the unit is not recognised' },
  different_dimension: { zh: '单位量纲不同，不可比', en: 'units of different dimensions' },
  invalid_value: { zh: '数值无效', en: 'the value is not a number' },
  target_incomplete: { zh: '目标缺少数值', en: 'the target has no value' },
  no_outcome: { zh: '尚无实际数据', en: 'no outcome yet' },
  no_reference_outcome: { zh: '尚无对照指标的实际数据', en: 'no outcome yet for the reference indicator' },
  qualitative: { zh: '定性目标，待审核人研判', en: "qualitative target, awaiting a reviewer's judgment" },
};

/** A reason in both languages; `detail` (a caller's reason, the units involved) is appended verbatim. */
export function verdictReason(code: VerdictReasonCode, detail?: Bilingual | string): VerdictReason {
  const base = REASONS[code];
  if (detail === undefined) return { code, ...base };
  const zhDetail = typeof detail === 'string' ? detail : detail.zh;
  const enDetail = typeof detail === 'string' ? detail : detail.en;
  return { code, zh: `${base.zh}（${zhDetail}）`, en: `${base.en} (${enDetail})` };
}
