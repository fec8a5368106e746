// Key tasks edited and withdrawn (撤销) on real PostgreSQL: an edit changes wording, source
// and units from the version its form read (a stale form is refused and changes nothing);
// a withdrawal needs a reason, removes the task's items from open rounds (the decision in
// lib/key-tasks/mutations.ts), keeps closed rounds' items, and keeps the task out of every
// round opened later. Each change has its audit row with before and after.
import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/sessions';
import { createKeyTask, editKeyTask, judgeKeyTask, replaceKeyTaskUnits, withdrawKeyTask } from '@/lib/key-tasks/mutations';
import { loadRoundOutputs } from '@/lib/round-outputs/data';
import { summaryTable } from '@/lib/round-outputs/summary-table';
import { loadRoundSummary } from '@/lib/rounds/data';
import { closeRound, openRound, submitNarrative } from '@/lib/rounds/mutations';
import { createUnit, setUnitMembers } from '@/lib/responsible-units/mutations';
import { makeUser } from './fixtures/users';
// Aliased: the name "use…" reads as a React hook to the linter.
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();
type Result<T> = { ok: true; data: T } | { ok: false; code: string; fieldErrors: Record<string, string>; details?: Record<string, unknown> };
const run = <T>(action: Parameters<typeof executeAction>[0], user: SessionUser, input: Record<string, unknown>) => executeAction(action, { db, user }, input) as Promise<Result<T>>;
async function ok<T>(promise: Promise<Result<T>>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result.data;
}
const snapshot = (id: number) => db.keyTask.findUniqueOrThrow({ where: { id }, include: { units: { orderBy: { unitId: 'asc' } } } });

let district: { id: number };
let admin: SessionUser;
let reviewer: SessionUser;
let reviewerElsewhere: SessionUser;
let staff: SessionUser;
let unitA: number;
let unitB: number;
let edited: number;
let withdrawnOpen: number;
let withdrawnClosed: number;

beforeAll(async () => {
  district = await db.district.findUniqueOrThrow({ where: { code: '500155' }, select: { id: true } });
  const bozhou = await db.district.findUniqueOrThrow({ where: { code: '520304' }, select: { id: true } });
  admin = await makeUser(db, 'kt-admin', 'admin');
  reviewer = await makeUser(db, 'kt-reviewer', 'reviewer', [district.id]);
  reviewerElsewhere = await makeUser(db, 'kt-reviewer-bozhou', 'reviewer', [bozhou.id]);
  staff = await makeUser(db, 'kt-staff', 'staff', [district.id]);
  unitA = (await ok(run<{ unitId: number }>(createUnit, admin, { districtId: district.id, name: '区发展和改革委员会', shortName: '区发展改革委' }))).unitId;
  unitB = (await ok(run<{ unitId: number }>(createUnit, admin, { districtId: district.id, name: '区住房和城乡建设委员会', shortName: '区住房城乡建委' }))).unitId;
  await ok(run(setUnitMembers, admin, { unitId: unitB, userIds: [staff.id] }));
  const create = async (wording: string) => (await ok(run<{ keyTaskId: number }>(createKeyTask, reviewer, { districtId: district.id, year: 2024, wording, leadUnitId: String(unitB), coUnitIds: [] }))).keyTaskId;
  edited = await create('推进老旧小区改造');
  withdrawnOpen = await create('建设智慧停车平台');
  withdrawnClosed = await create('开展城市体检');
});

