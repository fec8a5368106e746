// After saving an outcome the form offers the next item of the user's to-do list, so
// working through the list does not mean going back to /todo each time.
import 'server-only';
import type { SessionUser } from '@/lib/auth/sessions';
import { findTodoIds, type TodoRow, todoRows } from './data';

/**
 * Candidates read per step. The record page renders this on every view and on the refresh
 * after every save: reading the whole list (up to 200 targets with all their series'
 * outcomes) to show one link cost most of that render's server CPU. The SQL's picks almost
 * always have a to-do reason, so the first step nearly always finds the item.
 */
const STEP = 8;

/** The to-do item after `targetId` in /todo's order (wrapping round), never `targetId` itself; null when none is left. */
export async function findNextTodo(user: SessionUser, targetId: number, currentYear?: number): Promise<TodoRow | null> {
  const ids = await findTodoIds(user, currentYear);
  const at = ids.indexOf(targetId);
  // Only a target /todo lists (todoReason agreeing with the SQL) is a place in the list to
  // continue from; any other starts from the list's first item, as findTodo's rows would.
  const onList = at >= 0 && (await todoRows([targetId])).length > 0;
  const from = onList ? at + 1 : 0;
  const ordered = [...ids.slice(from), ...ids.slice(0, from)].filter((id) => id !== targetId);
  for (let start = 0; start < ordered.length; start += STEP) {
    const [next] = await todoRows(ordered.slice(start, start + STEP));
    if (next) return next;
  }
  return null;
}
