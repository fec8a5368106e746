// What the round outputs (汇总表, 督查通报, reminders) read about a reporting round:
// plain data, so the writers and the briefing text are pure and table-tested. The
// rounds data module fills it from PostgreSQL (loadRoundSummary).
import type { Measure } from '@/lib/domain/types';
import type { PaceCode } from '@/lib/verdict/pace';
import type { CumulativePeriod } from '@/lib/verdict/period';
import type { Bilingual } from '@/lib/verdict/types';

/** 一、经济社会发展主要预期目标 (targets) or 二、重点工作 (key tasks). */
export type RoundItemGroup = 'target' | 'task';

export type RoundItemUnit = { name: string; shortName: string; role: 'lead' | 'co' };

/** The progress reported for an item in the round: a cumulative figure or, for a key task, a narrative. */
export type RoundProgress =
  | {
      kind: 'figure';
      measure: Measure;
      /** The figure in the target's unit (decimal string), as the pace rule compared it. */
      value: string;
      /** The target's unit ("万人", "亿元"); "%" or null for growth. */
      unit: string | null;
      /** Where the figure comes from (document title or the unit's stated source). */
      source: string;
    }
  | { kind: 'narrative'; text: string; source: string | null };

export type RoundSummaryItem = {
  group: RoundItemGroup;
  /** The indicator's name for targets ("地区生产总值"), the task's short name for tasks. */
  label: Bilingual;
  /** The target or task as the report wrote it: "地区生产总值增长6%以上。". */
  asWritten: string;
  units: RoundItemUnit[];
  /** Null while nothing accepted or submitted for the round. */
  progress: RoundProgress | null;
  /** Other units' words on a target whose lead reports the figure: "区统计局：…". */
  notes: string[];
  /** label: as the round words it (待研判 for a reported task not yet judged, else the code's label). */
  pace: { code: PaceCode; label: Bilingual; explanation: Bilingual };
  /** A key task withdrawn (撤销) after this round closed: still printed, marked as withdrawn. */
  withdrawn?: boolean;
  /** Days past the due date of its latest unit still to report (absent or 0: none late). */
  overdueDays?: number;
  /** Short names of the units whose submission a reviewer returned for changes (absent: none). */
  returned?: string[];
};

export type RoundSummary = {
  round: { id: number; year: number; period: CumulativePeriod; dueDate: Date };
  district: { code: string; nameZh: string; nameEn: string };
  items: RoundSummaryItem[];
  /** The 考评 table, best first (lib/rounds/summary.ts rankUnits); absent or empty when the round has no units' items. */
  ranking?: RankedUnit[];
  /** When the file or text was produced (its 填报日期). */
  generatedAt: Date;
};

/** A unit's line in the 考评: submissions on time of its items, then items on pace (ties share a rank). */
export type RankedUnit = { rank: number; shortName: string; items: number; onTime: number; onPace: number };
