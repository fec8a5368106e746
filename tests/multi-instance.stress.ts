// Two instances of the app on one database, behind nginx with deploy/nginx.conf: one
// embedded PostgreSQL started here, two `npm start` processes (scripts/start.ts) with the
// same DATABASE_URL on their own ports, and Debian's nginx run as a plain process with the
// shipped config (only its ports rewritten). A write on one instance is read on the other
// at the next request, a session made on one works on the other, sign-in failures
// count across both, and the reminder scheduler both run sends a due reminder once. Needs a production build: the first start.ts builds one if the
// sources changed (minutes), as in tests/supervisor.stress.ts. Run by `npm run test:stress`.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '@/lib/db/client';
import { type EmbeddedServer, ensureDatabase, startEmbeddedPostgres } from '@/lib/db/embedded-postgres';

// MULTI_INSTANCE_PORT moves all three ports (instances on it and the next, nginx 7 above).
const FIRST_PORT = Number(process.env.MULTI_INSTANCE_PORT ?? 3211);
const PORTS = [FIRST_PORT, FIRST_PORT + 1];
const BALANCER_PORT = FIRST_PORT + 7;
const direct = PORTS.map((port) => `http://127.0.0.1:${port}`);
const balanced = `http://127.0.0.1:${BALANCER_PORT}`;
const ADMIN_PASSWORD = 'multi-instance-test-password';
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => fs.existsSync(file));

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'multi-instance-'));
fs.chmodSync(workDir, 0o755);
const nginxPrefix = path.join(workDir, 'nginx');

let postgres: EmbeddedServer | undefined;
const apps: ChildProcess[] = [];
let nginx: ChildProcess | undefined;
let output = '';
const figures: string[] = [];
let databaseUrl = '';

// A real SMTP server both instances' reminder loops send to. Each message takes it a
// second, so the two instances' passes (one a second each) overlap while one is sending.
const received: string[][] = [];
const smtp = new SMTPServer({
  authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], logger: false,
  onData(stream, session, callback) {
    simpleParser(stream).then(async () => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      received.push(session.envelope.rcptTo.map((rcpt) => rcpt.address));
      callback();
    }, callback);
  },
});

async function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  try {
    const response = await fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(20_000) });
    return { status: response.status, body: await response.text() };
  } catch {
    return { status: 0, body: '' };
  }
}

async function waitUntilUp(base: string, withinMs: number): Promise<boolean> {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    if ((await get(`${base}/api/v1/districts`)).status === 200) return true;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return false;
}

