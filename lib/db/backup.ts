// Logical backup and restore in plain SQL through `pg`, so it works against any
// PostgreSQL 14+ and the embedded one alike (the embedded package ships no
// pg_dump, and a system pg_dump older than the server refuses to run).
// Format: JSON lines — a header with the applied migrations, then one line per
// table row as PostgreSQL's own row_to_json text, never parsed into JS numbers,
// so NUMERIC values and timestamps round-trip exactly.
import pg from 'pg';

type Header = { format: 'target-tracker-backup'; version: 1; migrations: string[]; tables: string[] };

/** Application tables in an order that satisfies foreign keys (parents first). */
async function tablesInDependencyOrder(client: pg.Client): Promise<string[]> {
  const tables = (await client.query<{ name: string }>(
    // The migration history is the database's own bookkeeping (checked separately).
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename",
  )).rows.map((row) => row.name);
  const edges = (await client.query<{ child: string; parent: string }>(`
    SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
    FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`)).rows
    .map((row) => ({ child: row.child.replace(/"/g, ''), parent: row.parent.replace(/"/g, '') }));
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const edge of edges) if (edge.child === table && edge.parent !== table) visit(edge.parent, path);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

export async function dumpDatabase(url: string, write: (line: string) => void): Promise<{ tables: number; rows: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // One snapshot for every table.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations = (await client.query<{ name: string }>(
      'SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
    )).rows.map((row) => row.name);
    const tables = await tablesInDependencyOrder(client);
    const header: Header = { format: 'target-tracker-backup', version: 1, migrations, tables };
    write(JSON.stringify(header));
    let rows = 0;
    for (const table of tables) {
      const result = await client.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${table}" t ORDER BY 1`);
      for (const { row } of result.rows) {
        write(`{"t":${JSON.stringify(table)},"r":${row}}`);
        rows += 1;
      }
    }
    await client.query('COMMIT');
    return { tables: tables.length, rows };
  } finally {
    await client.end();
  }
}

/** Tables kept by triggers on other tables (prisma/migrations/*_verdict_count). */
const TRIGGER_KEPT = new Set(['verdict_count']);

/**
 * Loads a dump into a database that has the same migrations applied and holds no
 * rows (run `migrate` first). Refuses anything else rather than merge.
 */
export async function restoreDatabase(url: string, lines: string[]): Promise<{ rows: number }> {
  const header = JSON.parse(lines[0] ?? '{}') as Header;
  if (header.format !== 'target-tracker-backup' || header.version !== 1) throw new Error('not a target-tracker backup file');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const migrations = (await client.query<{ name: string }>(
      'SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
    )).rows.map((row) => row.name);
    if (JSON.stringify(migrations) !== JSON.stringify(header.migrations)) {
      throw new Error(`migrations differ: backup has ${header.migrations.length}, database has ${migrations.length}; restore with the same app version`);
    }
    await client.query('BEGIN');
    for (const table of header.tables) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${table}"`);
      if (rows[0]?.n !== '0') throw new Error(`table ${table} is not empty; restore only into an empty database`);
    }
    // Group the rows per table (JSON text, passed through to PostgreSQL unparsed).
    const byTable = new Map<string, string[]>();
    for (const line of lines.slice(1)) {
      if (!line.trim()) continue;
      const match = /^\{"t":("(?:[^"\\]|\\.)*"),"r":(.*)\}$/.exec(line);
      if (!match) throw new Error('corrupt backup line');
      const table = JSON.parse(match[1]!) as string;
      if (!header.tables.includes(table)) throw new Error(`unknown table ${table}`);
      byTable.set(table, [...(byTable.get(table) ?? []), match[2]!]);
    }
    let count = 0;
    // Tables that triggers keep from others (verdict_count from target_verdict) are filled while
    // the others are restored; they are emptied and restored last, as they were backed up.
    const ordered = [...header.tables.filter((table) => !TRIGGER_KEPT.has(table)), ...header.tables.filter((table) => TRIGGER_KEPT.has(table))];
    for (const table of ordered) {
      if (TRIGGER_KEPT.has(table)) await client.query(`DELETE FROM "${table}"`);
      const rows = byTable.get(table) ?? [];
      for (let at = 0; at < rows.length; at += 500) {
        const chunk = rows.slice(at, at + 500);
        await client.query(`INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1::json)`, [`[${chunk.join(',')}]`]);
        count += chunk.length;
      }
    }
    // Sequences continue after the restored ids.
    const sequences = await client.query<{ table: string; column: string; sequence: string }>(`
      SELECT c.table_name AS table, c.column_name AS column, pg_get_serial_sequence(format('%I', c.table_name), c.column_name) AS sequence
      FROM information_schema.columns c WHERE c.table_schema = 'public' AND pg_get_serial_sequence(format('%I', c.table_name), c.column_name) IS NOT NULL`);
    for (const row of sequences.rows) {
      await client.query(`SELECT setval($1, COALESCE((SELECT max("${row.column}") FROM "${row.table}"), 0) + 1, false)`, [row.sequence]);
    }
    await client.query('COMMIT');
    return { rows: count };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
