// After saving an outcome the form offers the next item of the user's to-do list, so
// working through the list does not mean going back to /todo each time.
import 'server-only';
import type { SessionUser } from '@/lib/auth/sessions';
import { findTodo, type TodoRow } from './data';

/** The to-do item after `targetId` in /todo's order (wrapping round), never `targetId` itself; null when none is left. */
export async function findNextTodo(user: SessionUser, targetId: number, currentYear?: number): Promise<TodoRow | null> {
  const rows = await findTodo(user, currentYear);
  const index = rows.findIndex((row) => row.id === targetId);
  const ordered = index < 0 ? rows : [...rows.slice(index + 1), ...rows.slice(0, index)];
  return ordered.find((row) => row.id !== targetId) ?? null;
}
