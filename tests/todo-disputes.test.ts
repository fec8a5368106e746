// A reviewer's dispute goes back to the recorder: the disputed target comes first on
// the to-do with the reviewer's reason, and leaves it once a new revision is recorded.
import { describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import { countDisputesAwaiting, findTodo } from '@/lib/outcomes/data';
import { recordOutcome } from '@/lib/outcomes/mutations';
import { reviewOutcome } from '@/lib/reviews/mutations';
import { makeUser } from './fixtures/users';
import { useTestDatabase } from './test-database';

const TEXT = '测试夹具（非官方数据）：2024年全区地区生产总值同比增长7.2%，修订后为7.1%。';

describe('disputes on the to-do', () => {
  it('puts a disputed figure first with the reason, until it is recorded again', async () => {
    const { db } = await useTestDatabase();
    const liangping = await db.district.findUniqueOrThrow({ where: { code: '500155' } });
    const staff = await makeUser(db, 'todo-staff', 'staff', [liangping.id]);
    const reviewer = await makeUser(db, 'todo-reviewer', 'reviewer');
    const gdp = await db.target.findFirstOrThrow({ where: { districtId: liangping.id, year: 2024, indicator: { key: 'gdp' } } });
    const before = await findTodo(staff, 2026);
    expect(before.find((row) => row.id === gdp.id)?.todo).toEqual({ kind: 'no_outcome' });

    const first = await executeAction(recordOutcome, { db, user: staff }, {
      targetId: gdp.id, baseRevision: 0, value: '7.2', unit: '%', vintage: 'final', quote: '地区生产总值同比增长7.2%',
      documentId: 'new', newKind: 'statistical_bulletin', newTitle: '测试夹具 Test fixture', newText: TEXT,
    });
    if (!first.ok) throw new Error(JSON.stringify(first));
    expect((await findTodo(staff, 2026)).some((row) => row.id === gdp.id)).toBe(false);
    expect(await countDisputesAwaiting(staff, 2026)).toBe(0);

    const dispute = await executeAction(reviewOutcome, { db, user: reviewer }, { outcomeId: first.data.outcomeId, state: 'disputed', comment: '统计公报为7.1%，请核对' });
    expect(dispute.ok).toBe(true);
    const disputed = await findTodo(staff, 2026);
    expect(disputed[0]).toMatchObject({ id: gdp.id, todo: { kind: 'disputed', comment: '统计公报为7.1%，请核对' } });
    expect(disputed.slice(1).every((row) => row.todo.kind !== 'disputed')).toBe(true);
    // The header's count holds the dispute (it is seen from every page, not only on /todo).
    expect(await countDisputesAwaiting(staff, 2026)).toBe(1);
    // Another district's staff does not see it.
    const outsider = await makeUser(db, 'todo-outsider', 'staff', [(await db.district.findUniqueOrThrow({ where: { code: '520304' } })).id]);
    expect((await findTodo(outsider, 2026)).some((row) => row.id === gdp.id)).toBe(false);
    expect(await countDisputesAwaiting(outsider, 2026)).toBe(0);

    const document = await db.sourceDocument.findFirstOrThrow({ where: { title: '测试夹具 Test fixture' } });
    const second = await executeAction(recordOutcome, { db, user: staff }, {
      targetId: gdp.id, baseRevision: 1, value: '7.1', unit: '%', vintage: 'final', quote: '修订后为7.1%', documentId: String(document.id),
    });
    expect(second.ok).toBe(true);
    expect((await findTodo(staff, 2026)).some((row) => row.id === gdp.id)).toBe(false);
    expect(await countDisputesAwaiting(staff, 2026)).toBe(0);
  });
});
