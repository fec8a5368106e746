// The health check proxy.ts asks before every page must not call a healthy database
// unreachable because many requests ask at once. Found by `npm run bench`: at
// concurrency 32 on a busy machine most overview and indicator pages answered 503
// "database unavailable" (and nginx, seeing 503s, then marked every instance down and
// answered 502 for seconds). Each request ran its own ping through the check's
// one-connection pool, so the pings queued and those waiting longer than the 1 s
// connection timeout failed. Here PostgreSQL is real, reached through a TCP relay that
// holds each answer back 100 ms (a database that is slow, not down): 20 requests ask at once.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseReachable } from '@/lib/db/health';
import { useTestDatabase } from '@/tests/test-database';

const DELAY_MS = 100;

/** Forwards to PostgreSQL, delaying what the server sends by DELAY_MS. */
function slowRelay(target: URL): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => { client.destroy(); upstream.destroy(); });
      socket.on('close', () => { client.destroy(); upstream.destroy(); });
    }
    client.on('data', (chunk) => upstream.write(chunk));
    upstream.on('data', (chunk) => setTimeout(() => client.write(chunk), DELAY_MS));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    port: (server.address() as net.AddressInfo).port,
    close: () => new Promise<void>((done) => { sockets.forEach((socket) => socket.destroy()); server.close(() => done()); }),
  })));
}

describe('the database health check under concurrent requests', () => {
  let relay: Awaited<ReturnType<typeof slowRelay>>;

  beforeAll(async () => {
    const { url } = await useTestDatabase('migrated');
    relay = await slowRelay(new URL(url));
    const slow = new URL(url);
    slow.hostname = '127.0.0.1';
    slow.port = String(relay.port);
    // lib/db/health.ts reads DATABASE_URL when it first connects.
    process.env.DATABASE_URL = slow.toString();
  });

  afterAll(async () => relay.close());

  it('answers reachable to 20 requests asking at once, each time the healthy answer has expired', async () => {
    let now = Date.now();
    for (let round = 0; round < 3; round += 1) {
      now += 5_000;
      const answers = await Promise.all(Array.from({ length: 20 }, () => databaseReachable(now)));
      expect(answers.filter((reachable) => !reachable), `round ${round}`).toHaveLength(0);
    }
  });
});
