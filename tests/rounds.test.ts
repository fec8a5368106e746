// Reporting rounds on real PostgreSQL: opening a round turns every assigned target or
// key task × unit into a to-do; staff acknowledge and submit only for their own units;
// reviewers return with a reason or accept; a closed round is locked and takes only
// reviewer corrections with a reason. Every refusal changes nothing; every change has
// its audit row.
import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/sessions';
import { createKeyTask, judgeKeyTask } from '@/lib/key-tasks/mutations';
import { loadRoundSummary } from '@/lib/rounds/data';
import { acceptItem, acknowledgeItem, closeRound, correctFigure, correctNarrative, openRound, returnItem, submitFigure, submitNarrative } from '@/lib/rounds/mutations';
import { assignTargetUnits, createUnit, setUnitMembers } from '@/lib/responsible-units/mutations';
import { makeUser } from './fixtures/users';
// Aliased: the name "use…" reads as a React hook to the linter.
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();
let liangping: { id: number };
let bozhou: { id: number };
let admin: SessionUser;
let reviewer: SessionUser;
let reviewerElsewhere: SessionUser;
let staffA: SessionUser;
let staffB: SessionUser;
let unitA: number;
let unitB: number;
let gdp: number;
let jobs: number;
let keyTaskId: number;

async function ok<T>(promise: Promise<{ ok: true; data: T } | { ok: false; code: string; fieldErrors: Record<string, string> }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result.data;
}
const run = <T>(action: Parameters<typeof executeAction>[0], user: SessionUser, input: Record<string, unknown>) =>
  executeAction(action, { db, user }, input) as Promise<{ ok: true; data: T } | { ok: false; code: string; fieldErrors: Record<string, string> }>;
const audits = (action: string) => db.auditLog.count({ where: { action } });
// 4500人以上 for the year: by 1—6月 the pace needs 2250; 1800 is behind.
const JOBS_TEXT = '2024年1—6月，全区城镇新增就业1800人，完成全年目标的40%。';
const JOBS_FIGURE = { value: '1800', unit: '人', vintage: 'preliminary', baseRevision: 0, newKind: 'other', newTitle: '2024年上半年就业进度（轮次测试）', newText: JOBS_TEXT, quote: '城镇新增就业1800人' };
const itemOf = (where: { targetId?: number; keyTaskId?: number; unitId: number }) => db.roundItem.findFirstOrThrow({ where });

beforeAll(async () => {
  liangping = await db.district.findUniqueOrThrow({ where: { code: '500155' }, select: { id: true } });
  bozhou = await db.district.findUniqueOrThrow({ where: { code: '520304' }, select: { id: true } });
  admin = await makeUser(db, 'rounds-admin', 'admin');
  reviewer = await makeUser(db, 'rounds-reviewer', 'reviewer', [liangping.id]);
  reviewerElsewhere = await makeUser(db, 'rounds-reviewer-bozhou', 'reviewer', [bozhou.id]);
  staffA = await makeUser(db, 'rounds-staff-a', 'staff', [liangping.id]);
  staffB = await makeUser(db, 'rounds-staff-b', 'staff', [liangping.id]);
  unitA = (await ok(run<{ unitId: number }>(createUnit, admin, { districtId: liangping.id, name: '区发展和改革委员会', shortName: '区发展改革委' }))).unitId;
  unitB = (await ok(run<{ unitId: number }>(createUnit, admin, { districtId: liangping.id, name: '区人力资源和社会保障局', shortName: '区人力社保局' }))).unitId;
  await ok(run(setUnitMembers, admin, { unitId: unitA, userIds: [staffA.id] }));
  await ok(run(setUnitMembers, admin, { unitId: unitB, userIds: [staffB.id] }));
  gdp = (await db.target.findFirstOrThrow({ where: { districtId: liangping.id, year: 2024, indicator: { key: 'gdp' } } })).id;
  jobs = (await db.target.findFirstOrThrow({ where: { districtId: liangping.id, year: 2024, indicator: { key: 'new_urban_jobs' } } })).id;
  await ok(run(assignTargetUnits, admin, { targetId: gdp, leadUnitId: String(unitA), coUnitIds: [String(unitB)] }));
  await ok(run(assignTargetUnits, admin, { targetId: jobs, leadUnitId: String(unitB), coUnitIds: [] }));
});