function startApp(port: number, url: string): ChildProcess {
  const app = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: {
      ...process.env, NODE_ENV: 'production', PORT: String(port), DATABASE_URL: url, ADMIN_PASSWORD,
      TRUSTED_PROXIES: '127.0.0.1', DATA_DIR: path.join(workDir, `data-${port}`),
      SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as { port: number }).port}`, SMTP_FROM: 'tracker@test.example', REMINDER_INTERVAL_SECONDS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tag = (chunk: Buffer) => { output += chunk.toString().replace(/^/gm, `[${port}] `); };
  app.stdout!.on('data', tag);
  app.stderr!.on('data', tag);
  apps.push(app);
  return app;
}

/** deploy/nginx.conf as shipped, with the instances' and the balancer's ports of this test. */
function nginxConfig(): string {
  const shipped = fs.readFileSync(path.join('deploy', 'nginx.conf'), 'utf8');
  const servers = [...shipped.matchAll(/^\s*server 127\.0\.0\.1:\d+ .*;$/gm)];
  expect(servers.length, 'deploy/nginx.conf lists its instances as `server 127.0.0.1:PORT …;`').toBe(2);
  let config = shipped;
  servers.forEach((line, index) => { config = config.replace(line[0], line[0].replace(/:\d+/, `:${PORTS[index]}`)); });
  expect(config).toMatch(/listen 127\.0\.0\.1:8080;/);
  return config.replace(/listen 127\.0\.0\.1:8080;/, `listen 127.0.0.1:${BALANCER_PORT};`);
}

beforeAll(async () => {
  expect(NGINX, 'nginx is installed (apt-get install nginx; .ci/run does)').toBeDefined();
  postgres = await startEmbeddedPostgres({ dataDir: path.join(workDir, 'postgres'), password: 'multi-instance', port: 54395 });
  await ensureDatabase(postgres, 'district_targets');
  databaseUrl = postgres.url('district_targets');
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));

  // One at a time: the first builds if needed, migrates and seeds; the second finds all done.
  const startedAt = Date.now();
  startApp(PORTS[0]!, databaseUrl);
  expect(await waitUntilUp(direct[0]!, 600_000), `the first instance starts\n${output.slice(-3000)}`).toBe(true);
  figures.push(`  first instance up (migrate, seed, verdicts): ${Date.now() - startedAt} ms`);
  const secondAt = Date.now();
  startApp(PORTS[1]!, databaseUrl);
  expect(await waitUntilUp(direct[1]!, 120_000), `the second instance starts\n${output.slice(-3000)}`).toBe(true);
  figures.push(`  second instance up: ${Date.now() - secondAt} ms`);

  fs.mkdirSync(nginxPrefix);
  const configFile = path.join(nginxPrefix, 'nginx.conf');
  fs.writeFileSync(configFile, nginxConfig());
  const test = spawnSync(NGINX!, ['-p', `${nginxPrefix}/`, '-e', 'stderr', '-c', configFile, '-t'], { encoding: 'utf8' });
  expect(test.status, test.stderr).toBe(0);
  nginx = spawn(NGINX!, ['-p', `${nginxPrefix}/`, '-e', 'stderr', '-c', configFile, '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  nginx.stderr!.on('data', (chunk: Buffer) => { output += `[nginx] ${chunk.toString()}`; });
  expect(await waitUntilUp(balanced, 10_000), `nginx answers\n${output.slice(-2000)}`).toBe(true);
}, 760_000);

afterAll(async () => {
  if (nginx && nginx.exitCode === null) nginx.kill('SIGTERM');
  await Promise.all(apps.map((app) => new Promise<void>((resolve) => {
    if (app.exitCode !== null || app.signalCode !== null) return resolve();
    const force = setTimeout(() => app.kill('SIGKILL'), 15_000);
    app.once('exit', () => { clearTimeout(force); resolve(); });
    app.kill('SIGTERM');
  })));
  await postgres?.stop();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  fs.rmSync(workDir, { recursive: true, force: true });
  console.log(`multi-instance (2 instances behind nginx):\n${figures.join('\n')}`);
}, 60_000);

/** The id of a server action of the shared build, by its exported name. */
function actionId(name: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join('.next', 'server', 'server-reference-manifest.json'), 'utf8')) as { node: Record<string, { exportedName?: string }> };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name);
  expect(found, `server action ${name}`).toBeDefined();
  return found![0];
}

type ActionAnswer = { status: number; body: string; cookie: string | undefined };

/**
 * A form action called as the browser calls it, from a page whose bundle holds it (`useActionState`: previous state, then
 * the form's fields). `forwardedFor` plays an outer proxy: this test runs on 127.0.0.1,
 * which the instances trust, so they believe it, as they would a real front proxy's.
 */
async function callAction(base: string, name: string, fields: Record<string, string>, options: { cookie?: string; forwardedFor?: string; page?: string } = {}): Promise<ActionAnswer> {
  // React's encoding: the form's fields as `_1_<name>`, then the arguments, which refer
  // to them as `$K1`. The arguments come last, as the browser sends them: the server
  // decodes them as soon as they arrive.
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(`_1_${key}`, value);
  form.append('0', '[null,"$K1"]');
  const response = await fetch(`${base}${options.page ?? '/'}`, {
    method: 'POST', body: form, redirect: 'manual', signal: AbortSignal.timeout(30_000),
    headers: {
      origin: base, 'next-action': actionId(name), accept: 'text/x-component',
      ...(options.cookie ? { cookie: options.cookie } : {}), ...(options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : {}),
    },
  });
  const session = response.headers.getSetCookie().find((line) => line.startsWith('session='));
  return { status: response.status, body: await response.text(), cookie: session?.split(';')[0] };
}

function signIn(base: string, password: string, forwardedFor: string): Promise<ActionAnswer> {
  return callAction(base, 'signInAction', { login: 'admin', password, next: '' }, { forwardedFor, page: '/sign-in' });
}

const INVALID = '用户名或密码不正确';
const LOCKED = '登录失败次数过多';

/** Which instance nginx sent each request to, from its access log (deploy/nginx.conf logs upstream=). */
function upstreamCounts(): Record<string, number> {
  const log = fs.readFileSync(path.join(nginxPrefix, 'access.log'), 'utf8');
  const counts: Record<string, number> = {};
  for (const match of log.matchAll(/upstream=127\.0\.0\.1:(\d+)/g)) counts[match[1]!] = (counts[match[1]!] ?? 0) + 1;
  return counts;
}

describe('two instances on one database', () => {
  it('a session made on one instance works on the other, and signing out on that one ends it on both', async () => {
    const signedIn = await signIn(direct[0]!, ADMIN_PASSWORD, '198.51.100.1');
    expect(signedIn.cookie, signedIn.body.slice(0, 500)).toBeDefined();
    for (const base of direct) {
      expect((await get(`${base}/admin`, { cookie: signedIn.cookie! })).status).toBe(200);
      expect((await get(`${base}/admin`)).status).not.toBe(200);
    }
    await callAction(direct[1]!, 'signOutAction', {}, { cookie: signedIn.cookie! });
    for (const base of direct) expect((await get(`${base}/admin`, { cookie: signedIn.cookie! })).status).not.toBe(200);
  }, 60_000);

  it('an outcome recorded on one instance is read on the other at the next request', async () => {
    const { cookie } = await signIn(direct[0]!, ADMIN_PASSWORD, '198.51.100.2');
    expect(cookie).toBeDefined();
    const answer = await get(`${direct[1]}/api/v1/targets?limit=100`);
    const listed = JSON.parse(answer.body) as { data: { id: number; year: number; measure: string; district: { code: string }; latestOutcome: { revision: number } | null }[] };
    // A growth target: its outcome is a percentage whatever the indicator.
    const target = listed.data.find((row) => row.measure === 'growth');
    expect(target, `a seeded growth target in ${answer.body.slice(0, 500)}`).toBeDefined();
    const baseRevision = target!.latestOutcome?.revision ?? 0;
    // Read on the second instance first, so that anything it keeps in memory is warm.
    const pageBefore = await get(`${direct[1]}/districts/${target!.district.code}?year=${target!.year}`);
    expect(pageBefore.status).toBe(200);

    const value = '9.876';
    const written = await callAction(direct[0]!, 'recordOutcomeAction', {
      targetId: String(target!.id), baseRevision: String(baseRevision), value, unit: '%', vintage: 'final',
      documentId: 'new', newKind: 'other', newTitle: '多实例测试', newText: `多实例测试：数值 ${value}。`, quote: `数值 ${value}`, note: '',
    }, { cookie, page: `/targets/${target!.id}/outcomes/new` });
    expect(written.body, 'the write is accepted').toContain('"ok":true');

    for (const base of [direct[1]!, direct[0]!]) {
      const read = JSON.parse((await get(`${base}/api/v1/targets/${target!.id}`)).body) as { data: { latestOutcome: { id: number; revision: number; value: string }; verdict: { basedOnOutcomeId: number | null } } };
      expect(read.data.latestOutcome.revision).toBe(baseRevision + 1);
      expect(Number(read.data.latestOutcome.value)).toBe(Number(value));
      // The stored verdict was written by the same transaction, so it already rests on it.
      expect(read.data.verdict.basedOnOutcomeId).toBe(read.data.latestOutcome.id);
    }
    const pageAfter = await get(`${direct[1]}/districts/${target!.district.code}?year=${target!.year}`);
    expect(pageAfter.status).toBe(200);
    expect(pageAfter.body).toContain(value);
    expect(pageBefore.body).not.toContain(value);
  }, 60_000);

  it('sign-in failures count across both instances', async () => {
    // Three failures of one account from one address, on alternate instances: the third
    // starts the back-off (FREE_FAILURES = 3), which only happens if both counted.
    const address = '198.51.100.3';
    expect((await signIn(direct[0]!, 'wrong-1', address)).body).toContain(INVALID);
    expect((await signIn(direct[1]!, 'wrong-2', address)).body).toContain(INVALID);
    expect((await signIn(direct[0]!, 'wrong-3', address)).body).toContain(LOCKED);
    // The right password from that address is refused at once on the other instance too...
    const refused = await signIn(direct[1]!, ADMIN_PASSWORD, address);
    expect(refused.body).toContain(LOCKED);
    expect(refused.cookie).toBeUndefined();
    // ...and still works from another address.
    expect((await signIn(direct[1]!, ADMIN_PASSWORD, '198.51.100.4')).cookie).toBeDefined();
  }, 60_000);
});

describe('behind nginx (deploy/nginx.conf)', () => {
  it('spreads requests over both instances', async () => {
    for (let i = 0; i < 10; i++) expect((await get(`${balanced}/api/v1/districts`)).status).toBe(200);
    const counts = upstreamCounts();
    expect(Object.keys(counts).sort()).toEqual(PORTS.map(String));
    for (const port of PORTS) expect(counts[String(port)]).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it('forwards the client address, so the throttle keys on the client and not on nginx', async () => {
    // An outer proxy says the client is 203.0.113.9; nginx appends its own peer
    // ($proxy_add_x_forwarded_for) and the instances, trusting 127.0.0.1, find the client.
    const before = upstreamCounts();
    expect((await signIn(balanced, 'wrong-1', '203.0.113.9')).body).toContain(INVALID);
    expect((await signIn(balanced, 'wrong-2', '203.0.113.9')).body).toContain(INVALID);
    expect((await signIn(balanced, 'wrong-3', '203.0.113.9')).body).toContain(LOCKED);
    const after = upstreamCounts();
    // The three failures reached both instances (least_conn breaks ties in turn).
    expect(PORTS.every((port) => (after[String(port)] ?? 0) > (before[String(port)] ?? 0))).toBe(true);
    // Another client through the same balancer is not blocked: with a plain
    // `X-Forwarded-For $remote_addr` every client would be 127.0.0.1, one key.
    const other = await signIn(balanced, ADMIN_PASSWORD, '203.0.113.10');
    expect(other.cookie, other.body.slice(0, 300)).toBeDefined();
  }, 60_000);

  it('measures: a district page, 40 requests at concurrency 4, one instance directly vs. both through nginx', async () => {
    const listed = JSON.parse((await get(`${balanced}/api/v1/districts`)).body) as { data: { code: string }[] };
    const pathname = `/districts/${listed.data[0]!.code}`;
    const measure = async (base: string) => {
      const times: number[] = [];
      const worker = async () => {
        while (times.length < 40) {
          const started = performance.now();
          expect((await get(`${base}${pathname}`)).status).toBe(200);
          times.push(performance.now() - started);
        }
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
      times.sort((a, b) => a - b);
      return `p50 ${Math.round(times[Math.floor(times.length * 0.5)]!)} ms, p95 ${Math.round(times[Math.floor(times.length * 0.95)]!)} ms`;
    };
    await get(`${direct[0]}${pathname}`);
    await get(`${direct[1]}${pathname}`);
    figures.push(`  ${pathname} c=4, one instance directly: ${await measure(direct[0]!)}`);
    figures.push(`  ${pathname} c=4, two instances through nginx: ${await measure(balanced)}`);
  }, 120_000);
});

describe('the reminder scheduler on both instances (lib/reminders)', () => {
  it('a reminder that falls due is sent once, though both instances run a pass every second', async () => {
    for (const port of PORTS) expect(output, `instance ${port} runs the reminder loop`).toContain(`[${port}] [start] Reminder e-mails on, checked every 1 s.`);
    const db = createDb(databaseUrl);
    try {
      const first = await db.target.findFirstOrThrow({ orderBy: { id: 'asc' }, select: { districtId: true } });
      const district = await db.district.findUniqueOrThrow({ where: { id: first.districtId } });
      const admin = await db.user.findUniqueOrThrow({ where: { username: 'admin' } });
      const unit = await db.responsibleUnit.create({ data: { districtId: district.id, name: '多实例提醒测试局', shortName: '提醒测试局' } });
      const member = await db.user.create({ data: { username: 'multi-instance-reminded', displayName: '提醒测试', passwordHash: '!', role: 'staff', email: 'reminded@test.example' } });
      await db.userUnit.create({ data: { userId: member.id, unitId: unit.id } });
      const targets = await db.target.findMany({ where: { districtId: district.id }, orderBy: { id: 'asc' }, take: 2, select: { id: true, year: true } });
      expect(targets).toHaveLength(2);
      // Due the day after tomorrow (Beijing): its "due soon" reminder is due now.
      const beijingToday = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
      const round = await db.reportingRound.create({
        data: { districtId: district.id, year: targets[0]!.year, title: '多实例提醒测试', periodMonths: 11, dueOn: new Date(Date.parse(`${beijingToday}T00:00:00Z`) + 2 * 86_400_000), openedById: admin.id },
      });
      await db.roundItem.createMany({ data: targets.map((target) => ({ roundId: round.id, targetId: target.id, unitId: unit.id, unitRole: 'lead' as const, state: 'todo' as const })) });

      const deadline = Date.now() + 60_000;
      while (received.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
      expect(received.length, `a reminder arrives\n${output.slice(-2000)}`).toBeGreaterThan(0);
      // Several more passes of both instances.
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      expect(received).toEqual([['reminded@test.example']]);
      expect(await db.reminderSent.count({ where: { roundId: round.id } })).toBe(1);
      expect(await db.auditLog.count({ where: { action: 'reminder.send', entityType: 'reporting_round', entityId: String(round.id) } })).toBe(1);
    } finally {
      await db.$disconnect();
    }
  }, 120_000);
});
