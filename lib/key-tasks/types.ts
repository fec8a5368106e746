// Key tasks (重点工作): the qualitative items of a work report's sections, each with a
// lead unit and co-units, narrative progress per period (append-only revisions in
// progress_narrative) and a reviewer's judgment per period (append-only
// key_task_judgment). The judgment vocabulary and its pace meaning live in
// lib/verdict/pace.ts (TASK_JUDGMENTS), the one place that decides pace.
import type { TaskJudgment } from '@/lib/verdict/pace';

export type { TaskJudgment } from '@/lib/verdict/pace';

export type UnitRef = { id: number; name: string; shortName: string };

export type KeyTaskSource = { documentId: number; title: string; quote: string; quoteStart: number; quoteEnd: number };

export type KeyTaskView = {
  id: number;
  districtId: number;
  year: number;
  /** 序号 within the district's year. */
  seq: number;
  /** As the report (or the 分解方案) words it. */
  wording: string;
  source: KeyTaskSource | null;
  lead: UnitRef | null;
  co: UnitRef[];
  version: number;
  /** Set once the task is withdrawn (撤销): kept for closed rounds' history, left out of new rounds. */
  withdrawal: KeyTaskWithdrawal | null;
};

export type KeyTaskWithdrawal = { at: Date; by: string | null; reason: string };

/** One row of a key task's history: its audit rows (create, units, edit, judge, withdraw), newest first. */
export type KeyTaskHistoryRow = { id: string; at: Date; action: string; actor: string | null; actorLabel: string | null; before: unknown; after: unknown };

/** One narrative revision (推进情况) of one unit for a period 1—N月. */
export type NarrativeRevision = {
  id: number;
  unit: UnitRef;
  periodMonths: number;
  revision: number;
  text: string;
  /** Set on a correction a reviewer made after the round closed. */
  correctionReason: string | null;
  recordedBy: string;
  recordedAt: Date;
};

export type KeyTaskJudgmentView = {
  periodMonths: number;
  status: TaskJudgment;
  reason: string;
  reviewer: string;
  at: Date;
};