describe('key tasks', () => {
  it('are created with a lead unit, numbered per year, audited; a duplicate or a unit of another district is refused', async () => {
    const before = await audits('key_task.create');
    const created = await ok(run<{ keyTaskId: number; seq: number }>(createKeyTask, reviewer, {
      districtId: liangping.id, year: 2024, wording: '推进老旧小区改造', leadUnitId: String(unitB), coUnitIds: [],
    }));
    keyTaskId = created.keyTaskId;
    expect(created.seq).toBe(1);
    expect(await audits('key_task.create')).toBe(before + 1);
    expect(await run(createKeyTask, reviewer, { districtId: liangping.id, year: 2024, wording: '推进老旧小区改造', leadUnitId: String(unitB) }))
      .toMatchObject({ ok: false, code: 'validation', fieldErrors: { wording: 'key_task_exists' } });
    const foreign = await ok(run<{ unitId: number }>(createUnit, admin, { districtId: bozhou.id, name: '外区单位', shortName: '外区' }));
    expect(await run(createKeyTask, admin, { districtId: liangping.id, year: 2024, wording: '另一项', leadUnitId: String(foreign.unitId) }))
      .toMatchObject({ ok: false, fieldErrors: { leadUnitId: 'unit_not_in_district' } });
    expect(await run(createKeyTask, admin, { districtId: liangping.id, year: 2024, wording: '没有牵头单位', leadUnitId: '' }))
      .toMatchObject({ ok: false, fieldErrors: { leadUnitId: 'unit_lead_required' } });
    expect(await run(createKeyTask, reviewerElsewhere, { districtId: liangping.id, year: 2024, wording: '别人的', leadUnitId: String(unitB) }))
      .toMatchObject({ ok: false, code: 'forbidden' });
    const document = await db.sourceDocument.findFirstOrThrow({ where: { districtId: liangping.id } });
    expect(await run(createKeyTask, admin, { districtId: liangping.id, year: 2024, wording: '有出处', leadUnitId: String(unitA), documentId: String(document.id), quote: '原文中没有的句子' }))
      .toMatchObject({ ok: false, fieldErrors: { quote: 'quote_not_found' } });
    expect(await db.keyTask.count({ where: { districtId: liangping.id } })).toBe(1);
  });
});

