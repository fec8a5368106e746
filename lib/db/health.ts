// Is PostgreSQL reachable? Asked by proxy.ts before a page renders, so that during an
// outage pages answer 503 with a clear message instead of streaming a 200 that turns
// into an error page. One connection, its own pool; a healthy answer is reused for a
// second, a failure is re-checked on the next request (so recovery shows at once).
import pg from 'pg';

const HEALTHY_FOR_MS = 1000;
let pool: pg.Pool | undefined;
let healthyAt = 0;

export async function databaseReachable(now = Date.now()): Promise<boolean> {
  if (now - healthyAt < HEALTHY_FOR_MS) return true;
  const url = process.env.DATABASE_URL;
  if (!url) return true;
  pool ??= new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 1000, query_timeout: 1000, idleTimeoutMillis: 10_000 });
  try {
    await pool.query('SELECT 1');
    healthyAt = now;
    return true;
  } catch {
    healthyAt = 0;
    return false;
  }
}
