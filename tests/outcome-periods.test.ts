// Outcome revisions carry a period (issue 17): the year (12) or a cumulative in-year
// period 1—N月. Numbering and the stale-revision check are per series and period, and
// an in-year figure never moves an annual verdict.
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { appendOutcomeRevisions, type RevisionToAppend } from '@/lib/outcomes/append-revisions';
import { findTargets } from '@/lib/targets/data';
import { readStoredVerdicts } from '@/lib/verdicts/stored-verdicts';
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();
const TEXT = '测试夹具（非官方数据）：1—6月，全区地区生产总值同比增长3.1%；一季度增长2.5%；全年增长9.9%。';

let base: Omit<RevisionToAppend, 'value' | 'quote' | 'quoteStart' | 'quoteEnd' | 'baseRevision'>;
let targetId: number;

const figure = (value: string) => {
  const quote = `增长${value}%`;
  const quoteStart = TEXT.indexOf(quote);
  return { value, quote, quoteStart, quoteEnd: quoteStart + quote.length };
};

beforeAll(async () => {
  const bozhou = await db.district.findFirstOrThrow({ where: { targets: { some: { year: 2025, indicator: { key: 'gdp' } } } } });
  const target = await db.target.findFirstOrThrow({ where: { districtId: bozhou.id, year: 2025, indicator: { key: 'gdp' } } });
  targetId = target.id;
  const document = await db.sourceDocument.create({
    data: { kind: 'statistical_bulletin', districtId: bozhou.id, year: 2025, title: '测试夹具 in-year', fullText: TEXT, textSha256: createHash('sha256').update(TEXT).digest('hex') },
  });
  base = {
    districtId: bozhou.id, indicatorId: target.indicatorId, year: 2025, measure: 'growth', unit: '%', vintage: 'preliminary',
    sourceDocumentId: document.id, audit: { via: 'test' },
  };
});

const append = (revisions: RevisionToAppend[]) => db.$transaction((tx) => appendOutcomeRevisions(tx, { label: 'system:test' }, revisions));
const annualState = async () => {
  const [target] = await findTargets({ targetIds: [targetId] });
  return { verdict: target?.verdict.code, outcomes: target?.outcomes.map((outcome) => outcome.id), stored: await readStoredVerdicts(db, [targetId]) };
};

describe('outcome periods', () => {
  it('numbers revisions per period, defaults to the year, and leaves the annual verdict alone', async () => {
    const before = await annualState();
    const annualCount = await db.outcome.count({ where: { ...seriesOf(), periodMonths: 12 } });
    const [h1] = await append([{ ...base, ...figure('3.1'), periodMonths: 6, baseRevision: 0 }]);
    const [q1] = await append([{ ...base, ...figure('2.5'), periodMonths: 3, baseRevision: 0 }]);
    expect(h1!.revision).toBe(1);
    expect(q1!.revision).toBe(1);
    const [h1b] = await append([{ ...base, ...figure('3.1'), vintage: 'final', periodMonths: 6, baseRevision: 1 }]);
    expect(h1b!.revision).toBe(2);
    const stored = await db.outcome.findUniqueOrThrow({ where: { id: h1b!.outcomeId } });
    expect(stored.periodMonths).toBe(6);
    expect(await db.outcome.count({ where: { ...seriesOf(), periodMonths: 12 } })).toBe(annualCount);
    expect(await annualState()).toEqual(before);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'outcome.record', entityId: String(h1b!.outcomeId) } });
    expect(audit.after).toMatchObject({ periodMonths: 6, revision: 2 });
  });

  it('checks staleness per period: a base from another period is a conflict and writes nothing', async () => {
    const count = await db.outcome.count({ where: seriesOf() });
    // 一季度 has revision 1; a writer who saw 上半年's revision 2 is not current for 一季度.
    await expect(append([{ ...base, ...figure('2.5'), periodMonths: 3, baseRevision: 2 }])).rejects.toMatchObject({ code: 'conflict' });
    await expect(append([{ ...base, ...figure('3.1'), periodMonths: 9, baseRevision: 1 }])).rejects.toMatchObject({ code: 'conflict' });
    expect(await db.outcome.count({ where: seriesOf() })).toBe(count);
  });

  it('the annual series keeps its own numbering after in-year figures, and an annual figure moves the annual verdict', async () => {
    const annual = await db.outcome.findFirst({ where: { ...seriesOf(), periodMonths: 12 }, orderBy: { revision: 'desc' } });
    const [written] = await append([{ ...base, ...figure('9.9'), vintage: 'final', baseRevision: annual?.revision ?? 0 }]);
    expect(written!.revision).toBe((annual?.revision ?? 0) + 1);
    const [target] = await findTargets({ targetIds: [targetId] });
    expect(target?.verdict.outcome?.id).toBe(written!.outcomeId);
    expect(target?.outcomes.every((outcome) => outcome.id !== 'proposed')).toBe(true);
    const [row] = await readStoredVerdicts(db, [targetId]);
    expect(row?.outcomeId).toBe(written!.outcomeId);
  });

  it.each([0, 13, 2.5])('refuses period %s and writes nothing', async (periodMonths) => {
    const count = await db.outcome.count();
    await expect(append([{ ...base, ...figure('3.1'), periodMonths, baseRevision: 0 }])).rejects.toMatchObject({ code: 'validation' });
    expect(await db.outcome.count()).toBe(count);
  });
});

function seriesOf() {
  return { districtId: base.districtId, indicatorId: base.indicatorId, year: base.year, measure: base.measure };
}
