// The benchmark runs on a fresh copy of the synthetic database, made from it as a
// template before the run and dropped after it. Its write rows (the read-after-write
// writer, the 32 writers) add thousands of outcome revisions; written into the synthetic
// database itself, they piled up run after run in the series the read rows read (the
// lowest-id districts hold the API list's first targets), and pages got slower from run
// to run with the code unchanged (bench/results.md, end of session 9). On a copy every
// run starts from the same data, and nothing is deleted from a history to get there.
import pg from 'pg';

export type BenchCopy = { url: string; name: string; seconds: number; drop: () => Promise<void> };

const COPY_SUFFIX = '_bench_run';

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * CREATE DATABASE <template>_bench_run TEMPLATE <template>: a file copy (about 5 s for
 * the 1.3 GB national set). PostgreSQL copies a template only while nobody else is
 * connected to it, so no app may be running on the synthetic database meanwhile.
 * A copy left behind by a run that crashed is dropped first.
 */
export async function copyForRun(templateUrl: string): Promise<BenchCopy> {
  const template = decodeURIComponent(new URL(templateUrl).pathname.slice(1));
  const name = `${template}${COPY_SUFFIX}`;
  const admin = new pg.Client({ connectionString: withDatabase(templateUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    const started = performance.now();
    try {
      await admin.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`);
    } catch (error) {
      if ((error as { code?: string }).code === '55006') {
        throw new Error(`Another connection is open to ${template} (an app or a psql on the synthetic database?): PostgreSQL copies a database only while nobody else is connected to it. Stop it and run the benchmark again.`);
      }
      throw error;
    }
    const seconds = (performance.now() - started) / 1000;
    return {
      url: withDatabase(templateUrl, name),
      name,
      seconds,
      drop: async () => {
        const client = new pg.Client({ connectionString: withDatabase(templateUrl, 'postgres') });
        await client.connect();
        try {
          await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
        } finally {
          await client.end();
        }
      },
    };
  } finally {
    await admin.end();
  }
}
