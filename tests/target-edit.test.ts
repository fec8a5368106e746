import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/sessions';
import { createTarget, updateTarget } from '@/lib/targets/mutations';
import { makeUser } from './fixtures/users';
// Aliased: the name "use…" reads as a React hook to the linter.
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();
let staff: SessionUser;
let target: { id: number; quote: string; sourceDocumentId: number; districtId: number };

beforeAll(async () => {
  const liangping = await db.district.findUniqueOrThrow({ where: { code: '500155' } });
  staff = await makeUser(db, 'editor', 'staff', [liangping.id]);
  target = await db.target.findFirstOrThrow({ where: { districtId: liangping.id, year: 2024, indicator: { key: 'gdp' } }, select: { id: true, quote: true, sourceDocumentId: true, districtId: true } });
});

describe('target edits', () => {
  it('bumps the version, audits the change and refuses a stale version', async () => {
    const base = { targetId: target.id, documentId: String(target.sourceDocumentId), quote: target.quote };
    const first = await executeAction(updateTarget, { db, user: staff }, { ...base, version: 1, asWritten: '7%以上' });
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });
    const row = await db.target.findUniqueOrThrow({ where: { id: target.id } });
    expect(row.version).toBe(2);
    expect(await db.auditLog.count({ where: { action: 'target.update', entityId: String(target.id) } })).toBe(1);
    const stale = await executeAction(updateTarget, { db, user: staff }, { ...base, version: 1, asWritten: '8%左右' });
    expect(stale).toMatchObject({ ok: false, code: 'conflict', details: { version: 2 } });
    expect((await db.target.findUniqueOrThrow({ where: { id: target.id } })).asWritten).toBe('7%以上');
  });

  it('refuses unreadable wording and a duplicate target', async () => {
    const base = { targetId: target.id, version: 2, documentId: String(target.sourceDocumentId), quote: target.quote };
    const bad = await executeAction(updateTarget, { db, user: staff }, { ...base, asWritten: '百分之七以上' });
    expect(bad).toMatchObject({ ok: false, code: 'validation', fieldErrors: { asWritten: 'target.chinese_numeral' } });
    const indicator = await db.indicator.findFirstOrThrow({ where: { key: 'gdp' } });
    const duplicate = await executeAction(createTarget, { db, user: staff }, {
      districtId: target.districtId, indicatorId: indicator.id, year: 2024, measure: 'growth', asWritten: '7%以上', documentId: String(target.sourceDocumentId), quote: target.quote,
    });
    expect(duplicate).toMatchObject({ ok: false, fieldErrors: { indicatorId: 'target_exists' } });
  });
});