describe('editing a key task', () => {
  it('changes wording, source quote and units from the version read, audited with before and after', async () => {
    const document = await db.sourceDocument.findFirstOrThrow({ where: { districtId: district.id }, select: { id: true, fullText: true } });
    const quote = document.fullText.slice(10, 30).trim();
    const result = await ok(run<{ version: number }>(editKeyTask, reviewer, {
      keyTaskId: String(edited), version: '1', wording: '推进老旧小区改造 20 个', leadUnitId: String(unitB), coUnitIds: [String(unitA)], documentId: String(document.id), quote,
    }));
    expect(result.version).toBe(2);
    const task = await snapshot(edited);
    expect(task).toMatchObject({ wording: '推进老旧小区改造 20 个', version: 2, sourceDocumentId: document.id, quote, quoteStart: document.fullText.indexOf(quote) });
    expect(task.units.map((row) => [row.unitId, row.role])).toEqual([[unitA, 'co'], [unitB, 'lead']]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'key_task.edit', entityId: String(edited) } });
    expect(audit).toMatchObject({
      actorId: reviewer.id, entityType: 'key_task', districtId: district.id,
      before: { wording: '推进老旧小区改造', leadUnitId: unitB, coUnitIds: [], source: null },
      after: { wording: '推进老旧小区改造 20 个', leadUnitId: unitB, coUnitIds: [unitA], source: { documentId: document.id, quote } },
    });
  });

  it('refuses a stale form with a clear message and changes nothing', async () => {
    const before = await snapshot(edited);
    const audits = await db.auditLog.count();
    const stale = await run(editKeyTask, admin, { keyTaskId: String(edited), version: '1', wording: '旧表单的表述', leadUnitId: String(unitA), coUnitIds: [] });
    expect(stale).toMatchObject({ ok: false, code: 'conflict', details: { messageKey: 'keyTasks.stale' } });
    expect(await snapshot(edited)).toEqual(before);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it('refuses bad input, other districts and staff without a 500, changing nothing', async () => {
    const before = await snapshot(edited);
    const base = { keyTaskId: String(edited), version: '2', wording: '新的表述', leadUnitId: String(unitB), coUnitIds: [] };
    const cases: [SessionUser, Record<string, unknown>, Record<string, unknown>][] = [
      [staff, base, { code: 'forbidden' }],
      [reviewerElsewhere, base, { code: 'forbidden' }],
      // A malformed or out-of-range hidden id reads as a missing record (define-action.ts).
      [reviewer, { ...base, keyTaskId: 'abc' }, { code: 'not_found', fieldErrors: { keyTaskId: 'invalid' } }],
      [reviewer, { ...base, keyTaskId: '99999999999' }, { code: 'not_found' }],
      [reviewer, { ...base, keyTaskId: '2147483647' }, { code: 'not_found' }],
      [reviewer, { ...base, wording: '字'.repeat(100_000) }, { code: 'validation', fieldErrors: { wording: 'too_long' } }],
      [reviewer, { ...base, wording: '   ' }, { code: 'validation', fieldErrors: { wording: 'required' } }],
      [reviewer, { ...base, leadUnitId: '' }, { code: 'validation', fieldErrors: { leadUnitId: 'unit_lead_required' } }],
      [reviewer, { ...base, coUnitIds: [String(unitB)] }, { code: 'validation', fieldErrors: { coUnitIds: 'unit_lead_also_co' } }],
      [reviewer, { ...base, wording: '建设智慧停车平台' }, { code: 'validation', fieldErrors: { wording: 'key_task_exists' } }],
      [reviewer, { ...base, documentId: '1', quote: '' }, { code: 'validation' }],
      // A quote with no document chosen would otherwise be saved away unseen.
      [reviewer, { ...base, documentId: '', quote: '推进老旧小区改造' }, { code: 'validation', fieldErrors: { documentId: 'quote_needs_document' } }],
    ];
    for (const [user, input, expected] of cases) expect(await run(editKeyTask, user, input), JSON.stringify(input).slice(0, 120)).toMatchObject({ ok: false, ...expected });
    expect(await snapshot(edited)).toEqual(before);
  });
});

