// The benchmark's rows with writes (issue 15): readers while a writer records one
// outcome a second, and many writers on distinct targets. Writes go through
// recordOutcomeAction over HTTP (bench/action-client.ts); afterwards the database is
// checked: every accepted write stored once, with its audit row, and the stored verdict
// resting on the latest revision.
import http from 'node:http';
import type pg from 'pg';
import { recordOutcome, type WriteTarget } from './action-client';
import { type Summary, summarize } from './stats';

export type ReaderFigures = { label: string; path: string } & Summary & { errors: number };
export type ReadAfterWrite = {
  readers: number; seconds: number; pages: ReaderFigures[]; all: Summary & { errors: number; rps: number };
  writes: { attempted: number; accepted: number; p95: number; visibleAtNextRead: number; refusals: string[] } | null;
};

type Page = { label: string; path: string };

/**
 * A page as a browser asks for it (accepting gzip, one keep-alive connection per reader), timed
 * to its last byte. Through node:http, and the bytes are not decompressed: the server's work is
 * the same, and the benchmark's process, which shares the two cores with the server, no longer
 * spends ~9 ms of CPU a page on fetch's streams and gunzip (bench/results.md, session 10).
 */
async function timedGet(url: string): Promise<{ ms: number; ok: boolean }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const done = (ok: boolean) => resolve({ ms: performance.now() - started, ok });
    const request = http.get(url, { agent, timeout: 120_000, headers: { 'accept-encoding': 'gzip, deflate' } }, (response) => {
      response.on('data', () => {});
      response.on('end', () => done(response.statusCode === 200));
      response.on('error', () => done(false));
    });
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', () => done(false));
  });
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/**
 * `readers` loops, each loading the pages in turn (starting at a different one), for
 * `seconds`; with a writer, one outcome a second on `targets` in turn, and after each
 * accepted write a read of the target through the API that must show the new revision.
 */
export async function readAfterWrite(base: string, pages: Page[], options: { readers: number; seconds: number; writer?: { cookies: Map<number, string>; targets: WriteTarget[] } }): Promise<ReadAfterWrite> {
  const until = Date.now() + options.seconds * 1000;
  const samples = pages.map(() => [] as number[]);
  const errors = pages.map(() => 0);
  const reader = async (offset: number) => {
    for (let i = offset; Date.now() < until; i += 1) {
      const page = i % pages.length;
      const result = await timedGet(`${base}${pages[page]!.path}`);
      samples[page]!.push(result.ms);
      if (!result.ok) errors[page]! += 1;
    }
  };
  const writer = async () => {
    const w = options.writer!;
    const times: number[] = [];
    const refusals: string[] = [];
    let attempted = 0;
    let refused = 0;
    let visible = 0;
    for (let second = 0; Date.now() < until; second += 1) {
      const tick = Date.now();
      const target = w.targets[second % w.targets.length]!;
      attempted += 1;
      const result = await recordOutcome(base, w.cookies, target, `read-after-write ${second}`);
      times.push(result.ms);
      if (result.ok) {
        const read = await fetch(`${base}/api/v1/targets/${target.targetId}`, { signal: AbortSignal.timeout(60_000) })
          .then((response) => response.json() as Promise<{ data?: { latestOutcome?: { revision: number } | null } }>)
          .catch(() => null);
        if (read?.data?.latestOutcome?.revision === target.revision) visible += 1;
      } else {
        refused += 1;
        if (refusals.length < 5) refusals.push(result.reason ?? '');
      }
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, tick + 1000 - Date.now())));
    }
    const accepted = attempted - refused;
    return { attempted, accepted, p95: summarize(times).p95, visibleAtNextRead: visible, refusals };
  };
  const started = performance.now();
  const [writes] = await Promise.all([
    options.writer ? writer() : Promise.resolve(null),
    ...Array.from({ length: options.readers }, (_, index) => reader(index)),
  ]);
  const elapsed = (performance.now() - started) / 1000;
  const all = samples.flat();
  return {
    readers: options.readers, seconds: options.seconds,
    pages: pages.map((page, index) => ({ ...page, ...summarize(samples[index]!), errors: errors[index]! })),
    all: { ...summarize(all), errors: errors.reduce((a, b) => a + b, 0), rps: all.length / elapsed },
    writes,
  };
}

