// `npm start` keeps the site up when its processes die: the real start script, on its
// own port and data directory, has next-server and then the embedded PostgreSQL
// killed with SIGKILL, and the site must answer again within 10 s each; SIGTERM then
// stops everything, leaving no PostgreSQL behind. Needs a production build (start.ts
// builds one if the sources changed, which takes minutes); run by `npm run test:stress`.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PORT = 3201;
const base = `http://127.0.0.1:${PORT}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'supervisor-'));
fs.chmodSync(dataDir, 0o755);
const RECOVERY_MS = 10_000;

let app: ChildProcess | undefined;
let output = '';
const figures: string[] = [];

/** The latest pid the start script logged for a supervised process. */
function loggedPid(name: 'PostgreSQL' | 'next-server'): number | undefined {
  const matches = [...output.matchAll(new RegExp(`${name} (?:running|restarted) \\(pid (\\d+)\\)`, 'g'))];
  const last = matches.at(-1)?.[1];
  return last ? Number(last) : undefined;
}

/** Pids of processes whose command line mentions our data directory (the embedded PostgreSQL and its backends). */
function postgresProcesses(): number[] {
  return fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name)).flatMap((pid) => {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dataDir) ? [Number(pid)] : [];
    } catch {
      return [];
    }
  });
}

function alive(pid: number | undefined): boolean {
  try {
    process.kill(pid!, 0);
    return true;
  } catch {
    return false;
  }
}

async function status(pathname: string): Promise<number> {
  try {
    const response = await fetch(`${base}${pathname}`, { signal: AbortSignal.timeout(3_000), redirect: 'manual' });
    await response.text();
    return response.status;
  } catch {
    return 0;
  }
}

/** Milliseconds until both the home page and a database-backed API answer 200, or Infinity. */
async function msUntilUp(withinMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    const answers = await Promise.all([status('/'), status('/api/v1/districts')]);
    if (answers.every((answer) => answer === 200)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return Infinity;
}

beforeAll(async () => {
  app = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: { ...process.env, NODE_ENV: 'production', PORT: String(PORT), DATA_DIR: dataDir, ADMIN_PASSWORD: 'supervisor-test-password', DATABASE_URL: '', EMBEDDED_PG_PORT: '54391' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app.stdout!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  app.stderr!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  expect(await msUntilUp(600_000), `the app starts\n${output.slice(-2000)}`).toBeLessThan(Infinity);
}, 620_000);

afterAll(() => {
  if (app && app.exitCode === null) app.kill('SIGKILL');
  for (const pid of postgresProcesses()) process.kill(pid, 'SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
  console.log(`supervisor (time until the site answers again):\n${figures.join('\n')}`);
});

/** An anonymous call of the import page's server action, as the browser sends it, with `fileName`. */
async function importUpload(fileName: Buffer, size = 100): Promise<{ status: number; body: string }> {
  const manifest = JSON.parse(fs.readFileSync(path.join('.next', 'server', 'server-reference-manifest.json'), 'utf8')) as { node: Record<string, { exportedName?: string }> };
  const actionId = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === 'importAction')![0];
  const boundary = '----upload';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n[null,"$K1"]\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="1_mode"\r\n\r\npreview\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="1_file"; filename="`), fileName,
    Buffer.from('"\r\nContent-Type: text/csv\r\n\r\n'), Buffer.alloc(size, 'a'), Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const response = await fetch(`${base}/import`, {
    method: 'POST', body,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, origin: base, 'next-action': actionId, accept: 'text/x-component' },
  });
  return { status: response.status, body: await response.text() };
}

describe('upload requests the framework would fail on', () => {
  it('an ordinary upload still reaches the action (here: refused as anonymous, in the action\'s own answer)', async () => {
    const answer = await importUpload(Buffer.from('成果.csv'));
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('"code":"unauthenticated"');
  });

  it('a NUL in the file name gets 400 with a message, not a 500', async () => {
    const answer = await importUpload(Buffer.from('a\u0000.csv'));
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('请重命名文件后重新上传');
  });

  it('a body over the limit gets 413 with a message, not a 500', async () => {
    const answer = await importUpload(Buffer.from('big.csv'), 7 * 1024 * 1024);
    expect(answer.status).toBe(413);
    expect(answer.body).toContain('5 MB');
  });
});

describe('npm start supervises its processes', () => {
  it('restarts next-server after SIGKILL', async () => {
    const pid = loggedPid('next-server');
    expect(alive(pid)).toBe(true);
    process.kill(pid!, 'SIGKILL');
    const ms = await msUntilUp(RECOVERY_MS);
    figures.push(`  next-server killed: ${ms} ms`);
    expect(ms, output.slice(-2000)).toBeLessThan(RECOVERY_MS);
    expect(loggedPid('next-server')).not.toBe(pid);
    expect(output).toMatch(/next-server stopped unexpectedly \(signal SIGKILL\); restarting in \d+ ms/);
  }, 30_000);

  it('restarts PostgreSQL after SIGKILL, despite its leftover postmaster.pid, and the app reconnects', async () => {
    const pid = loggedPid('PostgreSQL');
    expect(alive(pid)).toBe(true);
    process.kill(pid!, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 50));
    // SIGKILL leaves the lock file behind.
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);
    const ms = await msUntilUp(RECOVERY_MS);
    figures.push(`  PostgreSQL killed: ${ms} ms`);
    expect(ms, output.slice(-2000)).toBeLessThan(RECOVERY_MS);
    expect(loggedPid('PostgreSQL')).not.toBe(pid);
    expect(output).toMatch(/PostgreSQL stopped unexpectedly \(signal SIGKILL\)/);
  }, 30_000);

  it('SIGTERM stops everything, with no PostgreSQL process left', async () => {
    const server = loggedPid('next-server');
    expect(postgresProcesses().length).toBeGreaterThan(0);
    const exit = new Promise<number | null>((resolve) => app!.once('exit', (code) => resolve(code)));
    app!.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(alive(server)).toBe(false);
    expect(postgresProcesses()).toEqual([]);
  }, 40_000);
});
