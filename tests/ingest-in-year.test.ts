// A pasted document's part-year figures (1—11月, 截至10月底) become in-year progress
// proposals: each names the stored target of its series and the pace verdict (序时进度)
// it would give, before anything is written; accepting one writes an outcome revision of
// its period through appendOutcomeRevisions (audit row and stored pace verdict in the same
// transaction). Constructed texts with made-up figures, in this file's throwaway database.
import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/sessions';
import { getIngestReview } from '@/lib/ingest/data';
import { acceptProposal, createIngestDocument, rejectProposal } from '@/lib/ingest/mutations';
import { findTargets } from '@/lib/targets/data';
import { readStoredPace } from '@/lib/verdicts/stored-pace';
import { makeUser } from './fixtures/users';
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();

const PLAN = `测试文本 / test text（虚构数字，非官方）
关于梁平区2024年国民经济和社会发展计划执行情况与2025年计划草案的报告
一、2024年国民经济和社会发展计划执行情况
——工业。1—11月，规模以上工业增加值同比增长9.6%。
——消费。1—11月，社会消费品零售总额增长7.5%。
——就业。截至10月底，城镇新增就业4100人。
——收入。1—9月，农村常住居民人均可支配收入增长6.1%。
——二季度，地区生产总值增长6.0%。
`;
const LATER = `测试文本 / test text（虚构数字，非官方）
2024年1—11月梁平区经济运行情况
1—11月，规模以上工业增加值同比增长9.8%。1—11月，社会消费品零售总额增长7.5%。
`;

let staff: SessionUser;
let liangping: number;

const ingest = async (title: string, text: string) => {
  const created = await executeAction(createIngestDocument, { db, user: staff }, { districtId: liangping, year: 2025, kind: 'work_report', title, text });
  if (!created.ok) throw new Error(JSON.stringify(created));
  return created.data.documentId;
};
const review = async (documentId: number) => (await getIngestReview(staff, documentId))!;
const inYearOf = async (documentId: number, key: string) => {
  const found = (await review(documentId)).items.find((item) => item.kind === 'in_year' && item.proposal.indicatorKey === key);
  if (found?.kind !== 'in_year') throw new Error(`no in-year item for ${key}`);
  return found;
};
const targetOf = async (key: string) => db.target.findFirstOrThrow({ where: { districtId: liangping, year: 2024, indicator: { key } }, select: { id: true, indicatorId: true } });

beforeAll(async () => {
  liangping = (await db.district.findFirstOrThrow({ where: { code: '500155' } })).id;
  staff = await makeUser(db, 'in-year-staff', 'staff', [liangping]);
});

