// Vocabulary shared by the database schema (prisma enums use the same literals),
// the verdict rules, the seed data and the report extractor.

/** growth: % change on the previous year; level: an amount in a unit (亿元, 人, %, …). */
export const MEASURES = ['growth', 'level'] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * How a target is phrased in the report.
 * about: 左右; at_least: 以上/不低于/确保…以上; at_most: 以内/以下/控制在;
 * at_most_about: 控制在…左右; reduction: 下降X% (value is X, positive);
 * range: 6%—6.5% (value..valueHigh); exact: a bare figure;
 * relative: 与经济增长同步 (compared with another indicator's outcome);
 * qualitative: 促稳提质, 完成市下达任务 (a reviewer judges).
 */
export const QUALIFIERS = [
  'about',
  'at_least',
  'at_most',
  'at_most_about',
  'reduction',
  'range',
  'exact',
  'relative',
  'qualitative',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** estimate: the report's own 预计; preliminary: 初步核算; final: 最终核实. */
export const VINTAGES = ['estimate', 'preliminary', 'final'] as const;
export type Vintage = (typeof VINTAGES)[number];

export const DOCUMENT_KINDS = ['work_report', 'statistical_bulletin', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const ROLES = ['admin', 'staff', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];