export type ManyWriters = {
  writers: number; seconds: number; attempted: number; accepted: number; perSecond: number; p50: number; p95: number; max: number;
  refusals: string[]; stored: number; audited: number; verdictsOnLatest: number; contiguous: boolean;
  /** The web server's CPU time per write (bench.ts measures it). */
  cpuMsPerWrite?: number;
  pgCpuMsPerWrite?: number;
};

/** One writer per target, each recording outcomes back to back for `seconds`; then the database is checked. */
export async function manyWriters(base: string, pool: pg.Pool, cookies: Map<number, string>, targets: WriteTarget[], seconds: number): Promise<ManyWriters> {
  const before = Number((await pool.query<{ id: number | null }>('SELECT max(id) AS id FROM outcome')).rows[0]!.id ?? 0);
  const startRevision = new Map(targets.map((target) => [target.targetId, target.revision]));
  const times: number[] = [];
  const refusals: string[] = [];
  let attempted = 0;
  const until = Date.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(targets.map(async (target, index) => {
    for (let n = 0; Date.now() < until; n += 1) {
      attempted += 1;
      const result = await recordOutcome(base, cookies, target, `writer ${index} #${n}`);
      times.push(result.ms);
      if (!result.ok) refusals.push(result.reason ?? '');
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  const accepted = attempted - refusals.length;
  const ids = targets.map((target) => target.targetId);

  // Every accepted write stored once (new revisions of these series), each with its audit row.
  const stored = (await pool.query<{ n: string; contiguous: boolean }>(`
    SELECT count(*) AS n, bool_and(x.revision = x.base + x.rn) AS contiguous FROM (
      SELECT o.revision, b.base, row_number() OVER (PARTITION BY t.id ORDER BY o.revision) AS rn
      FROM outcome o JOIN target t ON t.district_id = o.district_id AND t.indicator_id = o.indicator_id AND t.year = o.year AND t.measure = o.measure
      JOIN unnest($2::int[], $3::int[]) AS b(target_id, base) ON b.target_id = t.id
      WHERE o.id > $1) x`, [before, ids, ids.map((id) => startRevision.get(id)!)])).rows[0]!;
  const audited = Number((await pool.query<{ n: string }>(`
    SELECT count(*) AS n FROM audit_log a JOIN outcome o ON a.entity_type = 'outcome' AND a.action = 'outcome.record' AND a.entity_id = o.id::text
    JOIN target t ON t.district_id = o.district_id AND t.indicator_id = o.indicator_id AND t.year = o.year AND t.measure = o.measure
    WHERE o.id > $1 AND t.id = ANY($2)`, [before, ids])).rows[0]!.n);
  const onLatest = Number((await pool.query<{ n: string }>(`
    SELECT count(*) AS n FROM target_verdict v JOIN target t ON t.id = v.target_id
    WHERE t.id = ANY($1) AND v.outcome_id = (SELECT o.id FROM outcome o WHERE o.district_id = t.district_id AND o.indicator_id = t.indicator_id
      AND o.year = t.year AND o.measure = t.measure ORDER BY o.revision DESC LIMIT 1)`, [ids])).rows[0]!.n);
  const s = summarize(times);
  return {
    writers: targets.length, seconds, attempted, accepted, perSecond: accepted / elapsed, p50: s.p50, p95: s.p95, max: s.max,
    refusals: [...new Set(refusals)].slice(0, 5), stored: Number(stored.n), audited, verdictsOnLatest: onLatest, contiguous: stored.contiguous ?? true,
  };
}
