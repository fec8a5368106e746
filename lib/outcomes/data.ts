import 'server-only';
import { scopedDistrictIds } from '@/lib/auth/district-scope';
import type { SessionUser } from '@/lib/auth/sessions';
import { db } from '@/lib/db';
import { findTargets, type TargetRow } from '@/lib/targets/data';

/** Why a target is on the to-do: its figure was disputed by a reviewer (with the reviewer's reason), it has none, or only the report's estimate. */
export type TodoReason = { kind: 'disputed'; comment: string } | { kind: 'no_outcome' } | { kind: 'only_estimate' };
export type TodoRow = TargetRow & { todo: TodoReason };

/** Pure: the to-do reason of a target, or null when nothing is to be done. */
export function todoReason(target: Pick<TargetRow, 'outcomes' | 'verdict'>): TodoReason | null {
  // The figure the verdict rests on was disputed: back to the recorder, with the reason.
  const basis = target.outcomes.find((outcome) => outcome.id === target.verdict.outcome?.id);
  if (basis?.reviewState === 'disputed') return { kind: 'disputed', comment: basis.reviewComment ?? '' };
  if (target.outcomes.length === 0) return { kind: 'no_outcome' };
  if (target.outcomes.every((outcome) => outcome.vintage === 'estimate')) return { kind: 'only_estimate' };
  return null;
}

/** How many to-do rows one page shows: an admin's to-do is the whole country's (hundreds of thousands of targets). */
export const TODO_PAGE_SIZE = 200;
/** Counting stops here: past it the page says "more than 10,000" rather than counting every target of the country. */
export const TODO_COUNT_CAP = 10_000;

// The to-do targets, chosen in SQL over the stored verdicts so that nothing national is
// loaded into memory: a disputed basis figure (target_verdict.outcome_review_state), or no
// annual figure other than the report's own estimate. todoReason (pure) then names why.
function todoSql(select: string, tail: string): string {
  return `
    SELECT ${select}
    FROM target t
    LEFT JOIN target_verdict tv ON tv.target_id = t.id
    WHERE t.year < $1 AND ($2::int[] IS NULL OR t.district_id = ANY($2::int[]))
      AND (tv.outcome_review_state = 'disputed' OR NOT EXISTS (
        SELECT 1 FROM outcome o
        WHERE o.district_id = t.district_id AND o.indicator_id = t.indicator_id AND o.year = t.year
          AND o.measure = t.measure AND o.period_months = 12 AND o.vintage <> 'estimate'))
    ${tail}`;
}

/**
 * The staff to-do: targets of the user's districts whose year has ended and whose
 * figure a reviewer disputed (first), or that have no outcome yet or only the
 * report's own estimate; oldest first. At most TODO_PAGE_SIZE rows (countTodo says how many in all).
 */
export async function findTodo(user: SessionUser, currentYear = new Date().getUTCFullYear()): Promise<TodoRow[]> {
  return todoRows(await findTodoIds(user, currentYear));
}

/** The ids findTodo's SQL picks, in its order (todoRows then keeps those todoReason agrees with). */
export async function findTodoIds(user: SessionUser, currentYear = new Date().getUTCFullYear()): Promise<number[]> {
  const scope = scopedDistrictIds(user, 'record:outcome');
  const picked = await db.$queryRawUnsafe<{ id: number }[]>(
    todoSql('t.id', `ORDER BY (tv.outcome_review_state = 'disputed') IS TRUE DESC, t.year, t.district_id, t.indicator_id, t.id LIMIT ${TODO_PAGE_SIZE}`),
    currentYear, scope,
  );
  return picked.map((row) => row.id);
}

/** The to-do rows of these targets, in the order given: those todoReason names a reason for. */
export async function todoRows(ids: number[]): Promise<TodoRow[]> {
  if (ids.length === 0) return [];
  const byId = new Map((await findTargets({ targetIds: ids })).map((target) => [target.id, target]));
  const rows: TodoRow[] = [];
  for (const id of ids) {
    const target = byId.get(id);
    const todo = target ? todoReason(target) : null;
    if (target && todo) rows.push({ ...target, todo });
  }
  return rows;
}