describe('in-year figures of a pasted document', () => {
  let documentId: number;

  it('are proposed for their period with the target they are judged against and the pace verdict, writing nothing', async () => {
    documentId = await ingest('测试文本 计划执行情况', PLAN);
    const { items, paceSettlements, flags } = await review(documentId);
    const inYear = items.filter((item) => item.kind === 'in_year');
    expect(inYear.map((item) => [item.proposal.indicatorKey, item.proposal.year, item.proposal.periodMonths, item.proposal.value, item.proposal.unit, item.status])).toEqual([
      ['industrial_value_added', 2024, 11, '9.6', '%', 'open'],
      ['retail_sales', 2024, 11, '7.5', '%', 'open'],
      ['new_urban_jobs', 2024, 10, '4100', '人', 'open'],
      ['rural_income', 2024, 9, '6.1', '%', 'open'],
    ]);
    const pace = Object.fromEntries(inYear.map((item) => [item.proposal.indicatorKey, paceSettlements.get(item.key) ?? null]));
    // 7.5% against 10%以上 is behind; 4100 of 4500 people by October is 91.1% of the year in 83.3% of it.
    expect(pace.retail_sales).toMatchObject({ asWritten: '10%以上', periodMonths: 11, hypothetical: true, verdict: { code: 'behind_pace', rule: 'growth' } });
    expect(pace.new_urban_jobs).toMatchObject({ asWritten: '4500人以上', periodMonths: 10, hypothetical: true, verdict: { code: 'on_pace', rule: 'share' } });
    expect(pace.new_urban_jobs!.verdict.explanation.zh).toContain('4100');
    // No 2024 target for rural income: shown with no target, nothing to judge.
    expect(inYear.find((item) => item.proposal.indicatorKey === 'rural_income')!.settles).toBeNull();
    expect(pace.rural_income).toBeNull();
    // 二季度 is not cumulative from January: still skipped, with the reason; proposed ones left the "not read" list.
    expect(flags.filter((flag) => flag.code === 'in_year_period').map((flag) => [flag.indicatorKey, flag.inYearSkip])).toEqual([['gdp', 'not_cumulative']]);
    // Asking wrote nothing.
    expect(await db.outcome.count({ where: { districtId: liangping, year: 2024 } })).toBe(0);
    expect(await readStoredPace(db, [(await targetOf('retail_sales')).id])).toEqual([]);
  });

  it('edited to a figure its quote does not state, is refused on the value with what to do, writing nothing', async () => {
    const item = await inYearOf(documentId, 'new_urban_jobs');
    const audits = await db.auditLog.count();
    const refused = await executeAction(acceptProposal, { db, user: staff }, { documentId, key: item.key, year: '2024', baseRevision: '0', value: '４２００' });
    expect(refused).toMatchObject({ ok: false, code: 'validation', fieldErrors: { value: 'ingest:figure_not_in_quote' } });
    // A pasted 100k-character value says it is too long rather than 格式不正确.
    expect(await executeAction(acceptProposal, { db, user: staff }, { documentId, key: item.key, year: '2024', value: '1'.repeat(100_000) }))
      .toMatchObject({ ok: false, code: 'validation', fieldErrors: { value: 'too_long' } });
    expect(await db.outcome.count({ where: { districtId: liangping, year: 2024 } })).toBe(0);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it('accepted, writes a revision of the period with its quote, an audit row and the stored pace verdict the screen showed', async () => {
    const item = await inYearOf(documentId, 'new_urban_jobs');
    const promised = (await review(documentId)).paceSettlements.get(item.key)!;
    const accepted = await executeAction(acceptProposal, { db, user: staff }, { documentId, key: item.key, year: '2024', baseRevision: '0' });
    const target = await targetOf('new_urban_jobs');
    expect(accepted).toMatchObject({ ok: true, data: { kind: 'in_year', targetId: target.id } });
    if (!accepted.ok) return;
    const outcome = await db.outcome.findUniqueOrThrow({ where: { id: accepted.data.id } });
    expect(outcome).toMatchObject({ periodMonths: 10, year: 2024, measure: 'level', unit: '人', revision: 1, vintage: 'preliminary', sourceDocumentId: documentId, quote: '城镇新增就业4100人', recordedById: staff.id });
    expect(outcome.value.toString()).toBe('4100');
    expect(PLAN.slice(outcome.quoteStart, outcome.quoteEnd)).toBe(outcome.quote);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: 'outcome', entityId: String(outcome.id), action: 'outcome.record' } });
    expect(audit.after).toMatchObject({ via: 'ingest', periodMonths: 10, periodAsWritten: '截至10月', proposalKey: item.key, value: '4100', sourceDocumentId: documentId });
    const [stored] = await readStoredPace(db, [target.id], 10);
    expect(stored).toMatchObject({ periodMonths: 10, code: promised.verdict.code, outcomeId: outcome.id, actualValue: '4100', actualUnit: '人' });
    // The annual verdict reads annual figures only: still awaiting the year's figure.
    expect((await findTargets({ targetIds: [target.id] }))[0]!.verdict.code).toBe('pending');
    // Now recorded: the screen shows the pace as it stands.
    const again = await inYearOf(documentId, 'new_urban_jobs');
    expect(again).toMatchObject({ status: 'recorded', recordId: outcome.id });
    expect((await review(documentId)).paceSettlements.get(again.key)).toMatchObject({ hypothetical: false, verdict: { code: promised.verdict.code } });
    const twice = await executeAction(acceptProposal, { db, user: staff }, { documentId, key: item.key, year: '2024', baseRevision: '1' });
    expect(twice).toMatchObject({ ok: false, code: 'conflict' });
    expect(await db.outcome.count({ where: { districtId: liangping, year: 2024, periodMonths: 10 } })).toBe(1);
  });

  it('with no target, is recorded all the same, with no pace verdict', async () => {
    const item = await inYearOf(documentId, 'rural_income');
    const accepted = await executeAction(acceptProposal, { db, user: staff }, { documentId, key: item.key, year: '2024', baseRevision: '0' });
    expect(accepted).toMatchObject({ ok: true, data: { kind: 'in_year', targetId: null } });
  });

  it('the same figure in another document is already recorded; a different one is a conflict showing the stored figure', async () => {
    for (const key of ['industrial_value_added', 'retail_sales']) {
      const item = await inYearOf(documentId, key);
      expect(await executeAction(acceptProposal, { db, user: staff }, { documentId, key: item.key, year: '2024', baseRevision: '0' })).toMatchObject({ ok: true });
    }
    const later = await ingest('测试文本 1—11月经济运行', LATER);
    const retail = await inYearOf(later, 'retail_sales');
    expect(retail).toMatchObject({ status: 'recorded', proposal: { year: 2024, periodMonths: 11 } });
    const industry = await inYearOf(later, 'industrial_value_added');
    expect(industry).toMatchObject({ status: 'conflict', seriesRevision: 1, stored: { value: '9.6', revision: 1, source: { documentId, quote: '规模以上工业增加值同比增长9.6%' } } });
    // The screen shows what the new figure would make of the period.
    expect((await review(later)).paceSettlements.get(industry.key)).toMatchObject({ hypothetical: true, verdict: { actual: { value: '9.8' } } });
    // Recorded as the next revision of the period, from this document.
    const accepted = await executeAction(acceptProposal, { db, user: staff }, { documentId: later, key: industry.key, year: '2024', baseRevision: '1' });
    expect(accepted).toMatchObject({ ok: true, data: { kind: 'in_year' } });
    const target = await targetOf('industrial_value_added');
    const revisions = await db.outcome.findMany({ where: { districtId: liangping, indicatorId: target.indicatorId, year: 2024, periodMonths: 11 }, orderBy: { revision: 'asc' }, select: { revision: true, value: true, sourceDocumentId: true } });
    expect(revisions.map((row) => [row.revision, row.value.toString(), row.sourceDocumentId])).toEqual([[1, '9.6', documentId], [2, '9.8', later]]);
    expect((await readStoredPace(db, [target.id], 11))[0]).toMatchObject({ actualValue: '9.8' });
  });

  it('a conflicting in-year figure rejected keeps the stored one', async () => {
    const third = await ingest('测试文本 1—11月（另一稿）', LATER.replace('9.8%', '9.1%').replace('7.5%', '7.4%'));
    const retail = await inYearOf(third, 'retail_sales');
    expect(retail.status).toBe('conflict');
    expect(await executeAction(rejectProposal, { db, user: staff }, { documentId: third, key: retail.key })).toMatchObject({ ok: true });
    expect(await inYearOf(third, 'retail_sales')).toMatchObject({ status: 'rejected' });
    const target = await targetOf('retail_sales');
    expect((await readStoredPace(db, [target.id], 11))[0]).toMatchObject({ actualValue: '7.5' });
  });
});