describe('withdrawing a key task', () => {
  let closedRound: number;
  let openRoundId: number;

  it('needs a reason', async () => {
    expect(await run(withdrawKeyTask, reviewer, { keyTaskId: String(withdrawnOpen), version: '1', reason: '  ' }))
      .toMatchObject({ ok: false, code: 'validation', fieldErrors: { reason: 'reason_required' } });
    expect(await run(withdrawKeyTask, staff, { keyTaskId: String(withdrawnOpen), version: '1', reason: '不再实施' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect((await snapshot(withdrawnOpen)).withdrawnAt).toBeNull();
  });

  it('keeps a closed round\'s item, shown as withdrawn, and leaves the task out of rounds opened later', async () => {
    closedRound = (await ok(run<{ roundId: number }>(openRound, reviewer, { districtId: district.id, year: 2024, periodMonths: 3, dueOn: '2024-04-10' }))).roundId;
    const item = await db.roundItem.findFirstOrThrow({ where: { roundId: closedRound, keyTaskId: withdrawnClosed } });
    await ok(run(submitNarrative, staff, { itemId: item.id, version: item.version, text: '已完成一季度城市体检方案。' }));
    const round = await db.reportingRound.findUniqueOrThrow({ where: { id: closedRound } });
    await ok(run(closeRound, reviewer, { roundId: closedRound, version: round.version }));

    const result = await ok(run<{ removedItems: number }>(withdrawKeyTask, reviewer, { keyTaskId: String(withdrawnClosed), version: '1', reason: '并入城市更新行动' }));
    expect(result.removedItems).toBe(0);
    expect(await snapshot(withdrawnClosed)).toMatchObject({ withdrawalReason: '并入城市更新行动', withdrawnById: reviewer.id, version: 2 });
    expect(await db.roundItem.count({ where: { roundId: closedRound, keyTaskId: withdrawnClosed } })).toBe(1);
    const summary = await loadRoundSummary(closedRound, { sql: db });
    const row = summary!.groups.keyTasks.find((entry) => entry.subject.kind === 'key_task' && entry.subject.keyTaskId === withdrawnClosed);
    expect(row).toMatchObject({ subject: { withdrawn: true }, wording: '开展城市体检', narratives: [{ text: '已完成一季度城市体检方案。' }] });
    // The closed round's 汇总表 still prints it, with what was reported, marked withdrawn.
    const outputs = await loadRoundOutputs(closedRound, { sql: db });
    const printed = summaryTable(outputs!.summary, 'zh').groups.flatMap((group) => group.rows);
    expect(printed.find((entry) => entry.item.startsWith('开展城市体检'))).toMatchObject({ item: '开展城市体检（已撤销）', progress: expect.stringContaining('已完成一季度城市体检方案') });
    expect(printed.find((entry) => entry.item.startsWith('推进老旧小区改造'))?.item).toBe('推进老旧小区改造 20 个');
    expect(summaryTable(outputs!.summary, 'en').groups.flatMap((group) => group.rows).some((entry) => entry.item === '开展城市体检 (withdrawn)')).toBe(true);

    openRoundId = (await ok(run<{ roundId: number; items: number }>(openRound, reviewer, { districtId: district.id, year: 2024, periodMonths: 6, dueOn: '2024-07-10' }))).roundId;
    const tasks = await db.roundItem.findMany({ where: { roundId: openRoundId }, select: { keyTaskId: true } });
    expect(tasks.map((entry) => entry.keyTaskId).sort()).toEqual([edited, edited, withdrawnOpen].sort());
    expect(await db.auditLog.findFirstOrThrow({ where: { action: 'round.open', entityId: String(openRoundId) } })).toMatchObject({ after: { keyTaskItems: 3 } });
  });

  it('removes the task\'s items from an open round, keeps what was submitted, and audits why', async () => {
    const item = await db.roundItem.findFirstOrThrow({ where: { roundId: openRoundId, keyTaskId: withdrawnOpen } });
    const submitted = await ok(run<{ narrativeId: number }>(submitNarrative, staff, { itemId: item.id, version: item.version, text: '完成停车平台选址。' }));
    const stale = await run(withdrawKeyTask, reviewer, { keyTaskId: String(withdrawnOpen), version: '7', reason: '不再实施' });
    expect(stale).toMatchObject({ ok: false, code: 'conflict', details: { messageKey: 'keyTasks.stale' } });

    const result = await ok(run<{ removedItems: number }>(withdrawKeyTask, admin, { keyTaskId: String(withdrawnOpen), version: '1', reason: '项目由市级统筹，区级不再实施' }));
    expect(result.removedItems).toBe(1);
    expect(await db.roundItem.count({ where: { keyTaskId: withdrawnOpen, roundId: openRoundId } })).toBe(0);
    // Its item of the closed first-quarter round is history and stays.
    expect(await db.roundItem.count({ where: { keyTaskId: withdrawnOpen, roundId: closedRound } })).toBe(1);
    expect(await db.progressNarrative.findUniqueOrThrow({ where: { id: submitted.narrativeId } })).toMatchObject({ text: '完成停车平台选址。', keyTaskId: withdrawnOpen });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'key_task.withdraw', entityId: String(withdrawnOpen) } });
    expect(audit).toMatchObject({
      actorId: admin.id, before: { withdrawn: false },
      after: { withdrawn: true, reason: '项目由市级统筹，区级不再实施', removedOpenRoundItems: [{ id: item.id, roundId: openRoundId, unitId: unitB, state: 'submitted', narrativeId: submitted.narrativeId }] },
    });
    // The open round's to-do and counts no longer hold it.
    const summary = await loadRoundSummary(openRoundId, { sql: db });
    expect(summary!.groups.keyTasks.map((row) => row.wording)).toEqual(['推进老旧小区改造 20 个']);
    expect(summary!.totals).toMatchObject({ items: (await db.roundItem.count({ where: { roundId: openRoundId } })) });
  });

  it('refuses every later change to a withdrawn task, changing nothing', async () => {
    const before = await snapshot(withdrawnOpen);
    expect(await run(withdrawKeyTask, reviewer, { keyTaskId: String(withdrawnOpen), version: '2', reason: '再次撤销' }))
      .toMatchObject({ ok: false, code: 'locked', details: { messageKey: 'keyTasks.withdrawnLocked' } });
    expect(await run(editKeyTask, reviewer, { keyTaskId: String(withdrawnOpen), version: '2', wording: '改写', leadUnitId: String(unitB), coUnitIds: [] }))
      .toMatchObject({ ok: false, code: 'locked' });
    expect(await run(judgeKeyTask, reviewer, { keyTaskId: withdrawnOpen, periodMonths: 6, status: 'lagging', reason: '滞后' })).toMatchObject({ ok: false, code: 'locked' });
    await expect(db.$transaction((tx) => replaceKeyTaskUnits(tx, withdrawnOpen, { leadUnitId: unitA, coUnitIds: [] }))).rejects.toMatchObject({ code: 'validation', details: { fieldErrors: { file: 'key_task_withdrawn' } } });
    expect(await snapshot(withdrawnOpen)).toEqual(before);
    expect(await db.keyTaskJudgment.count({ where: { keyTaskId: withdrawnOpen } })).toBe(0);
  });

  it('a round opened while a withdrawal is in flight waits for it and leaves the task out', async () => {
    const late = (await ok(run<{ keyTaskId: number }>(createKeyTask, reviewer, { districtId: district.id, year: 2024, wording: '开展海绵城市试点', leadUnitId: String(unitB), coUnitIds: [] }))).keyTaskId;
    let release = () => {};
    const gate = new Promise<void>((resolve) => { release = resolve; });
    // The withdrawal's own first statement, held open: its row lock is what openRound must wait for.
    const withdrawing = db.$transaction(async (tx) => {
      await tx.keyTask.update({ where: { id: late }, data: { withdrawnAt: new Date(), withdrawnById: admin.id, withdrawalReason: '试点取消', version: { increment: 1 } } });
      await gate;
    }, { timeout: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const opening = run<{ roundId: number }>(openRound, admin, { districtId: district.id, year: 2024, periodMonths: 12, dueOn: '2025-01-10' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    release();
    await withdrawing;
    const opened = await ok(opening);
    expect(await db.roundItem.count({ where: { roundId: opened.roundId, keyTaskId: late } })).toBe(0);
    expect(await db.roundItem.count({ where: { roundId: opened.roundId, keyTaskId: edited } })).toBe(2);
  });

  it('keeps both withdrawn tasks out of the next round', async () => {
    const next = await ok(run<{ roundId: number }>(openRound, admin, { districtId: district.id, year: 2024, periodMonths: 9, dueOn: '2024-10-10' }));
    const ids = new Set((await db.roundItem.findMany({ where: { roundId: next.roundId, keyTaskId: { not: null } }, select: { keyTaskId: true } })).map((row) => row.keyTaskId));
    expect([...ids]).toEqual([edited]);
  });
});
