import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/sessions';
import { recordOutcome } from '@/lib/outcomes/mutations';
import { findTargets } from '@/lib/targets/data';
import { makeUser } from './fixtures/users';
// Aliased: the name "use…" reads as a React hook to the linter.
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();
const TEXT = '测试夹具（非官方数据）：2024年全区地区生产总值同比增长7.2%。';
const QUOTE = '地区生产总值同比增长7.2%';

let staff: SessionUser;
let targetId: number;
let series: { districtId: number; indicatorId: number; year: number; measure: 'growth' };

beforeAll(async () => {
  const liangping = await db.district.findUniqueOrThrow({ where: { code: '500155' } });
  staff = await makeUser(db, 'recorder', 'staff', [liangping.id]);
  const target = await db.target.findFirstOrThrow({ where: { districtId: liangping.id, year: 2024, indicator: { key: 'gdp' } } });
  targetId = target.id;
  series = { districtId: liangping.id, indicatorId: target.indicatorId, year: 2024, measure: 'growth' };
});

const newDoc = { documentId: 'new', newKind: 'statistical_bulletin', newTitle: '测试夹具 Test fixture', newText: TEXT };
const counts = async () => ({
  outcomes: await db.outcome.count({ where: series }),
  documents: await db.sourceDocument.count(),
  audit: await db.auditLog.count(),
});

describe('record outcome', () => {
  it.each([
    [{ value: '六点五' }, 'value', 'decimal.chinese_numeral'],
    [{ value: '6.5%%' }, 'value', 'decimal.not_a_number'],
    [{ unit: '亿元' }, 'unit', 'unit_growth_percent'],
    [{ unit: '光年' }, 'unit', 'unit.unknown_unit'],
    [{ quote: '地区生产总值增长9%' }, 'quote', 'quote_not_found'],
    [{ newTitle: '' }, 'newTitle', 'required'],
  ])('refuses %o and saves nothing', async (change, field, key) => {
    const before = await counts();
    const result = await executeAction(recordOutcome, { db, user: staff }, { targetId, baseRevision: 0, value: '7.2', unit: '%', vintage: 'preliminary', quote: QUOTE, ...newDoc, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors[field]).toBe(key);
    expect(await counts()).toEqual(before);
  });

  it('refuses a form based on a revision when the series has none yet (a tampered or mistaken form), saving nothing', async () => {
    const before = await counts();
    const result = await executeAction(recordOutcome, { db, user: staff }, { targetId, baseRevision: 3, value: '7.2', unit: '%', vintage: 'preliminary', quote: QUOTE, ...newDoc });
    expect(result).toMatchObject({ ok: false, code: 'conflict' });
    expect(await counts()).toEqual(before);
  });

  it('appends revision 1 with its document, offsets and audit rows, and the verdict follows', async () => {
    const before = await counts();
    const result = await executeAction(recordOutcome, { db, user: staff }, { targetId, baseRevision: 0, value: '７．２', unit: '%', vintage: 'preliminary', quote: QUOTE, ...newDoc });
    expect(result).toMatchObject({ ok: true, data: { revision: 1 } });
    const row = await db.outcome.findFirstOrThrow({ where: { ...series, revision: 1 } });
    expect(row.value.toString()).toBe('7.2');
    expect(TEXT.slice(row.quoteStart, row.quoteEnd)).toBe(QUOTE);
    const after = await counts();
    expect(after.documents).toBe(before.documents + 1);
    expect(after.audit).toBe(before.audit + 2); // document.create + outcome.record
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'outcome.record', entityId: String(row.id) } });
    expect(audit.actorId).toBe(staff.id);
    expect(audit.after).toMatchObject({ via: 'form', revision: 1, value: '7.2', unit: '%' });
    const [target] = await findTargets({ targetIds: [targetId] });
    // The verdict is lib/verdict's to decide; here only: it now rests on the new revision.
    expect(target?.verdict.outcome?.id).toBe(row.id);
    expect(['met', 'exceeded']).toContain(target?.verdict.code);
  });

  it('numbers the next figure 2 and refuses a stale form with the newer value', async () => {
    const document = await db.sourceDocument.findFirstOrThrow({ where: { title: '测试夹具 Test fixture' } });
    const second = await executeAction(recordOutcome, { db, user: staff }, { targetId, baseRevision: 1, value: '7.2', unit: '%', vintage: 'final', documentId: String(document.id), quote: QUOTE });
    expect(second).toMatchObject({ ok: true, data: { revision: 2 } });
    const before = await counts();
    const stale = await executeAction(recordOutcome, { db, user: staff }, { targetId, baseRevision: 1, value: '6.9', unit: '%', vintage: 'final', documentId: String(document.id), quote: QUOTE });
    expect(stale).toMatchObject({ ok: false, code: 'conflict', details: { revision: 2, value: '7.2' } });
    expect(await counts()).toEqual(before);
  });

  it('refuses staff of another district', async () => {
    const other = await db.district.findFirstOrThrow({ where: { code: { not: '500155' } } });
    const outsider = await makeUser(db, 'outsider', 'staff', [other.id]);
    const result = await executeAction(recordOutcome, { db, user: outsider }, { targetId, baseRevision: 2, value: '7.2', unit: '%', vintage: 'final', quote: QUOTE, ...newDoc });
    expect(result).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('the database refuses to update an outcome', async () => {
    await expect(db.outcome.updateMany({ where: series, data: { note: 'x' } })).rejects.toThrow();
  });
});
