// Next year's report settles last year's targets: an outcome proposal names the stored
// target of its series and the verdict it would give (the same verdict the target has
// once it is accepted), a differing target proposal is a conflict settled by keeping
// the stored target or revising it from the document, and the extractor reads with
// the database's indicator table. Constructed texts with made-up figures, in this
// file's throwaway database only.
import { extractProposals } from '@/lib/extraction/extract-proposals';
import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/sessions';
import { INDICATORS } from '@/lib/indicators/catalog';
import { loadIndicatorCatalogue } from '@/lib/indicators/data';
import { updateIndicator } from '@/lib/indicators/mutations';
import { keepStoredTarget, reviseTargetFromProposal } from '@/lib/ingest/conflicts';
import { getIngestReview } from '@/lib/ingest/data';
import { extractionOptions } from '@/lib/ingest/extract-document';
import { acceptProposal, createIngestDocument, rejectProposal } from '@/lib/ingest/mutations';
import { dismissUnknownIndicator, mapUnknownIndicator } from '@/lib/ingest/unknown-indicators';
import { findTargets } from '@/lib/targets/data';
import { makeUser } from './fixtures/users';
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();

const NEXT_YEAR = `测试文本 / test text（虚构数字，非官方）
2025年梁平区政府工作报告
一、2024年工作回顾
过去一年，全区地区生产总值增长7.8%，规模以上工业增加值增长8.2%，固定资产投资增长13.2%，社会消费品零售总额增长10.6%，城镇新增就业4620人，一般公共预算收入增长6.1%，农村常住居民人均可支配收入增长6.5%。
二、2025年主要预期目标
2025年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。
`;
const REVISED = `测试文本 / test text（虚构数字，非官方）
2024年梁平区政府工作报告（修订稿）
二、2024年主要预期目标
2024年经济社会发展的主要预期目标是：固定资产投资增长12%以上，社会消费品零售总额增长9%以上，地区生产总值增长7%以上。
`;

let staff: SessionUser;
let outsider: SessionUser;
let admin: SessionUser;
let liangping: number;

const ingest = async (year: number, title: string, text: string) => {
  const created = await executeAction(createIngestDocument, { db, user: staff }, { districtId: liangping, year, kind: 'work_report', title, text });
  if (!created.ok) throw new Error(JSON.stringify(created));
  return created.data.documentId;
};
const review = async (documentId: number) => (await getIngestReview(staff, documentId))!;
const itemOf = async (documentId: number, kind: 'target' | 'outcome', indicatorKey: string) =>
  (await review(documentId)).items.find((item) => item.kind === kind && item.proposal.indicatorKey === indicatorKey)!;
const verdicts2024 = async () => new Map((await findTargets({ districtIds: [liangping], years: [2024] })).map((row) => [row.indicator.key, row.verdict.code]));

beforeAll(async () => {
  liangping = (await db.district.findFirstOrThrow({ where: { code: '500155' } })).id;
  const other = await db.district.findFirstOrThrow({ where: { code: '520302' } });
  staff = await makeUser(db, 'settler', 'staff', [liangping]);
  outsider = await makeUser(db, 'settle-outsider', 'staff', [other.id]);
  admin = await makeUser(db, 'settle-admin', 'admin');
});

