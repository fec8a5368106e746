// The form path on real PostgreSQL: a figure its quote does not state is refused with
// a field error and nothing written; ticked with a reason it is saved, the reason is
// stored, audited and read back with the figure; ticked without a reason is refused.
import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/sessions';
import { recordOutcome } from '@/lib/outcomes/mutations';
import { findTargets } from '@/lib/targets/data';
import { makeUser } from './fixtures/users';
// Aliased: the name "use…" reads as a React hook to the linter.
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();
// Made-up fixture text, labelled as such: not an official figure.
const TEXT = '测试夹具（非官方数据）：2024年城镇新增就业1.35万人，地区生产总值初步核算数另行公布。';
const REASON = '由各街道分项数据相加得出（测试）';

let staff: SessionUser;
let targetId: number;
let series: { districtId: number; indicatorId: number; year: number; measure: 'level' };

beforeAll(async () => {
  const liangping = await db.district.findUniqueOrThrow({ where: { code: '500155' } });
  staff = await makeUser(db, 'quote-recorder', 'staff', [liangping.id]);
  const target = await db.target.findFirstOrThrow({ where: { districtId: liangping.id, year: 2024, indicator: { key: 'new_urban_jobs' } } });
  targetId = target.id;
  series = { districtId: liangping.id, indicatorId: target.indicatorId, year: 2024, measure: 'level' };
});

const form = (change: Record<string, string | number>) => ({
  targetId, baseRevision: 0, value: '13500', unit: '人', vintage: 'preliminary', documentId: 'new', newKind: 'statistical_bulletin', newTitle: '测试夹具 Test fixture', newText: TEXT, ...change,
});
const counts = async () => ({ outcomes: await db.outcome.count({ where: series }), documents: await db.sourceDocument.count(), audit: await db.auditLog.count() });

describe('a figure and its quote agree (form path)', () => {
  it('refuses a figure the quote does not state, writing nothing', async () => {
    const before = await counts();
    const result = await executeAction(recordOutcome, { db, user: staff }, form({ quote: '地区生产总值初步核算数另行公布' }));
    expect(result).toMatchObject({ ok: false, code: 'validation', fieldErrors: { quote: 'figure_not_in_quote' } });
    const mismatch = await executeAction(recordOutcome, { db, user: staff }, form({ value: '13200', quote: '城镇新增就业1.35万人' }));
    expect(mismatch).toMatchObject({ ok: false, code: 'validation', fieldErrors: { quote: 'figure_not_in_quote' } });
    expect(await counts()).toEqual(before);
  });

  it('refuses the tick without a reason', async () => {
    const before = await counts();
    const result = await executeAction(recordOutcome, { db, user: staff }, form({ quote: '地区生产总值初步核算数另行公布', figureNotInQuote: 'on', figureNotInQuoteReason: '  ' }));
    expect(result).toMatchObject({ ok: false, code: 'validation', fieldErrors: { figureNotInQuoteReason: 'figure_reason_required' } });
    expect(await counts()).toEqual(before);
  });

  it('saves 13500 人 quoted as 1.35万人 with no tick, and stores no reason', async () => {
    const result = await executeAction(recordOutcome, { db, user: staff }, form({ quote: '城镇新增就业1.35万人' }));
    expect(result).toMatchObject({ ok: true, data: { revision: 1 } });
    const row = await db.outcome.findFirstOrThrow({ where: { ...series, revision: 1 } });
    expect(row.figureNotInQuoteReason).toBeNull();
  });

  it('accepts the mismatch when ticked with a reason: stored, audited, shown with the figure', async () => {
    const result = await executeAction(recordOutcome, { db, user: staff }, form({ baseRevision: 1, value: '13600', quote: '地区生产总值初步核算数另行公布', figureNotInQuote: 'on', figureNotInQuoteReason: REASON }));
    expect(result).toMatchObject({ ok: true, data: { revision: 2 } });
    const row = await db.outcome.findFirstOrThrow({ where: { ...series, revision: 2 } });
    expect(row.figureNotInQuoteReason).toBe(REASON);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'outcome.record', entityId: String(row.id) } });
    expect(audit.after).toMatchObject({ via: 'form', revision: 2, figureNotInQuoteReason: REASON });
    const [target] = await findTargets({ targetIds: [targetId] });
    expect(target!.outcomes.at(-1)).toMatchObject({ revision: 2, value: '13600', figureNotInQuoteReason: REASON });
  });
});
