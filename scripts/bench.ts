// `npm run bench`: national-scale benchmark (issues 8 and 15) against the SYNTHETIC data
// set (`npm run seed:synthetic` first). Starts the production app on it (scripts/start.ts,
// PORT 3200), measures pages, API and exports with autocannon at c=1 and c=32, the
// raw-SQL floor of each, the server's peak RSS; then readers while a writer records an
// outcome a second, 32 writers on distinct targets, and the pages again with 2 and 4
// instances behind nginx (deploy/nginx.conf); and writes bench/results.md.
//
// BENCH_PORT (3200): the first instance; the others take the next ports and nginx
// BENCH_PORT + 7. BENCH_SECONDS (10) per load run, BENCH_BALANCER_WARM_SECONDS (3) of warm-up per instance and page, BENCH_WRITE_SECONDS (60) for the
// writers, BENCH_RAW_SECONDS (30) for read-after-write, BENCH_INSTANCES ("2,4"; "1": nginx before one instance),
// BENCH_ONLY: only the rows whose label contains one of its comma-separated words
// ("export csv", "district page", "home page", "read-after-write", "writers", "nginx", "report extraction"). BENCH_OUT: the
// file to write (bench/results.md), so a partial run need not overwrite the full results.
// Every run works on a fresh copy of the synthetic database (bench/copy.ts), dropped at
// the end: the write rows' revisions never reach the synthetic database itself.
// The 32 writers write series no earlier run wrote to; BENCH_WRITER_SERIES=revised: the
// much-revised series every earlier run wrote to instead.
import type { spawn } from 'node:child_process';
import os from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { floors, type Sample } from '@/bench/floors';
import { growthTargets, signInDistrictStaff } from '@/bench/action-client';
import { startInstance, startNginx, stopInstance } from '@/bench/balancer';
import { copyForRun } from '@/bench/copy';
import { type ExtractionTiming, timeExtraction, worstCaseText } from '@/bench/extraction';
import { cpuMs, findNextServer, postgresCpuMs, rssMonitor } from '@/bench/process';
import { type BalancedRow, writeResults, type Row } from '@/bench/report';
import { summarize } from '@/bench/stats';
import { manyWriters, type ManyWriters, readAfterWrite, type ReadAfterWrite } from '@/bench/writes';
import { SYNTHETIC_MARKER_KEY } from '@/lib/synthetic/guard';
import { openSyntheticDatabase } from '@/lib/synthetic/database';
import { seedReportFiles } from './seed-report-files';

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WRITE_SECONDS = Number(process.env.BENCH_WRITE_SECONDS ?? 60);
const RAW_SECONDS = Number(process.env.BENCH_RAW_SECONDS ?? 30);
// 1 puts nginx in front of the one instance: the proxy's own cost, apart from balancing.
const INSTANCE_COUNTS = (process.env.BENCH_INSTANCES ?? '2,4').split(',').map(Number).filter((n) => n >= 1 && n <= 7);
const BALANCER_PORT = PORT + 7;
// Seconds of direct load on each instance, per page, before that page's rows behind nginx.
const BALANCER_WARM_SECONDS = Number(process.env.BENCH_BALANCER_WARM_SECONDS ?? 3);
const BASE = `http://127.0.0.1:${PORT}`;
/** The most revisions the generator gives a series (estimate, preliminary, final); more means a benchmark run wrote to it. */
const FRESH_REVISIONS = 3;
const log = (line: string) => console.log(`[bench] ${line}`);