describe('outcome proposals settle the stored targets of their series', () => {
  let documentId: number;

  it('show the target each settles and the verdict it would give, before anything is accepted', async () => {
    documentId = await ingest(2025, '测试文本 2025', NEXT_YEAR);
    const before = await verdicts2024();
    expect(new Set(before.values())).toEqual(new Set(['pending']));
    const { items, settlements } = await review(documentId);
    const outcomes = items.filter((item) => item.kind === 'outcome');
    expect(outcomes).toHaveLength(7);
    const shown = Object.fromEntries(outcomes.map((item) => [item.proposal.indicatorKey, settlements.get(item.key)]));
    expect(Object.fromEntries(Object.entries(shown).map(([key, found]) => [key, found ? [found.asWritten, found.verdict.code, found.hypothetical] : null]))).toEqual({
      gdp: ['7%以上', 'exceeded', true],
      industrial_value_added: ['10%以上', 'missed', true],
      fixed_asset_investment: ['13%以上', 'met', true],
      retail_sales: ['10%以上', 'exceeded', true],
      new_urban_jobs: ['4500人以上', 'met', true],
      budget_revenue: ['8%以上', 'missed', true],
      // No 2024 target for rural income in the seed: nothing to settle.
      rural_income: null,
    });
    // The would-be verdict is the decider's explanation, with the proposed figure in it.
    expect(shown.gdp!.verdict.explanation.zh).toContain('7.8');
    expect(shown.gdp!.targetId).toBe((await db.target.findFirstOrThrow({ where: { districtId: liangping, year: 2024, indicator: { key: 'gdp' } } })).id);
    // Asking wrote nothing.
    expect(await db.outcome.count({ where: { districtId: liangping, year: 2024 } })).toBe(0);
    expect(await verdicts2024()).toEqual(before);
    // The 2025 target has no stored target of its series: open, not a conflict.
    expect(await itemOf(documentId, 'target', 'gdp')).toMatchObject({ status: 'open', stored: null });
  });

  it('once accepted, the targets have exactly the verdicts the screen showed', async () => {
    const { items, settlements } = await review(documentId);
    const promised = new Map<string, string>();
    for (const item of items.filter((candidate) => candidate.kind === 'outcome')) {
      const found = settlements.get(item.key);
      if (found) promised.set(item.proposal.indicatorKey, found.verdict.code);
      const accepted = await executeAction(acceptProposal, { db, user: staff }, { documentId, key: item.key, year: String(item.proposal.year) });
      expect(accepted, item.key).toMatchObject({ ok: true, data: { kind: 'outcome', targetId: found?.targetId ?? null } });
    }
    const after = await verdicts2024();
    for (const [key, code] of promised) expect(after.get(key), key).toBe(code);
    expect(after.get('energy_intensity')).toBe('pending');
    // Recorded now: the screen shows the verdict as it stands, no longer a hypothesis.
    const again = await review(documentId);
    const gdp = again.items.find((item) => item.kind === 'outcome' && item.proposal.indicatorKey === 'gdp')!;
    expect(gdp.status).toBe('recorded');
    expect(again.settlements.get(gdp.key)).toMatchObject({ hypothetical: false, verdict: { code: 'exceeded' } });
  });
});

describe('a target proposal that differs from the stored target', () => {
  let documentId: number;

  it('is a conflict showing both wordings and sources; it cannot be accepted or rejected', async () => {
    documentId = await ingest(2024, '测试文本 2024 修订稿', REVISED);
    const fai = await itemOf(documentId, 'target', 'fixed_asset_investment');
    expect(fai).toMatchObject({ status: 'conflict', proposal: { asWritten: '12%以上' }, stored: { asWritten: '13%以上', source: { title: '2024年梁平区政府工作报告', quote: '固定资产投资增长13%以上' } } });
    // The same wording as stored stays "already recorded", with the stored target's id.
    const gdp = await itemOf(documentId, 'target', 'gdp');
    expect([gdp.status, gdp.recordId]).toEqual(['recorded', gdp.kind === 'target' ? gdp.stored?.id : -1]);
    const before = await db.target.findFirstOrThrow({ where: { id: fai.recordId! } });
    expect(await executeAction(acceptProposal, { db, user: staff }, { documentId, key: fai.key, year: '2024' })).toMatchObject({ ok: false, code: 'conflict', details: { messageKey: 'ingest.review.conflictChoose' } });
    expect(await executeAction(rejectProposal, { db, user: staff }, { documentId, key: fai.key })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await db.target.findFirstOrThrow({ where: { id: before.id } })).toEqual(before);
  });

  it('keep: a recorded, audited decision that takes the proposal off the open list and changes no target', async () => {
    const retail = await itemOf(documentId, 'target', 'retail_sales');
    const before = await db.target.findFirstOrThrow({ where: { id: retail.recordId! } });
    expect(await executeAction(keepStoredTarget, { db, user: outsider }, { documentId, key: retail.key })).toMatchObject({ ok: false, code: 'forbidden', details: { reason: 'other_district' } });
    expect(await executeAction(keepStoredTarget, { db, user: staff }, { documentId, key: retail.key })).toEqual({ ok: true, data: { kept: true } });
    expect((await itemOf(documentId, 'target', 'retail_sales')).status).toBe('kept');
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'proposal.keep_stored', entityId: String(documentId) } });
    expect(audit).toMatchObject({ actorId: staff.id, targetId: before.id, after: { proposalKey: retail.key, proposedAsWritten: '9%以上', keptAsWritten: '10%以上' } });
    expect(await db.target.findFirstOrThrow({ where: { id: before.id } })).toEqual(before);
    expect(await executeAction(keepStoredTarget, { db, user: staff }, { documentId, key: retail.key })).toMatchObject({ ok: false, code: 'conflict', details: { messageKey: 'ingest.review.alreadyKept' } });
    expect(await db.auditLog.count({ where: { action: 'proposal.keep_stored' } })).toBe(1);
  });

  it('revise: the new wording becomes the target through the target-edit path, with this document as source; a stale version is refused', async () => {
    const fai = await itemOf(documentId, 'target', 'fixed_asset_investment');
    const stored = fai.kind === 'target' ? fai.stored! : null;
    expect(await executeAction(reviseTargetFromProposal, { db, user: staff }, { documentId, key: fai.key, version: stored!.version + 1 })).toMatchObject({ ok: false, code: 'conflict', details: { messageKey: 'ingest.review.staleTarget' } });
    expect((await db.target.findUniqueOrThrow({ where: { id: stored!.id } })).version).toBe(stored!.version);
    expect(await executeAction(reviseTargetFromProposal, { db, user: staff }, { documentId, key: fai.key, version: stored!.version })).toEqual({ ok: true, data: { targetId: stored!.id, version: stored!.version + 1 } });
    const revised = await db.target.findUniqueOrThrow({ where: { id: stored!.id } });
    expect([revised.asWritten, revised.qualifier, revised.value?.toString(), revised.sourceDocumentId, revised.quote]).toEqual(['12%以上', 'at_least', '12', documentId, '固定资产投资增长12%以上']);
    expect(REVISED.slice(revised.quoteStart, revised.quoteEnd)).toBe(revised.quote);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'target.update', entityId: String(stored!.id) } });
    expect(audit).toMatchObject({ actorId: staff.id, before: { asWritten: '13%以上' }, after: { asWritten: '12%以上', sourceDocumentId: documentId } });
    // Settled: recorded now, and the target's verdict follows its new wording (13.2% against 12%以上).
    expect((await itemOf(documentId, 'target', 'fixed_asset_investment')).status).toBe('recorded');
    expect((await verdicts2024()).get('fixed_asset_investment')).toBe('exceeded');
    expect(await executeAction(reviseTargetFromProposal, { db, user: staff }, { documentId, key: fai.key, version: revised.version })).toMatchObject({ ok: false, fieldErrors: { _form: 'ingest:not_a_conflict' } });
  });
});