describe('a reporting round', () => {
  let roundId: number;

  it('opens with one item per assigned target or key task × unit, and refuses a bad date, a repeat or an empty year', async () => {
    expect(await run(openRound, reviewer, { districtId: liangping.id, year: 2024, periodMonths: 6, dueOn: '2024-02-31' }))
      .toMatchObject({ ok: false, fieldErrors: { dueOn: 'date_invalid' } });
    expect(await run(openRound, reviewer, { districtId: liangping.id, year: 2024, periodMonths: 13, dueOn: '2024-07-10' }))
      .toMatchObject({ ok: false, fieldErrors: { periodMonths: 'round_period_invalid' } });
    expect(await run(openRound, reviewer, { districtId: liangping.id, year: 2023, periodMonths: 6, dueOn: '2023-07-10' }))
      .toMatchObject({ ok: false, fieldErrors: { year: 'round_nothing_assigned' } });
    expect(await run(openRound, reviewerElsewhere, { districtId: liangping.id, year: 2024, periodMonths: 6, dueOn: '2024-07-10' }))
      .toMatchObject({ ok: false, code: 'forbidden' });
    expect(await run(openRound, staffA, { districtId: liangping.id, year: 2024, periodMonths: 6, dueOn: '2024-07-10' }))
      .toMatchObject({ ok: false, code: 'forbidden' });
    expect(await db.reportingRound.count()).toBe(0);

    const opened = await ok(run<{ roundId: number; items: number }>(openRound, reviewer, { districtId: liangping.id, year: 2024, periodMonths: 6, dueOn: '2024-07-10' }));
    roundId = opened.roundId;
    expect(opened.items).toBe(4);
    expect(await db.reportingRound.findUniqueOrThrow({ where: { id: roundId } })).toMatchObject({ title: '2024年上半年', state: 'open', periodMonths: 6 });
    const items = await db.roundItem.findMany({ where: { roundId }, orderBy: { id: 'asc' } });
    expect(items.map((item) => [item.targetId ?? `task${item.keyTaskId === keyTaskId ? '' : '?'}`, item.unitId, item.unitRole, item.state]).sort()).toEqual([
      [gdp, unitA, 'lead', 'todo'], [gdp, unitB, 'co', 'todo'], [jobs, unitB, 'lead', 'todo'], ['task', unitB, 'lead', 'todo'],
    ].sort());
    expect(await db.auditLog.findFirstOrThrow({ where: { action: 'round.open', entityId: String(roundId) } })).toMatchObject({ actorId: reviewer.id, after: { targetItems: 3, keyTaskItems: 1 } });
    expect(await run(openRound, admin, { districtId: liangping.id, year: 2024, periodMonths: 6, dueOn: '2024-07-12' }))
      .toMatchObject({ ok: false, fieldErrors: { periodMonths: 'round_exists' } });
  });

  it('lets staff acknowledge only their own unit\'s items, once', async () => {
    const item = await itemOf({ targetId: gdp, unitId: unitA });
    expect(await run(acknowledgeItem, staffB, { itemId: item.id })).toMatchObject({ ok: false, code: 'forbidden' });
    const before = await audits('round_item.acknowledge');
    await ok(run(acknowledgeItem, staffA, { itemId: item.id }));
    expect(await db.roundItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ state: 'acknowledged', version: 2, lastActorId: staffA.id });
    expect(await audits('round_item.acknowledge')).toBe(before + 1);
    expect(await run(acknowledgeItem, staffA, { itemId: item.id })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await audits('round_item.acknowledge')).toBe(before + 1);
  });

  it('takes a narrative for a key task; the reviewer returns it with a reason; the staff member resubmits; the reviewer accepts', async () => {
    const item = await itemOf({ keyTaskId, unitId: unitB });
    expect(await run(submitNarrative, staffA, { itemId: item.id, version: item.version, text: 'x' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await run(submitNarrative, staffB, { itemId: item.id, version: item.version, text: '   ' })).toMatchObject({ ok: false, fieldErrors: { text: 'narrative_required' } });
    const first = await ok(run<{ version: number }>(submitNarrative, staffB, { itemId: item.id, version: item.version, text: '已完成12个小区改造方案设计。' }));
    const submitted = await db.roundItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(submitted).toMatchObject({ state: 'submitted', version: first.version });
    expect(submitted.acknowledgedAt).not.toBeNull();
    expect(submitted.firstSubmittedAt).toEqual(submitted.submittedAt);

    expect(await run(returnItem, reviewer, { itemId: item.id, version: first.version, reason: '' })).toMatchObject({ ok: false, fieldErrors: { reason: 'reason_required' } });
    expect(await run(returnItem, staffB, { itemId: item.id, version: first.version, reason: '补充' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await run(returnItem, reviewerElsewhere, { itemId: item.id, version: first.version, reason: '补充' })).toMatchObject({ ok: false, code: 'forbidden' });
    const returned = await ok(run<{ version: number }>(returnItem, reviewer, { itemId: item.id, version: first.version, reason: '请补充开工数量。' }));
    expect(await db.roundItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ state: 'returned', returnReason: '请补充开工数量。', returnCount: 1 });
    // A stale form (the version before the return) is a conflict, not an overwrite.
    expect(await run(submitNarrative, staffB, { itemId: item.id, version: first.version, text: '旧表单' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await db.progressNarrative.count({ where: { keyTaskId } })).toBe(1);

    const second = await ok(run<{ version: number }>(submitNarrative, staffB, { itemId: item.id, version: returned.version, text: '已完成12个小区改造方案设计，开工5个。' }));
    const narratives = await db.progressNarrative.findMany({ where: { keyTaskId }, orderBy: { revision: 'asc' } });
    expect(narratives.map((n) => [n.revision, n.periodMonths, n.unitId])).toEqual([[1, 6, unitB], [2, 6, unitB]]);
    const resubmitted = await db.roundItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(resubmitted).toMatchObject({ state: 'submitted', narrativeId: narratives[1]!.id });
    expect(resubmitted.firstSubmittedAt).toEqual(submitted.firstSubmittedAt);
    await ok(run(acceptItem, reviewer, { itemId: item.id, version: second.version }));
    expect(await db.roundItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ state: 'accepted' });
    expect(await audits('round_item.return')).toBe(1);
    expect(await audits('round_item.submit')).toBe(2);
    expect(await audits('round_item.accept')).toBe(1);
  });

  it('asks the lead unit of a target for the figure, not a narrative; a co-unit reports in words', async () => {
    const lead = await itemOf({ targetId: jobs, unitId: unitB });
    expect(await run(submitNarrative, staffB, { itemId: lead.id, version: lead.version, text: '进展顺利' })).toMatchObject({ ok: false, fieldErrors: { text: 'round_item_needs_figure' } });
    const co = await itemOf({ targetId: gdp, unitId: unitB });
    expect(await run(submitFigure, staffB, { itemId: co.id, version: co.version, ...JOBS_FIGURE })).toMatchObject({ ok: false, fieldErrors: { value: 'round_item_needs_narrative' } });
    await ok(run(submitNarrative, staffB, { itemId: co.id, version: co.version, text: '配合做好统计监测。' }));
    expect(await db.progressNarrative.count({ where: { targetId: gdp, unitId: unitB } })).toBe(1);
  });

  it('writes the lead unit\'s figure as an in-year outcome revision of the round\'s period, through the one write path', async () => {
    const lead = await itemOf({ targetId: jobs, unitId: unitB });
    const annualBefore = await db.outcome.count({ where: { districtId: liangping.id, year: 2024, indicator: { key: 'new_urban_jobs' }, periodMonths: 12 } });
    const verdictBefore = await db.targetVerdict.findUniqueOrThrow({ where: { targetId: jobs } });
    // Bad input changes nothing: a figure the quote does not state, a unit of another dimension.
    expect(await run(submitFigure, staffB, { itemId: lead.id, version: lead.version, ...JOBS_FIGURE, value: '1900' })).toMatchObject({ ok: false, fieldErrors: { quote: 'figure_not_in_quote' } });
    expect(await run(submitFigure, staffB, { itemId: lead.id, version: lead.version, ...JOBS_FIGURE, unit: '亿元' })).toMatchObject({ ok: false, code: 'validation' });
    expect(await run(submitFigure, staffA, { itemId: lead.id, version: lead.version, ...JOBS_FIGURE })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await db.outcome.count({ where: { periodMonths: 6 } })).toBe(0);

    const submitted = await ok(run<{ outcomeId: number }>(submitFigure, staffB, { itemId: lead.id, version: lead.version, ...JOBS_FIGURE }));
    const outcome = await db.outcome.findUniqueOrThrow({ where: { id: submitted.outcomeId } });
    expect(outcome).toMatchObject({ periodMonths: 6, revision: 1, unit: '人', vintage: 'preliminary', recordedById: staffB.id });
    expect(outcome.value.toFixed()).toBe('1800');
    expect(await db.roundItem.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ state: 'submitted', outcomeId: outcome.id });
    expect(await db.auditLog.findFirstOrThrow({ where: { action: 'outcome.record', entityId: String(outcome.id) } })).toMatchObject({ after: { via: 'round', roundItemId: lead.id } });
    // The annual figure and verdict are untouched by an in-year figure.
    expect(await db.outcome.count({ where: { districtId: liangping.id, year: 2024, indicator: { key: 'new_urban_jobs' }, periodMonths: 12 } })).toBe(annualBefore);
    expect(await db.targetVerdict.findUniqueOrThrow({ where: { targetId: jobs } })).toMatchObject({ code: verdictBefore.code, outcomeId: verdictBefore.outcomeId });
  });

  it('summarises progress, lights and the 考评 ranking; open items after the due date are overdue by days', async () => {
    await ok(run(judgeKeyTask, reviewer, { keyTaskId, periodMonths: 6, status: 'lagging', reason: '开工数量不足序时要求。' }));
    expect(await run(judgeKeyTask, reviewer, { keyTaskId, periodMonths: 6, status: 'lagging', reason: ' ' })).toMatchObject({ ok: false, fieldErrors: { reason: 'reason_required' } });
    expect(await run(judgeKeyTask, staffB, { keyTaskId, periodMonths: 6, status: 'completed', reason: '自评' })).toMatchObject({ ok: false, code: 'forbidden' });

    const early = (await loadRoundSummary(roundId, { sql: db, now: new Date('2024-07-01T02:00:00Z') }))!;
    expect(early.round).toMatchObject({ title: '2024年上半年', dueOn: '2024-07-10', state: 'open' });
    expect(early.period).toEqual({ zh: '上半年', en: 'H1' });
    expect(early.totals).toMatchObject({ items: 4, submitted: 3, overdue: 0, returned: 0, accepted: 1 });
    expect(early.groups.targets.map((row) => [row.seq, row.subject.kind === 'target' && row.subject.indicatorKey])).toEqual([[1, 'gdp'], [2, 'new_urban_jobs']]);
    const gdpRow = early.groups.targets[0]!;
    expect(gdpRow.wording).toBe('地区生产总值增长7%以上');
    expect(gdpRow.lead?.shortName).toBe('区发展改革委');
    expect(gdpRow.co.map((unit) => unit.shortName)).toEqual(['区人力社保局']);
    expect(gdpRow.narratives.map((n) => n.text)).toEqual(['配合做好统计监测。']);
    expect(gdpRow.pace.code).toBe('pending');
    const task = early.groups.keyTasks[0]!;
    expect(task).toMatchObject({ seq: 1, wording: '推进老旧小区改造', judgment: { status: 'lagging' } });
    expect(task.pace.code).toBe('lagging');
    expect(task.light.color).toBe('red');
    expect(task.light.reason.zh).toContain('滞后');
    expect(task.narratives.map((n) => n.revision)).toEqual([2]);
    // The jobs figure is behind the pace: red, with the rule's sentence.
    const jobsRow = early.groups.targets[1]!;
    expect(jobsRow.figure).toMatchObject({ value: '1800', unit: '人', source: { title: '2024年上半年就业进度（轮次测试）', quote: '城镇新增就业1800人' } });
    expect(jobsRow.pace.code).toBe('behind_pace');
    expect(jobsRow.light.color).toBe('red');
    expect(jobsRow.light.reason.zh).toContain('序时进度');
    // The GDP lead item is open with 9 days left: green, with the days in words.
    expect(gdpRow.light).toEqual({ color: 'green', reason: { zh: '未到截止日期（还有 9 天）', en: 'Not yet due (9 days left)' } });

    const dueSoon = (await loadRoundSummary(roundId, { sql: db, now: new Date('2024-07-07T10:00:00Z') }))!;
    expect(dueSoon.groups.targets[0]!.light).toMatchObject({ color: 'yellow', reason: { zh: '距截止还有 3 天，尚未报送' } });
    const late = (await loadRoundSummary(roundId, { sql: db, now: new Date('2024-07-12T10:00:00Z') }))!;
    expect(late.totals).toMatchObject({ items: 4, submitted: 3, overdue: 1 });
    expect(late.groups.targets[0]!).toMatchObject({ overdueDays: 2, light: { color: 'red', reason: { zh: '逾期 2 天未报送' } } });
    const byUnit = Object.fromEntries(late.units.map((record) => [record.unit.shortName, record]));
    // Submitted today, long after the 2024 due date: not on time (the boundary is in lib/rounds/light.test.ts).
    expect(byUnit['区人力社保局']).toMatchObject({ items: 3, submitted: 3, overdue: 0, onTime: 0, onPace: 0, rank: 1 });
    expect(byUnit['区发展改革委']).toMatchObject({ items: 1, submitted: 0, overdue: 1, onTime: 0, onPace: 0, rank: 1 });
    expect(await loadRoundSummary(999_999, { sql: db })).toBeNull();
  });

  it('closes, and is then locked: staff and reviewers change nothing; a reviewer corrects with a reason as a new revision', async () => {
    const round = await db.reportingRound.findUniqueOrThrow({ where: { id: roundId } });
    expect(await run(closeRound, staffA, { roundId, version: round.version })).toMatchObject({ ok: false, code: 'forbidden' });
    await ok(run(closeRound, reviewer, { roundId, version: round.version }));
    expect(await run(closeRound, reviewer, { roundId, version: round.version })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await db.auditLog.findFirstOrThrow({ where: { action: 'round.close', entityId: String(roundId) } })).toMatchObject({ after: { state: 'closed', openItems: 1 } });

    const open = await itemOf({ targetId: gdp, unitId: unitA });
    const co = await itemOf({ targetId: gdp, unitId: unitB });
    expect(await run(acknowledgeItem, staffA, { itemId: open.id })).toMatchObject({ ok: false, code: 'locked' });
    expect(await run(acceptItem, reviewer, { itemId: co.id, version: co.version })).toMatchObject({ ok: false, code: 'locked' });
    const task = await itemOf({ keyTaskId, unitId: unitB });
    expect(await run(submitNarrative, staffB, { itemId: task.id, version: task.version, text: '关闭后补报' })).toMatchObject({ ok: false, code: 'locked' });

    expect(await run(correctNarrative, staffB, { itemId: task.id, text: '更正', reason: '数据有误' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await run(correctNarrative, reviewer, { itemId: task.id, text: '更正', reason: '' })).toMatchObject({ ok: false, fieldErrors: { reason: 'reason_required' } });
    await ok(run(correctNarrative, reviewer, { itemId: task.id, text: '已完成12个小区改造方案设计，开工6个。', reason: '区住建委核实开工数为6个。' }));
    expect(await db.roundItem.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ state: 'accepted', version: task.version });
    const summary = (await loadRoundSummary(roundId, { sql: db }))!;
    expect(summary.round.state).toBe('closed');
    expect(summary.groups.keyTasks[0]!.narratives[0]).toMatchObject({ revision: 3, correctionReason: '区住建委核实开工数为6个。' });
    expect(await audits('round_item.correct')).toBe(1);

    const jobsItem = await itemOf({ targetId: jobs, unitId: unitB });
    expect(await run(submitFigure, staffB, { itemId: jobsItem.id, version: jobsItem.version, ...JOBS_FIGURE, baseRevision: 1 })).toMatchObject({ ok: false, code: 'locked' });
    const corrected = { ...JOBS_FIGURE, value: '2300', baseRevision: 1, newTitle: '2024年上半年就业进度（更正）', newText: '2024年1—6月，全区城镇新增就业2300人。', quote: '城镇新增就业2300人' };
    expect(await run(correctFigure, reviewer, { itemId: jobsItem.id, ...corrected, reason: '' })).toMatchObject({ ok: false, fieldErrors: { reason: 'reason_required' } });
    expect(await run(correctFigure, reviewer, { itemId: jobsItem.id, ...corrected, baseRevision: 0, reason: '人社局复核' })).toMatchObject({ ok: false, code: 'conflict' });
    await ok(run(correctFigure, reviewer, { itemId: jobsItem.id, ...corrected, reason: '人社局复核后更正。' }));
    const after = (await loadRoundSummary(roundId, { sql: db }))!;
    expect(after.groups.targets[1]!.figure).toMatchObject({ value: '2300' });
    expect(after.groups.targets[1]!.pace.code).toBe('on_pace');
    expect(await db.outcome.findFirstOrThrow({ where: { periodMonths: 6, revision: 2 } })).toMatchObject({ recordedById: reviewer.id, note: '人社局复核后更正。' });
  });
});
