// Words for qualifiers, vintages and review states in both languages, shared by
// every export format so a 预计 figure reads the same in CSV, XLSX and PDF.
import type { Qualifier, Vintage } from '@/lib/domain/types';
import type { FinalStatus } from '@/lib/verdict/final-status';
import type { Bilingual, Verdict } from '@/lib/verdict/types';

export const QUALIFIER_LABELS: Record<Qualifier, Bilingual & { meaningZh: string; meaningEn: string }> = {
  about: { zh: '左右', en: 'about', meaningZh: '“X左右”：低于 X 不超过容差为基本完成，高于 X 超过容差为超额完成', meaningEn: '"about X": up to the tolerance below X is met within tolerance; more than the tolerance above X is exceeded' },
  at_least: { zh: '以上/不低于', en: 'at least', meaningZh: '“X以上”：实际不低于 X 即完成，低于 X 即未完成；容差只是超额完成的界限（高于 X 超过容差）', meaningEn: '"X or more": met when the outcome is at least X, missed below X; the tolerance is only the margin for exceeded (more than it above X)' },
  at_most: { zh: '以内/控制在', en: 'at most', meaningZh: '“控制在X以内”：实际不高于 X 即完成', meaningEn: '"within X": met when the outcome is at most X' },
  at_most_about: { zh: '控制在…左右', en: 'at most about', meaningZh: '“控制在X左右”：不高于 X 即完成，高出不超过容差为基本完成', meaningEn: '"kept at about X": met up to X, met within tolerance up to X plus the tolerance' },
  reduction: { zh: '下降', en: 'reduction', meaningZh: '“下降X%”：降幅不小于 X 即完成；降幅超过 X 加容差为超额完成', meaningEn: '"a fall of X%": met when the fall is at least X; exceeded when it is more than X plus the tolerance' },
  range: { zh: '区间', en: 'range', meaningZh: '“X–Y”：实际落在区间内即完成', meaningEn: '"X to Y": met when the outcome lies in the range' },
  exact: { zh: '确数', en: 'exact', meaningZh: '无限定词的数值：达到即完成，未达到即未完成；容差只是超额完成的界限', meaningEn: 'a bare figure: met when reached, missed when not; the tolerance is only the margin for exceeded' },
  relative: { zh: '同步', en: 'relative', meaningZh: '“与经济增长同步”：与对照指标的实际增速比较', meaningEn: '"in step with growth": compared with the reference indicator\'s outcome' },
  qualitative: { zh: '定性', en: 'qualitative', meaningZh: '定性表述：由审核人研判', meaningEn: 'qualitative wording: a reviewer judges' },
};

export const VINTAGE_LABELS: Record<Vintage, Bilingual> = {
  estimate: { zh: '预计', en: 'estimate' },
  preliminary: { zh: '初步核算', en: 'preliminary' },
  final: { zh: '最终核实', en: 'final' },
};

export const REVIEW_STATE_LABELS: Record<'verified' | 'disputed' | 'unreviewed', Bilingual> = {
  verified: { zh: '已核实', en: 'verified' },
  disputed: { zh: '有异议', en: 'disputed' },
  unreviewed: { zh: '未审核', en: 'unreviewed' },
};

const REVIEW_STATUS_LABELS = {
  overridden: { zh: '审核人已改判', en: 'overridden by a reviewer' },
  judged: { zh: '审核人已研判', en: 'judged by a reviewer' },
  confirmed: { zh: '审核人已确认', en: 'confirmed by a reviewer' },
  stale: { zh: '审核后数据已更新，待重新审核', en: 'figures changed since the review; to be reviewed again' },
  verified: { zh: '完成情况已核实', en: 'outcome verified' },
  disputed: { zh: '完成情况有异议', en: 'outcome disputed' },
  unreviewed: { zh: '未审核', en: 'not reviewed' },
} satisfies Record<string, Bilingual>;

/**
 * The 审核状态 of a scorecard line in words: the reviewer's decision on the verdict
 * when one applies, else the review state of the figure it rests on; null for a
 * target with neither a figure nor a decision (nothing to review yet).
 */
export function reviewStatus(
  verdict: Pick<Verdict, 'review' | 'confirmed' | 'decidedBy'>,
  final: Pick<FinalStatus, 'overridden' | 'decidedBy'>,
  outcomeState: 'verified' | 'disputed' | 'unreviewed' | null,
): Bilingual | null {
  if (final.overridden) return REVIEW_STATUS_LABELS.overridden;
  if (verdict.decidedBy === 'reviewer') return REVIEW_STATUS_LABELS.judged;
  // An override to the computed code itself agrees with the rules: a confirmation.
  if (verdict.confirmed || final.decidedBy === 'reviewer') return REVIEW_STATUS_LABELS.confirmed;
  if (verdict.review?.stale) return REVIEW_STATUS_LABELS.stale;
  if (outcomeState) return REVIEW_STATUS_LABELS[outcomeState];
  return null;
}