describe('the indicator table is the catalogue the extractor reads with', () => {
  it('loads every indicator in the catalogue shape, seeded from catalog.ts', async () => {
    const loaded = await loadIndicatorCatalogue(db);
    expect(loaded.map((row) => row.key).sort()).toEqual(INDICATORS.map((row) => row.key).sort());
    for (const row of loaded) expect(row).toEqual({ ...INDICATORS.find((entry) => entry.key === row.key), aliases: [...INDICATORS.find((entry) => entry.key === row.key)!.aliases] });
  });

  it('an alias an admin adds is in the very next extraction\'s catalogue, without a restart', async () => {
    const gdp = await db.indicator.findUniqueOrThrow({ where: { key: 'gdp' } });
    const text = '2025年全区经济社会发展的主要预期目标是：本区经济总值增长6%左右，社会消费品零售总额增长7%。';
    const before = extractProposals(text, await extractionOptions(db, { year: 2025, kind: 'work_report' }));
    expect(before.targets.map((row) => row.indicatorKey)).toEqual(['retail_sales']);
    expect(before.unknownIndicators?.map((row) => [row.name, row.value])).toEqual([['本区经济总值', '6']]);
    const updated = await executeAction(updateIndicator, { db, user: admin }, {
      indicatorId: gdp.id, version: gdp.version, nameZh: gdp.nameZh, nameEn: gdp.nameEn, aliases: [...gdp.aliases, '本区经济总值'].join('\n'), higherIsBetter: true,
    });
    expect(updated.ok).toBe(true);
    const options = await extractionOptions(db, { year: 2025, kind: 'work_report' });
    expect(options.reportYear).toBe(2025);
    expect(options.indicators!.find((row) => row.key === 'gdp')!.aliases).toContain('本区经济总值');
    const after = extractProposals(text, options);
    expect(after.targets.map((row) => [row.indicatorKey, row.value, row.qualifier])).toEqual([['gdp', '6', 'about'], ['retail_sales', '7', 'exact']]);
    expect(after.unknownIndicators ?? []).toEqual([]);
  });

  it('"new indicator?" actions: mapping needs an admin; a key the text does not produce is refused', async () => {
    const documentId = (await db.sourceDocument.findFirstOrThrow({ where: { title: '测试文本 2025' } })).id;
    const indicatorId = (await db.indicator.findUniqueOrThrow({ where: { key: 'gdp' } })).id;
    const key = 'unknown:数字经济核心产业增加值:1-10';
    expect(await executeAction(mapUnknownIndicator, { db, user: staff }, { documentId, key, indicatorId })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await executeAction(mapUnknownIndicator, { db, user: admin }, { documentId, key, indicatorId })).toMatchObject({ ok: false, fieldErrors: { _form: 'ingest:proposal_gone' } });
    expect(await executeAction(dismissUnknownIndicator, { db, user: outsider }, { documentId, key })).toMatchObject({ ok: false, code: 'forbidden', details: { reason: 'other_district' } });
    expect(await executeAction(dismissUnknownIndicator, { db, user: staff }, { documentId, key })).toMatchObject({ ok: false, fieldErrors: { _form: 'ingest:proposal_gone' } });
  });
});
