// Is PostgreSQL reachable? Asked by proxy.ts before a page renders, so that during an
// outage pages answer 503 with a clear message instead of streaming a 200 that turns
// into an error page. One connection, its own pool; a healthy answer is reused for a
// second, a failure is re-checked on the next request (so recovery shows at once).
//
// Requests that ask while a ping is on its way share that ping: with one ping per
// request, 32 concurrent pages queued on the one connection and those waiting past the
// 1 s timeout called a healthy but busy database unreachable (503s found by `npm run bench`;
// tests/db-health-concurrency.test.ts).
import pg from 'pg';

const HEALTHY_FOR_MS = 1000;
let pool: pg.Pool | undefined;
let healthyAt = 0;
let inFlight: Promise<boolean> | null = null;

export async function databaseReachable(now = Date.now()): Promise<boolean> {
  if (now - healthyAt < HEALTHY_FOR_MS) return true;
  const url = process.env.DATABASE_URL;
  if (!url) return true;
  inFlight ??= ping(url, now).finally(() => { inFlight = null; });
  return inFlight;
}

async function ping(url: string, now: number): Promise<boolean> {
  if (!pool) {
    pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 1000, query_timeout: 1000, idleTimeoutMillis: 10_000 });
    // An idle connection dropped by the server (a restart, an outage) is reported here;
    // unheard, it would crash the process. The next ping finds out for itself.
    pool.on('error', () => {});
  }
  try {
    await pool.query('SELECT 1');
    healthyAt = now;
    return true;
  } catch {
    healthyAt = 0;
    return false;
  }
}
