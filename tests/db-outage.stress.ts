// PostgreSQL stops while the production app serves: requests end quickly with an
// error (no hang), and once PostgreSQL is back the app serves again by itself.
// Needs a production build (.next, made by `npm test`'s e2e run); run by
// `npm run test:stress`.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureDatabase, type EmbeddedServer, startEmbeddedPostgres } from '@/lib/db/embedded-postgres';
import { prepareDatabase } from '@/lib/runtime/prepare-database';

const PORT = 3106;
const base = `http://127.0.0.1:${PORT}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'outage-'));
fs.chmodSync(dataDir, 0o755);
const password = 'outage-test';
let pgServer: EmbeddedServer | undefined;
let app: ChildProcess | undefined;

afterAll(async () => {
  if (app?.pid) app.kill('SIGTERM');
  await pgServer?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function get(pathname: string, timeoutMs = 15_000): Promise<{ status: number; ms: number; body: string }> {
  const started = Date.now();
  try {
    const response = await fetch(`${base}${pathname}`, { signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
    const body = await response.text();
    return { status: response.status, ms: Date.now() - started, body };
  } catch {
    return { status: 0, ms: Date.now() - started, body: '' };
  }
}

async function waitFor(pathname: string, status: number, withinMs: number): Promise<boolean> {
  const until = Date.now() + withinMs;
  while (Date.now() < until) {
    if ((await get(pathname, 5_000)).status === status) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

describe('database outage', () => {
  it('answers with an error within seconds while PostgreSQL is down, and recovers after it restarts', async () => {
    expect(fs.existsSync(path.join(process.cwd(), '.next', 'BUILD_ID')), 'a production build is needed (npm run build)').toBe(true);
    pgServer = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), password });
    const pgPort = pgServer.port;
    await ensureDatabase(pgServer, 'outage');
    const url = pgServer.url('outage');
    await prepareDatabase(url, () => {});
    const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
    app = spawn(process.execPath, [nextBin, 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
      env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'ignore',
    });
    expect(await waitFor('/', 200, 60_000), 'app up').toBe(true);
    expect((await get('/api/v1/districts')).status).toBe(200);

    await pgServer.stop();
    // proxy.ts reuses a healthy check for a second (lib/db/health.ts), so a request in the
    // first second of an outage may reach the page and fail there: a 5xx, never a 200.
    const first = await get('/');
    expect(first.status, '/ at once after the database went down').toBeGreaterThanOrEqual(500);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    // From then on: pages with a loading state would stream a 200 before their data is read; proxy.ts answers 503 first.
    for (const pathname of ['/', '/districts/520304', '/overview', '/api/v1/districts']) {
      const down = await get(pathname);
      expect(down.status, `${pathname} while the database is down`).toBe(503);
      expect(down.ms, `${pathname} answered quickly`).toBeLessThan(12_000);
      expect(down.body, `${pathname} says why`).toContain('数据库无法连接');
    }

    pgServer = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), password, port: pgPort });
    expect(pgServer.port).toBe(pgPort);
    expect(await waitFor('/', 200, 30_000), 'app recovered without a restart').toBe(true);
    expect((await get('/api/v1/districts')).status).toBe(200);
  }, 180_000);
});
