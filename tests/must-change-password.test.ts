// A user whose password is temporary (new account, or reset by an admin) must change
// it before anything else. Pages redirect; this checks that calling the actions and
// the API directly is refused too, and changes nothing.
import { describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import { targetsEndpoint, serveApi } from '@/lib/api/serve';
import { changePassword } from '@/lib/auth/mutations';
import { importOutcomes } from '@/lib/import/actions';
import { templateCsv } from '@/lib/import/parse-file';
import { createIngestDocument } from '@/lib/ingest/mutations';
import { recordOutcome } from '@/lib/outcomes/mutations';
import { createTarget } from '@/lib/targets/mutations';
import { makeUser } from './fixtures/users';
// Aliased: the name "use…" reads as a React hook to the linter.
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();

async function counts() {
  return { outcomes: await db.outcome.count(), targets: await db.target.count(), documents: await db.sourceDocument.count(), audit: await db.auditLog.count() };
}

describe('must change password', () => {
  it('refuses record-outcome, create-target, import and create-document called directly, and writes nothing', async () => {
    const bozhou = await db.district.findUniqueOrThrow({ where: { code: '520304' } });
    const temporary = { ...(await makeUser(db, 'temporary', 'admin', [bozhou.id])), mustChangePassword: true };
    const target = await db.target.findFirstOrThrow({ where: { districtId: bozhou.id, indicator: { key: 'gdp' } }, orderBy: { year: 'asc' } });
    const latest = await db.outcome.findFirst({ where: { districtId: bozhou.id, indicatorId: target.indicatorId, year: target.year, measure: target.measure }, orderBy: { revision: 'desc' } });
    const document = await db.sourceDocument.findFirstOrThrow({ where: { districtId: bozhou.id } });
    const calls = (user: typeof temporary) => [
      () => executeAction(recordOutcome, { db, user }, { targetId: target.id, baseRevision: latest?.revision ?? 0, value: '5.1', unit: '%', vintage: 'final', documentId: String(document.id), quote: document.fullText.slice(0, 8), figureNotInQuote: 'on', figureNotInQuoteReason: 'test: the figure is not the point here' }),
      () => executeAction(createTarget, { db, user }, { districtId: bozhou.id, indicatorId: target.indicatorId, year: 2031, measure: 'growth', asWritten: '6%左右', documentId: String(document.id), quote: document.fullText.slice(0, 8) }),
      () => executeAction(importOutcomes, { db, user }, { mode: 'commit', file: { name: 'outcomes.csv', bytes: new TextEncoder().encode(templateCsv()) } }),
      () => executeAction(createIngestDocument, { db, user }, { districtId: bozhou.id, year: 2031, kind: 'other', title: '临时', text: '2031年地区生产总值增长6%左右。' }),
    ];
    const before = await counts();
    for (const call of calls(temporary)) expect(await call()).toMatchObject({ ok: false, code: 'password_change_required' });
    expect(await counts()).toEqual(before);

    // Changing the password is the one action left open (here refused for the wrong current password, not the flag).
    const change = await executeAction(changePassword, { db, user: temporary }, { currentPassword: 'not-it-at-all', newPassword: 'n'.repeat(12), confirmPassword: 'n'.repeat(12) });
    expect(change).toMatchObject({ ok: false, code: 'validation' });

    // The same calls, once the password is changed, get past the wrapper and write.
    for (const call of calls({ ...temporary, mustChangePassword: false })) expect(await call()).toMatchObject({ ok: true });
    expect((await counts()).audit).toBeGreaterThan(before.audit);
  });

  it('answers the API with 403 for a session whose password is temporary', async () => {
    const user = { ...(await makeUser(db, 'temporary-reader', 'reviewer')), mustChangePassword: true };
    const refused = await serveApi(new Request('http://test/api/v1/targets'), async () => user, targetsEndpoint);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: 'forbidden' } });
    const allowed = await serveApi(new Request('http://test/api/v1/targets'), async () => ({ ...user, mustChangePassword: false }), targetsEndpoint);
    expect(allowed.status).toBe(200);
  });
});
