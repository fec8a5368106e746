// Many rows in one statement: each column goes as one array parameter and
// PostgreSQL unnests them (`INSERT … SELECT * FROM unnest($1::int[], …)`), so a
// batch of any size is a fixed number of bind parameters. Used by the bulk write
// paths (outcome revisions, their audit records, stored verdicts), where one
// Prisma create per row made a 50,000-row import take minutes.
import type { RawSql } from '@/lib/db/sql-transaction';

/**
 * A data-modifying WITH clause run in the same statement (one round trip less), e.g. a
 * DELETE of rows of another table. `sql` gets the number of its first parameter (they
 * follow the columns' arrays) and returns `name AS (…)`.
 */
export type BulkWith = { sql: (firstParam: number) => string; params: unknown[] };

/** A column and the SQL array type its values are sent as (e.g. 'int', 'text', 'text::numeric'). */
export type BulkColumn = { name: string; type: string };

type Raw = Pick<RawSql, '$queryRawUnsafe'>;

/**
 * Inserts `rows` (each an array in `columns` order) and returns `returning` of each
 * inserted row. `type` is the array element type the parameter is sent as; a
 * `cast` after `::` converts it (text → numeric, text → an enum, text → jsonb).
 */
export async function bulkInsert<R = unknown>(
  tx: Raw, table: string, columns: BulkColumn[], rows: unknown[][],
  options: { returning?: string; suffix?: string; with?: BulkWith } = {},
): Promise<R[]> {
  if (rows.length === 0) return [];
  const arrays = columns.map((_, index) => rows.map((row) => row[index] ?? null));
  const sources = columns.map((column, index) => {
    const [sent, ...cast] = column.type.split('::');
    return { param: `$${index + 1}::${sent}[]`, select: cast.length ? `c${index}::${cast.join('::')}` : `c${index}` };
  });
  const sql = `${options.with ? `WITH ${options.with.sql(columns.length + 1)} ` : ''}INSERT INTO ${table} (${columns.map((column) => column.name).join(', ')})
    SELECT ${sources.map((source) => source.select).join(', ')}
    FROM unnest(${sources.map((source) => source.param).join(', ')}) AS u(${columns.map((_, index) => `c${index}`).join(', ')})
    ${options.suffix ?? ''}${options.returning ? ` RETURNING ${options.returning}` : ''}`;
  return tx.$queryRawUnsafe<R[]>(sql, ...arrays, ...(options.with?.params ?? []));
}