const database = await openSyntheticDatabase();
{
  const check = new pg.Client({ connectionString: database.url });
  await check.connect();
  const marker = await check.query('SELECT value FROM app_setting WHERE key = $1', [SYNTHETIC_MARKER_KEY]).finally(() => check.end());
  if (marker.rows[0]?.value !== true) {
    await database.stop();
    throw new Error('The benchmark database is not the synthetic data set; run `npm run seed:synthetic` first.');
  }
}
// Every run on a fresh copy (bench/copy.ts): the write rows' revisions never reach the
// synthetic database, so each run reads the same data as the last.
const copy = await copyForRun(database.url);
log(`Running on ${copy.name}, a copy of the synthetic database made in ${copy.seconds.toFixed(1)} s; dropped at the end`);
const pool = new pg.Pool({ connectionString: copy.url, max: 4 });
// An idle client whose connection PostgreSQL ends (its shutdown at teardown) is reported
// as the pool's 'error' event; unheard, it threw and ended the run with a stack trace.
pool.on('error', (error) => log(`A database connection closed: ${error.message}`));
let server: ReturnType<typeof spawn> | null = null;
try {
  // Revisions written into the synthetic database by runs from before the copies
  // (up to session 9); they stay, the same in every run, and the results say how many.
  const earlierRuns = (await pool.query<{ series: string; revisions: string }>(`SELECT count(*) AS series, coalesce(sum(n), 0) AS revisions
    FROM (SELECT count(*) - ${FRESH_REVISIONS} AS n FROM outcome GROUP BY district_id, indicator_id, year, measure HAVING max(revision) > ${FRESH_REVISIONS}) s`)).rows[0]!;
  const sample = await pickSample(pool);
  log(`Sample: district ${sample.districtCode}, indicator ${sample.indicatorKey}, year ${sample.year}, target ${sample.targetId}`);

  const loadBefore = os.loadavg();
  const only = (process.env.BENCH_ONLY ?? '').toLowerCase().split(',').map((word) => word.trim()).filter(Boolean);
  const wanted = (label: string) => only.length === 0 || only.some((word) => label.toLowerCase().includes(word));
  // Before the server starts: the extractor's first calls in this process are cold, and nothing else runs here.
  let extraction: ExtractionTiming[] = [];
  if (wanted('report extraction')) {
    const indicators = (await pool.query(`SELECT key, name_zh AS "nameZh", name_en AS "nameEn", aliases, level_unit AS "levelUnit", higher_is_better AS "higherIsBetter"
      FROM indicator ORDER BY id`)).rows;
    const reports = seedReportFiles().map(({ file, text }) => ({ label: `Seed report ${file}`, text }));
    extraction = timeExtraction([...reports, { label: 'Headline clauses without a stop, at the text limit', text: worstCaseText() }], indicators);
    for (const t of extraction) log(`Extraction, ${t.label} (${(t.bytes / 1024).toFixed(0)} KB): cold ${t.coldMs.toFixed(0)} ms, warm p50 ${t.p50.toFixed(1)} p95 ${t.p95.toFixed(1)} ms, ${t.proposals} proposals`);
  }
  server = startInstance(PORT, copy.url);
  await waitForServer(server, `${BASE}/api/v1/districts`, 15 * 60_000);
  const nextPid = findNextServer(server.pid!);
  if (!nextPid) throw new Error('next-server process not found');
  const rss = rssMonitor(nextPid);
  log(`next-server pid ${nextPid}`);

  const f = floors(sample);
  const rows: Row[] = [];
  const loadTests: [string, string, keyof typeof f][] = [
    [`Overview page, year ${sample.year}`, `/overview?year=${sample.year}`, 'overview'],
    ['District page', `/districts/${sample.districtCode}?year=${sample.year}`, 'district'],
    ['Indicator comparison page', `/indicators/${sample.indicatorKey}?year=${sample.year}`, 'indicator'],
    ['Target page', `/targets/${sample.targetId}`, 'target'],
    ['API targets list (limit 50)', '/api/v1/targets?limit=50', 'api'],
    ['Scorecard CSV, one district', `/api/v1/scorecards?format=csv&district=${sample.districtCode}&year=${sample.year}`, 'scorecardDistrict'],
    ['Scorecard XLSX, one district', `/api/v1/scorecards?format=xlsx&district=${sample.districtCode}&year=${sample.year}`, 'scorecardDistrict'],
    // The home page's first 60 districts (859a4f2): at national scale it listed all 2,850 (8.5 MB) until session 9.
    ['Home page (first 60 districts)', '/', 'home'],
    ['Overview page (default: latest year)', '/overview', 'overview'],
    // Last: every year's verdict summary (513k targets) on a cold cache for the years not read yet.
    ['Overview page, all years', '/overview?year=all', 'overviewAll'],
  ];
  const exports: Row[] = [];
  for (const format of ['csv', 'xlsx'] as const) {
    if (!wanted(`export ${format}`)) continue;
    const path = `/api/v1/scorecards?format=${format}&year=${sample.year}`;
    const floor = await timeFloor(pool, f.scorecardAll!.run, 3);
    const times: number[] = [];
    let status = 0;
    let bytes = 0;
    const cpu: number[] = [];
    rss.reset();
    for (let i = 0; i < 3; i += 1) {
      const cpuBefore = cpuMs(nextPid);
      const result = await timeRequest(path);
      cpu.push(cpuMs(nextPid) - cpuBefore);
      times.push(result.ms);
      status = result.status;
      bytes = result.bytes;
      log(`All-district ${format.toUpperCase()} ${sample.year}: ${(result.ms / 1000).toFixed(1)} s, HTTP ${status}, ${(bytes / 1e6).toFixed(1)} MB, RSS peak ${rss.peak().toFixed(0)} MB`);
    }
    const s = summarize(times);
    exports.push({ label: `Scorecard ${format.toUpperCase()}, all districts, ${sample.year} (${(bytes / 1e6).toFixed(1)} MB, HTTP ${status})`, path, connections: 1, firstMs: times[0]!, ...s, rps: Number.NaN, errors: status === 200 ? 0 : 1, non2xx: status === 200 ? 0 : 1, rssMb: rss.peak(), cpuMs: summarize(cpu).p50, floorMs: floor, floorName: f.scorecardAll!.name });
  }
  for (const [label, path, floorKey] of loadTests) {
    if (!wanted(label)) continue;
    let first = await timeRequest(path).catch((error: Error) => ({ ms: Number.NaN, status: 0, bytes: 0, error }));
    const cold = first.ms;
    // A page slow on its first request (cold PostgreSQL buffers): report that cold
    // request, and load-test the page if a second request is fast.
    if (!(first.ms < 5_000) && first.status === 200) {
      const second = await timeRequest(path);
      log(`${label}: cold request ${cold.toFixed(0)} ms, second ${second.ms.toFixed(0)} ms`);
      if (second.ms < 5_000) first = second;
    }
    if (!(first.ms < 5_000)) {
      // Too slow (or failed) for a timed load run: three sequential requests at most, no c=32.
      const times = [first.ms];
      for (let i = 0; i < 2 && first.status === 200; i += 1) times.push((await timeRequest(path)).ms);
      const s = summarize(times);
      const floor = await timeFloor(pool, f[floorKey]!.run, 3);
      rows.push({ label: `${label} (sequential; c=32 not run)`, path, connections: 1, firstMs: cold, ...s, rps: 1000 / s.p50, errors: first.status === 200 ? 0 : 1, non2xx: first.status === 200 ? 0 : 1, rssMb: rss.peak(), cpuMs: Number.NaN, floorMs: floor, floorName: f[floorKey]!.name });
      log(`${label}: sequential ${times.map((t) => t.toFixed(0)).join(', ')} ms, HTTP ${first.status}, RSS ${rss.peak().toFixed(0)} MB`);
      continue;
    }
    log(`${label}: first request ${first.ms.toFixed(0)} ms, HTTP ${first.status}, ${first.bytes} bytes`);
    const floor = await timeFloor(pool, f[floorKey]!.run);
    for (const connections of [1, 32]) {
      rss.reset();
      const cpuBefore = cpuMs(nextPid);
      const pgBefore = postgresCpuMs();
      const result = await load(path, connections, first.ms > 20_000 ? Math.max(SECONDS, 20) : SECONDS);
      const cpu = (cpuMs(nextPid) - cpuBefore) / result.n;
      await waitForIdle([nextPid]);
      // After the wait: the queries of requests autocannon gave up on are paid for too.
      const pgCpu = (postgresCpuMs() - pgBefore) / result.n;
      rows.push({ label, path, connections, firstMs: cold, ...result, rssMb: rss.peak(), cpuMs: cpu, pgCpuMs: pgCpu, floorMs: floor, floorName: f[floorKey]!.name });
      log(`${label} c=${connections}: p50 ${result.p50.toFixed(0)} p95 ${result.p95.toFixed(0)} max ${result.max.toFixed(0)} ms, ${result.rps.toFixed(1)} req/s, errors ${result.errors}, RSS ${rss.peak().toFixed(0)} MB`);
    }
  }
  rss.stop();

  // Issue 15: writes through the app while it serves.
  let raw: { quiet: ReadAfterWrite; writing: ReadAfterWrite } | null = null;
  let writers: ManyWriters | null = null;
  const rawPages = loadTests.slice(0, 3).map(([label, path]) => ({ label, path }));
  const wantRaw = wanted('read-after-write');
  const wantWriters = wanted('32 writers');
  if (wantRaw) {
    // The sample district's growth targets of the year: on its district page and in the
    // overview's counts. Written by its staff. Not the target page's sample: each write adds a
    // revision its page lists, so writing it made that row heavier from run to run.
    const targets = await growthTargets(pool, 't.year = $1 AND t.district_id = $2 AND t.id <> $3', [sample.year, sample.districtId, sample.targetId], 10);
    const cookies = await signInDistrictStaff(BASE, pool, [sample.districtId]);
    const quiet = await readAfterWrite(BASE, rawPages, { readers: 8, seconds: RAW_SECONDS });
    log(`Readers without writes: p95 ${quiet.all.p95.toFixed(0)} ms, ${quiet.all.rps.toFixed(1)} req/s`);
    await waitForIdle([nextPid]);
    const writing = await readAfterWrite(BASE, rawPages, { readers: 8, seconds: RAW_SECONDS, writer: { cookies, targets } });
    log(`Readers with a write a second: p95 ${writing.all.p95.toFixed(0)} ms; writes ${writing.writes!.accepted}/${writing.writes!.attempted}, p95 ${writing.writes!.p95.toFixed(0)} ms, visible at the next read ${writing.writes!.visibleAtNextRead}${writing.writes!.refusals.length ? `; refused: ${writing.writes!.refusals.join(' | ')}` : ''}`);
    raw = { quiet, writing };
    await waitForIdle([nextPid]);
  }
  if (wantWriters) {
    // Distinct targets in 32 distinct districts (not the sample's), each written by its district's staff.
    // Series no run wrote to before the runs were made on copies (the generator gives a series at most
    // FRESH_REVISIONS revisions; a run adds ~170 to each of its 32), the same ones in every run now.
    // BENCH_WRITER_SERIES=revised: the first 32 districts' series instead, the ones the runs up to session 9 wrote to (a much-revised series' cost).
    const revised = process.env.BENCH_WRITER_SERIES === 'revised';
    const targets = await growthTargets(pool, `t.year = $1 AND t.district_id <> $2 AND t.id IN (
      SELECT DISTINCT ON (f.district_id) f.id FROM target f WHERE f.year = $1 AND f.measure = 'growth' AND f.qualifier <> 'qualitative'
        AND ${revised ? '' : 'NOT'} EXISTS (SELECT 1 FROM outcome o WHERE o.district_id = f.district_id AND o.indicator_id = f.indicator_id AND o.year = f.year
          AND o.measure = f.measure AND o.revision > ${FRESH_REVISIONS})
      ORDER BY f.district_id, f.id)`, [sample.year, sample.districtId], 32);
    if (targets.length < 32) throw new Error(`Only ${targets.length} districts still have a growth target of ${sample.year} that no benchmark run wrote to.`);
    const cookies = await signInDistrictStaff(BASE, pool, targets.map((target) => target.districtId));
    const cpuBefore = cpuMs(nextPid);
    const pgBefore = postgresCpuMs();
    writers = { ...await manyWriters(BASE, pool, cookies, targets, WRITE_SECONDS), cpuMsPerWrite: Number.NaN };
    writers.cpuMsPerWrite = (cpuMs(nextPid) - cpuBefore) / writers.attempted;
    // Includes manyWriters' own checks of the database afterwards (a few queries in all).
    writers.pgCpuMsPerWrite = (postgresCpuMs() - pgBefore) / writers.attempted;
    log(`${writers.writers} writers for ${WRITE_SECONDS} s: ${writers.accepted}/${writers.attempted} accepted, ${writers.perSecond.toFixed(1)}/s, p95 ${writers.p95.toFixed(0)} ms; stored ${writers.stored}, audited ${writers.audited}, verdicts on the latest revision ${writers.verdictsOnLatest}/${writers.writers}${writers.refusals.length ? `; refused: ${writers.refusals.join(' | ')}` : ''}`);
    await waitForIdle([nextPid]);
  }

  // Several instances behind nginx: the pages again, through the balancer.
  const balanced: BalancedRow[] = [];
  const extra: ReturnType<typeof spawn>[] = [];
  if (wanted('nginx')) {
    try {
      for (const count of INSTANCE_COUNTS) {
        while (extra.length < count - 1) {
          const instance = startInstance(PORT + 1 + extra.length, copy.url);
          extra.push(instance);
          await waitForServer(instance, `http://127.0.0.1:${PORT + extra.length}/api/v1/districts`, 10 * 60_000);
        }
        const ports = [PORT, ...extra.map((_, index) => PORT + 1 + index)];
        const nginx = await startNginx(ports, BALANCER_PORT);
        try {
          const base = `http://127.0.0.1:${BALANCER_PORT}`;
          await waitForServer(server!, `${base}/api/v1/districts`, 30_000);
          const pids = [server!.pid!, ...extra.map((instance) => instance.pid!)].map((pid) => findNextServer(pid)!);
          for (const [label, path] of loadTests.slice(0, 4)) {
            // Every instance serves the page under load first, directly: the instances started for these rows would
            // otherwise be measured cold against a one-instance row on a long-warm process (production instances are
            // long-running). Session 14: this did not change the c=1 rows (bench/results.md, "End of session 14").
            for (const port of ports) await load(path, 4, BALANCER_WARM_SECONDS, `http://127.0.0.1:${port}`);
            for (const connections of [1, 32]) {
              const monitors = pids.map((pid) => rssMonitor(pid));
              const cpu = () => pids.reduce((sum, pid) => sum + cpuMs(pid), 0);
              const cpuBefore = cpu();
              const result = await load(path, connections, SECONDS, base);
              const cpuPerRequest = (cpu() - cpuBefore) / result.n;
              const rssMb = monitors.reduce((sum, monitor) => sum + monitor.peak(), 0);
              monitors.forEach((monitor) => monitor.stop());
              await waitForIdle(pids);
              balanced.push({ label, path, instances: count, connections, ...result, rssMb, cpuMs: cpuPerRequest });
              log(`nginx × ${count}: ${label} c=${connections}: p50 ${result.p50.toFixed(0)} p95 ${result.p95.toFixed(0)} ms, ${result.rps.toFixed(1)} req/s, errors ${result.errors}/${result.non2xx}, RSS (all instances) ${rssMb.toFixed(0)} MB`);
            }
          }
        } finally {
          await nginx.stop();
        }
      }
    } finally {
      await Promise.all(extra.map(stopInstance));
    }
  }

  const version = (await pool.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
  const counts = (await pool.query(`SELECT (SELECT count(*) FROM district) AS districts, (SELECT count(*) FROM target) AS targets, (SELECT count(*) FROM outcome) AS outcomes,
    (SELECT count(*) FROM source_document) AS documents, (SELECT min(year) || '–' || max(year) FROM target) AS years, (SELECT count(DISTINCT indicator_id) FROM target) AS indicators`)).rows[0];
  const file = writeResults({
    machine: { cores: os.cpus().length, memoryGb: os.totalmem() / 2 ** 30, node: process.version, postgres: version, date: new Date().toISOString(), loadBefore, load: os.loadavg() },
    dataset: { ...counts, 'series revised by runs before the copies (up to session 9, kept)': `${earlierRuns.series} (${earlierRuns.revisions} revisions)` },
    database: `a fresh copy of the synthetic database for this run (\`CREATE DATABASE … TEMPLATE\`, ${copy.seconds.toFixed(1)} s), dropped after it: no run reads another run's writes`,
    sample, seconds: SECONDS, rows, exports, balanced, raw, writers, extraction,
  }, process.env.BENCH_OUT);
  log(`Wrote ${file}`);
} finally {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((resolve) => server!.once('exit', resolve));
  }
  await pool.end();
  await copy.drop().catch((error: Error) => log(`Could not drop ${copy.name}: ${error.message}`));
  await database.stop();
}

