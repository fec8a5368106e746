// Ids past the int4 range in an action's input are refused as invalid input, never
// answered "unexpected" (which logs a server error) — for every action taking an id.
import { describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import { revokeApiToken } from '@/lib/api-tokens/actions';
import { recordOutcome } from '@/lib/outcomes/mutations';
import { reviewOutcome, reviewVerdict } from '@/lib/reviews/mutations';
import { updateTarget } from '@/lib/targets/mutations';
import { makeUser } from './fixtures/users';
// Aliased: the name "use…" reads as a React hook to the linter.
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();
const PAST_INT4 = '2147483648';

describe('ids past int4 in action input', () => {
  it('are refused as invalid input and change nothing', async () => {
    const admin = await makeUser(db, 'range-admin', 'admin');
    const audit = await db.auditLog.count();
    const results = [
      await executeAction(recordOutcome, { db, user: admin }, { targetId: PAST_INT4, baseRevision: 0, value: '1', unit: '%', vintage: 'final', documentId: '1', quote: 'x' }),
      await executeAction(reviewOutcome, { db, user: admin }, { outcomeId: PAST_INT4, state: 'verified', comment: '' }),
      await executeAction(reviewVerdict, { db, user: admin }, { targetId: PAST_INT4, kind: 'confirm' }),
      await executeAction(updateTarget, { db, user: admin }, { targetId: PAST_INT4, version: 1, asWritten: '7%以上', documentId: '1', quote: 'x' }),
      await executeAction(revokeApiToken, { db, user: admin }, { id: PAST_INT4 }),
    ];
    for (const result of results) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(['validation', 'not_found']).toContain(result.code);
    }
    expect(await db.auditLog.count()).toBe(audit);
  });
});
