// Words for qualifiers, vintages and review states in both languages, shared by
// every export format so a 预计 figure reads the same in CSV, XLSX and PDF.
import type { Qualifier, Vintage } from '@/lib/domain/types';
import type { Bilingual } from '@/lib/verdict/types';

export const QUALIFIER_LABELS: Record<Qualifier, Bilingual & { meaningZh: string; meaningEn: string }> = {
  about: { zh: '左右', en: 'about', meaningZh: '“X左右”：实际与目标相差不超过容差即为基本完成', meaningEn: '"about X": within the tolerance of X counts as met within tolerance' },
  at_least: { zh: '以上/不低于', en: 'at least', meaningZh: '“X以上”：实际不低于 X 即完成', meaningEn: '"X or more": met when the outcome is at least X' },
  at_most: { zh: '以内/控制在', en: 'at most', meaningZh: '“控制在X以内”：实际不高于 X 即完成', meaningEn: '"within X": met when the outcome is at most X' },
  at_most_about: { zh: '控制在…左右', en: 'at most about', meaningZh: '“控制在X左右”：不高于 X 加容差即完成', meaningEn: '"kept at about X": met up to X plus the tolerance' },
  reduction: { zh: '下降', en: 'reduction', meaningZh: '“下降X%”：降幅不小于 X 即完成', meaningEn: '"a fall of X%": met when the fall is at least X' },
  range: { zh: '区间', en: 'range', meaningZh: '“X–Y”：实际落在区间内即完成', meaningEn: '"X to Y": met when the outcome lies in the range' },
  exact: { zh: '确数', en: 'exact', meaningZh: '无限定词的数值：达到即完成', meaningEn: 'a bare figure: met when reached' },
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
