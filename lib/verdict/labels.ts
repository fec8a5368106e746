// The words every page, export and API shows for a verdict, in both languages, so
// that "基本完成" means the same thing everywhere.
import type { Bilingual, VerdictCode, VerdictReason, VerdictReasonCode } from './types';

export const VERDICT_LABELS: Record<VerdictCode, Bilingual> = {
  exceeded: { zh: '超额完成', en: 'exceeded' },
  met: { zh: '完成', en: 'met' },
  met_within_tolerance: { zh: '基本完成', en: 'met within tolerance' },
  missed: { zh: '未完成', en: 'missed' },
  pending: { zh: '待更新', en: 'pending' },
  needs_judgment: { zh: '需研判', en: 'needs judgment' },
  not_comparable: { zh: '无法判定', en: 'not comparable' },
};

export function verdictLabel(code: VerdictCode): Bilingual {
  return VERDICT_LABELS[code];
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
