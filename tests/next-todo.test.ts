// After a save the record-outcome form links the next to-do item: the one after the
// saved target in /todo's order, never the saved target itself, and none when the list is done.
import { describe, expect, it } from 'vitest';
import { findTodo } from '@/lib/outcomes/data';
import { findNextTodo } from '@/lib/outcomes/next-todo';
import { makeUser } from './fixtures/users';
import { useTestDatabase } from './test-database';

describe('the next to-do item', () => {
  it('follows the to-do order, wraps round, skips the current target, and is null when nothing is left', async () => {
    const { db } = await useTestDatabase();
    const liangping = await db.district.findUniqueOrThrow({ where: { code: '500155' } });
    const staff = await makeUser(db, 'next-todo-staff', 'staff', [liangping.id]);
    const rows = await findTodo(staff, 2026);
    expect(rows.length).toBeGreaterThan(2);

    expect((await findNextTodo(staff, rows[0]!.id, 2026))?.id).toBe(rows[1]!.id);
    expect((await findNextTodo(staff, rows.at(-1)!.id, 2026))?.id).toBe(rows[0]!.id);
    // Every item, as the whole list read by findTodo says (findNextTodo reads only a few candidates).
    for (const [index, row] of rows.entries()) expect((await findNextTodo(staff, row.id, 2026))?.id).toBe(rows[(index + 1) % rows.length]!.id);
    // A target not on the list (e.g. just recorded, here another district's): the list's first item.
    const done = await db.target.findFirstOrThrow({ where: { districtId: { not: liangping.id } } });
    expect((await findNextTodo(staff, done.id, 2026))?.id).toBe(rows[0]!.id);

    // Nothing on the list (no targets before 2024): no next item.
    expect(await findNextTodo(staff, rows[0]!.id, 2024)).toBeNull();
  });
});