/** How many to-do rows there are in all, counted up to TODO_COUNT_CAP + 1 (more: "more than TODO_COUNT_CAP"). */
export async function countTodo(user: SessionUser, currentYear = new Date().getUTCFullYear()): Promise<number> {
  const scope = scopedDistrictIds(user, 'record:outcome');
  const [row] = await db.$queryRawUnsafe<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM (${todoSql('1', `LIMIT ${TODO_COUNT_CAP + 1}`)}) capped`,
    currentYear, scope,
  );
  return row?.count ?? 0;
}

/** A target for the record and edit forms, or null when there is none; the page checks its district (requireInScope). */
export async function findTargetForRecording(targetId: number): Promise<TargetRow | null> {
  const [target] = await findTargets({ targetIds: [targetId] });
  return target ?? null;
}

export async function listDistrictDocuments(districtId: number) {
  return db.sourceDocument.findMany({
    where: { districtId },
    select: { id: true, title: true, year: true, kind: true },
    orderBy: [{ year: 'desc' }, { id: 'desc' }],
  });
}

export async function listDistrictOptions() {
  return db.district.findMany({ select: { id: true, nameZh: true, nameEn: true, code: true }, orderBy: { code: 'asc' } });
}

/** A disputed annual figure of a series no target settles (the reviewer checked the data only): staff correct it by import or a new document. */
export type DisputedWithoutTarget = {
  outcomeId: number; year: number; measure: 'growth' | 'level'; value: string; unit: string; revision: number; sourceDocumentId: number; comment: string;
  district: { nameZh: string; nameEn: string }; indicator: { key: string; nameZh: string; nameEn: string };
};

// The disputed latest annual revisions of series no target settles, in the user's districts ($1).
function untargetedDisputesSql(select: string, tail: string): string {
  return `
    SELECT ${select}
    FROM outcome_review r
    JOIN outcome o ON o.id = r.outcome_id
    JOIN district d ON d.id = o.district_id
    JOIN indicator i ON i.id = o.indicator_id
    WHERE r.state = 'disputed' AND o.period_months = 12
      AND ($1::int[] IS NULL OR o.district_id = ANY($1::int[]))
      AND NOT EXISTS (SELECT 1 FROM outcome_review later WHERE later.outcome_id = r.outcome_id AND (later.created_at, later.id) > (r.created_at, r.id))
      AND NOT EXISTS (SELECT 1 FROM outcome n WHERE n.district_id = o.district_id AND n.indicator_id = o.indicator_id AND n.year = o.year
                        AND n.measure = o.measure AND n.period_months = 12 AND n.revision > o.revision)
      AND NOT EXISTS (SELECT 1 FROM target t WHERE t.district_id = o.district_id AND t.indicator_id = o.indicator_id AND t.year = o.year AND t.measure = o.measure)
    ${tail}`;
}

/**
 * The staff to-do's second list: a reviewer disputed the latest annual revision of a series that
 * no target settles. Without it such a dispute reached nobody (the to-do above lists targets).
 * Read from the disputes (few), newest review per figure; a later revision of the series ends it.
 */
export async function findDisputedWithoutTarget(user: SessionUser): Promise<DisputedWithoutTarget[]> {
  const scope = scopedDistrictIds(user, 'record:outcome');
  const rows = await db.$queryRawUnsafe<(Omit<DisputedWithoutTarget, 'district' | 'indicator'> & { districtZh: string; districtEn: string; indicatorKey: string; indicatorZh: string; indicatorEn: string })[]>(untargetedDisputesSql(`
           o.id AS "outcomeId", o.year, o.measure::text AS measure, o.value::text AS value, o.unit, o.revision, o.source_document_id AS "sourceDocumentId", r.comment,
           d.name_zh AS "districtZh", d.name_en AS "districtEn", i.key AS "indicatorKey", i.name_zh AS "indicatorZh", i.name_en AS "indicatorEn"`,
    `ORDER BY o.year, o.district_id, o.indicator_id, o.measure
    LIMIT ${TODO_PAGE_SIZE}`), scope);
  return rows.map(({ districtZh, districtEn, indicatorKey, indicatorZh, indicatorEn, ...row }) => ({
    ...row, district: { nameZh: districtZh, nameEn: districtEn }, indicator: { key: indicatorKey, nameZh: indicatorZh, nameEn: indicatorEn },
  }));
}

/**
 * How many disputed figures wait for the staff member to correct them: the to-do's disputed
 * targets and its disputed figures without a target (each list's own rule). The header adds
 * them to the reporting to-dos, so a dispute is seen from every page, not only on /todo.
 */
export async function countDisputesAwaiting(user: SessionUser, currentYear = new Date().getUTCFullYear()): Promise<number> {
  const scope = scopedDistrictIds(user, 'record:outcome');
  const [row] = await db.$queryRawUnsafe<{ count: number }[]>(`
    SELECT (SELECT count(*) FROM target t JOIN target_verdict tv ON tv.target_id = t.id
             WHERE tv.outcome_review_state = 'disputed' AND t.year < $2 AND ($1::int[] IS NULL OR t.district_id = ANY($1::int[])))::int
         + (SELECT count(*) FROM (${untargetedDisputesSql('1', '')}) untargeted)::int AS count`,
    scope, currentYear);
  return row?.count ?? 0;
}
