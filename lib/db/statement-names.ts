// Names for statements prepared once per connection (pg's named statements): PostgreSQL then
// neither parses them again nor, once it settles on a generic plan, plans them again. Shared
// by the write transaction (sql-transaction.ts) and the reading pages' small statements
// (plainRows' `prepared`), so one bound holds for the process.
import { createHash } from 'node:crypto';

// Texts are fixed (values are parameters); past MAX_NAMED distinct texts the rest run
// unprepared, so a text built with values in it cannot fill a connection with prepared statements.
const MAX_NAMED = 200;
const names = new Map<string, string>();

/** The statement's name, or undefined (run it unnamed) once MAX_NAMED texts have names. */
export function statementName(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_NAMED) {
    name = `tt_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}