async function pickSample(p: pg.Pool): Promise<Sample> {
  const year = Number(process.env.BENCH_YEAR ?? 2024);
  const district = (await p.query('SELECT id, code FROM district ORDER BY id OFFSET (SELECT count(*) / 2 FROM district) LIMIT 1')).rows[0];
  const indicator = (await p.query("SELECT id, key FROM indicator WHERE key = 'gdp'")).rows[0];
  const target = (await p.query('SELECT id FROM target WHERE district_id = $1 AND indicator_id = $2 AND year = $3', [district.id, indicator.id, year])).rows[0];
  return { districtId: district.id, districtCode: district.code, indicatorId: indicator.id, indicatorKey: indicator.key, year, targetId: target.id };
}

async function waitForServer(instance: ReturnType<typeof spawn>, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (instance.exitCode !== null) throw new Error('The app exited before it served.');
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not yet */ }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error('The app did not start in time.');
}

/**
 * autocannon closes its connections when a run ends, but the server goes on rendering
 * what was in flight (32 slow pages at c=32): wait until the servers are idle (under
 * 15% of a core over half a second, at most a minute) so the next row does not pay for them.
 */
async function waitForIdle(pids: number[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const before = pids.reduce((sum, pid) => sum + cpuMs(pid), 0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (pids.reduce((sum, pid) => sum + cpuMs(pid), 0) - before < 75) return;
  }
}

async function timeRequest(path: string): Promise<{ ms: number; status: number; bytes: number }> {
  const t0 = performance.now();
  const response = await fetch(`${BASE}${path}`, { signal: AbortSignal.timeout(300_000) });
  const body = await response.arrayBuffer();
  return { ms: performance.now() - t0, status: response.status, bytes: body.byteLength };
}

async function timeFloor(p: pg.Pool, run: (pool: pg.Pool) => Promise<unknown>, times = 10): Promise<number> {
  const warm = performance.now();
  await run(p);
  // A floor of seconds (every target and outcome) is stable enough over 3 runs.
  if (performance.now() - warm > 2000) times = Math.min(times, 3);
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const t0 = performance.now();
    await run(p);
    samples.push(performance.now() - t0);
  }
  return summarize(samples).p50;
}

function load(path: string, connections: number, seconds: number, base = BASE) {
  const samples: number[] = [];
  return new Promise<{ p50: number; p95: number; max: number; n: number; rps: number; errors: number; non2xx: number }>((resolve, reject) => {
    const instance = autocannon({ url: `${base}${path}`, connections, duration: seconds, timeout: 120 }, (error, result) => {
      if (error) return reject(error);
      const s = summarize(samples);
      resolve({ ...s, rps: result.requests.total / (result.duration || seconds), errors: result.errors + result.timeouts, non2xx: result.non2xx });
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => samples.push(responseTime));
  });
}
