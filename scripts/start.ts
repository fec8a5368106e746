// `npm start`: build if needed, open the database (embedded unless DATABASE_URL is
// set), migrate, seed, create the first admin, then serve. The web server and the
// embedded PostgreSQL are supervised (lib/runtime/supervisor.ts): either one that dies
// is started again, with back-off. Ctrl-C / SIGTERM stop the web server first and the
// embedded PostgreSQL after it.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { exited } from '@/lib/db/embedded-postgres';
import { startReminders } from '@/lib/reminders/start';
import { openDatabase } from '@/lib/runtime/database';
import { prepareDatabase } from '@/lib/runtime/prepare-database';
import { type Running, Supervisor } from '@/lib/runtime/supervisor';
import { buildIsCurrent, recordBuild, sourceFingerprint } from './build-fingerprint';

const root = process.cwd();
const dev = process.argv.includes('--dev');
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1' };
const log = (line: string) => console.log(`[start] ${line}`);

if (!dev && !buildIsCurrent(root)) {
  log('Building the production app (first start or sources changed)…');
  // The sources as the build reads them: a file edited during the build makes the next start rebuild.
  const fingerprint = sourceFingerprint(root);
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
  recordBuild(root, fingerprint);
}

const database = await openDatabase();
log(database.embedded ? `Embedded PostgreSQL running on ${new URL(database.url).port}.` : 'Using DATABASE_URL.');
try {
  await prepareDatabase(database.url, log);
} catch (error) {
  console.error(`[start] ${(error as Error).message}`);
  await database.stop();
  process.exit(1);
}

const supervisor = new Supervisor(log);
const pg = database.server;
if (pg) {
  const current = (): Running => ({ ...pg.current(), stop: pg.stop });
  supervisor.add('PostgreSQL', current(), async () => {
    await pg.restart();
    return current();
  });
}

const port = process.env.PORT ?? '3000';
supervisor.add('next-server', startServer(), async () => startServer());
log(`Serving on http://localhost:${port}`);
// Reminder e-mails (SMTP_URL): a loop in this process, beside the web server; each
// instance may run one, reminder_sent keeps every message single (lib/reminders/).
const reminders = startReminders(database.url, process.env, log);

let exiting = false;
const shutdown = async (signal: NodeJS.Signals) => {
  if (exiting) return;
  exiting = true;
  log(`${signal}: stopping the web server, then the database.`);
  // The reminder loop first: a pass in progress finishes while the database is still up.
  await reminders?.stop();
  await supervisor.stop();
  process.exit(0);
};
// The embedded-postgres package hooks these signals (async-exit-hook) to stop PostgreSQL
// at once and exit with 143, racing the ordered shutdown here (web server first, exit 0).
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

function startServer(): Running {
  const server = spawn(process.execPath, [nextBin, dev ? 'dev' : 'start', '-p', port], {
    stdio: 'inherit',
    env: { ...env, DATABASE_URL: database.url, NODE_OPTIONS: withPeerAddress(withHeapLimit(process.env.NODE_OPTIONS)) },
  });
  const done = exited(server);
  return {
    pid: server.pid,
    exited: done,
    stop: async () => {
      // Ctrl-C in a terminal has signalled it already; otherwise ask, then insist.
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
      const force = setTimeout(() => server.kill('SIGKILL'), 10_000);
      await done;
      clearTimeout(force);
    },
  };
}

/**
 * A heap budget for the server (SERVER_HEAP_MB, default 512) unless NODE_OPTIONS sets one.
 * Node's default on a big machine is a quarter of its memory, and V8 grows into it under
 * load (1.3 GB in the benchmark at 32 connections) though the live data is far smaller;
 * with the budget it collects sooner: a national-year export peaked at ~300 MB, not ~500.
 */
function withHeapLimit(options: string | undefined): string {
  if (options?.includes('--max-old-space-size')) return options;
  const mb = Number(process.env.SERVER_HEAP_MB ?? 512);
  return [options, `--max-old-space-size=${mb}`].filter(Boolean).join(' ');
}

/** Preloads the hook that tells the app each request's TCP peer (see scripts/peer-address.mjs). */
function withPeerAddress(options: string): string {
  return `${options} --import ${JSON.stringify(pathToFileURL(path.join(root, 'scripts', 'peer-address.mjs')).href)}`.trim();
}
