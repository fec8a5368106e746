// Writes bench/results.md: machine, data set, every figure, and each goal met or missed.
import fs from 'node:fs';
import path from 'node:path';
import type { ExtractionTiming } from './extraction';
import type { Sample } from './floors';
import type { ManyWriters, ReadAfterWrite } from './writes';

export type Row = {
  label: string; path: string; connections: number; /** The first (warm-up) request: a cold cache when the page has one. */ firstMs: number; n: number; p50: number; p95: number; max: number; rps: number;
  errors: number; non2xx: number; rssMb: number; /** The web server's CPU time per request (load-independent, unlike wall time). */ cpuMs: number;
  /** PostgreSQL's CPU time per request (the embedded database's processes; NaN when it is not ours). */ pgCpuMs?: number; floorMs: number; floorName: string;
};

/** A page loaded through nginx in front of `instances` app instances; RSS summed over the instances. */
export type BalancedRow = {
  label: string; path: string; instances: number; connections: number; n: number; p50: number; p95: number; max: number; rps: number;
  errors: number; non2xx: number; rssMb: number; cpuMs: number;
};

type Input = {
  machine: { cores: number; memoryGb: number; node: string; postgres: string; date: string; loadBefore: number[]; load: number[] };
  dataset: Record<string, unknown>; database?: string; sample: Sample; seconds: number; rows: Row[]; exports: Row[];
  balanced: BalancedRow[]; raw: { quiet: ReadAfterWrite; writing: ReadAfterWrite } | null; writers: ManyWriters | null; extraction: ExtractionTiming[];
};

const ms = (value: number) => (Number.isFinite(value) ? (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`) : '—');
const verdict = (ok: boolean, by: string) => (ok ? `**met** (${by})` : `**missed** (${by})`);

export function writeResults(input: Input, file = path.join(process.cwd(), 'bench', 'results.md')): string {
  const { machine, dataset, sample, rows, exports } = input;
  const generator = readGeneratorRun();
  const lines = [
    '# Benchmark results (issues 8 and 15: national scale)',
    '',
    'Written by `npm run bench` against the **synthetic** data set (`npm run seed:synthetic`); numbers are from one run (the load average below says how busy the machine was).',
    '',
    `- Machine: ${machine.cores} cores, ${machine.memoryGb.toFixed(1)} GiB memory; load average (1 / 5 / 15 min) before the run ${machine.loadBefore.map((v) => v.toFixed(1)).join(' / ')}, at the end ${machine.load.map((v) => v.toFixed(1)).join(' / ')}`,
    `- Node ${machine.node}, PostgreSQL ${machine.postgres} (embedded), date ${machine.date}; server heap budget ${process.env.SERVER_HEAP_MB ?? 512} MB (SERVER_HEAP_MB)`,
    `- Data set: ${Object.entries(dataset).map(([k, v]) => `${k} ${String(v)}`).join(', ')}`,
    ...(input.database ? [`- Database: ${input.database}`] : []),
    `- Sample: district ${sample.districtCode}, indicator ${sample.indicatorKey}, year ${sample.year}, target ${sample.targetId}`,
    `- Load: autocannon, loopback, ${input.seconds} s per run after one warm-up request; big exports: 3 sequential requests, timed to the last byte.`,
    generator ? `- Generator: ${generator}` : '- Generator: no record of the last `npm run seed:synthetic` run.',
    '',
    '## Pages, API and one-district exports',
    '',
    '| what | c | first request (cold) | requests | p50 | p95 | max | req/s | errors / non-2xx | peak RSS | server CPU / request | PostgreSQL CPU / request | SQL floor (p50) | p50 / floor |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.label} \`${r.path}\` | ${r.connections} | ${r.connections === 1 ? ms(r.firstMs) : ''} | ${r.n} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${r.rps.toFixed(1)} | ${r.errors} / ${r.non2xx} | ${r.rssMb.toFixed(0)} MB | ${ms(r.cpuMs)} | ${ms(r.pgCpuMs ?? Number.NaN)} | ${ms(r.floorMs)} | ${(r.p50 / r.floorMs).toFixed(1)}× |`),
    '',
    '## All-district exports (one year)',
    '',
    '| what | requests | p50 | max | peak RSS | server CPU / request (p50) | SQL floor (p50) | p50 / floor |',
    '|---|---|---|---|---|---|---|---|',
    ...exports.map((r) => `| ${r.label} | ${r.n} | ${ms(r.p50)} | ${ms(r.max)} | ${r.rssMb.toFixed(0)} MB | ${ms(r.cpuMs)} | ${ms(r.floorMs)} | ${(r.p50 / r.floorMs).toFixed(1)}× |`),
    '',
    ...readAfterWriteLines(input.raw),
    ...writerLines(input.writers),
    ...balancedLines(input.balanced, rows),
    ...extractionLines(input.extraction),
    '## Goals (issues 13 and 15)',
    '',
    '| goal | result |',
    '|---|---|',
    ...goals(input),
    '',
  ];
  fs.writeFileSync(file, lines.join('\n'));
  return file;
}

function extractionLines(timings: ExtractionTiming[]): string[] {
  if (timings.length === 0) return [];
  return [
    '## Report extraction (issue 13; in the benchmark\'s process, before the server starts)',
    '',
    'The pure extractor the review screen runs (`extractProposals`, with the synthetic database\'s indicator table): the first call per text is cold, then 30 warm calls.',
    '',
    '| text | size | first call (cold) | warm p50 | warm p95 | warm max | proposals |',
    '|---|---|---|---|---|---|---|',
    ...timings.map((t) => `| ${t.label} | ${(t.bytes / 1024).toFixed(1)} KB, ${t.chars.toLocaleString('en')} characters | ${ms(t.coldMs)} | ${t.p50.toFixed(1)} ms | ${t.p95.toFixed(1)} ms | ${t.max.toFixed(1)} ms | ${t.proposals} |`),
    '',
  ];
}

function readAfterWriteLines(raw: Input['raw']): string[] {
  if (!raw) return [];
  const line = (when: string, r: ReadAfterWrite) => [
    ...r.pages.map((p) => `| ${when} | ${p.label} \`${p.path}\` | ${p.n} | ${ms(p.p50)} | ${ms(p.p95)} | ${ms(p.max)} | ${p.errors} |`),
    `| ${when} | **all readers** | ${r.all.n} | ${ms(r.all.p50)} | **${ms(r.all.p95)}** | ${ms(r.all.max)} | ${r.all.errors} |`,
  ];
  const w = raw.writing.writes!;
  return [
    `## Read-after-write (${raw.writing.readers} readers, ${raw.writing.seconds} s; one instance)`,
    '',
    `Each reader loads the pages in turn, back to back. First without writes, then while one writer records an outcome a second through \`recordOutcomeAction\` (HTTP, signed in as the district's staff) on the sample district's growth targets of the same year other than the target page's sample (on its district page and in the overview's counts), and after each accepted write reads the target through the API.`,
    '',
    '| writes | page | requests | p50 | p95 | max | errors |',
    '|---|---|---|---|---|---|---|',
    ...line('none', raw.quiet),
    ...line('1 a second', raw.writing),
    '',
    `Writer: ${w.accepted} of ${w.attempted} writes accepted, write p95 ${ms(w.p95)}; ${w.visibleAtNextRead} of ${w.accepted} showed their new revision at the next read.${w.refusals.length ? ` Refusals: ${w.refusals.join('; ')}` : ''}`,
    '',
  ];
}

function writerLines(w: ManyWriters | null): string[] {
  if (!w) return [];
  return [
    `## ${w.writers} writers on distinct targets (${w.seconds} s; one instance)`,
    '',
    `Each writer records outcomes of its own growth target (${w.writers} districts, same year) back to back through \`recordOutcomeAction\`, signed in as that district's staff; then the database is checked.`,
    '',
    '| attempted | accepted | accepted / s | p50 | p95 | max | server CPU / write | PostgreSQL CPU / write | stored (new revisions) | audit rows | revisions contiguous | stored verdict on the latest revision |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    `| ${w.attempted} | ${w.accepted} | **${w.perSecond.toFixed(1)}** | ${ms(w.p50)} | **${ms(w.p95)}** | ${ms(w.max)} | ${ms(w.cpuMsPerWrite ?? Number.NaN)} | ${ms(w.pgCpuMsPerWrite ?? Number.NaN)} | ${w.stored} | ${w.audited} | ${w.contiguous ? 'yes' : '**no**'} | ${w.verdictsOnLatest} of ${w.writers} |`,
    '',
    ...(w.refusals.length ? [`Refusals: ${w.refusals.join('; ')}`, ''] : []),
  ];
}

function balancedLines(balanced: BalancedRow[], rows: Row[]): string[] {
  if (!balanced.length) return [];
  const single = (r: BalancedRow) => rows.find((one) => one.path === r.path && one.connections === r.connections);
  return [
    '## Several instances behind nginx (`deploy/nginx.conf`, least_conn)',
    '',
    'The same pages through nginx, with 2 and then 4 `npm start` instances on the one database; "one instance" is the row above, measured directly. Before each page\'s rows every instance serves it for a few seconds directly (c=4), so that no instance is measured cold. RSS is the sum over the instances.',
    '',
    '| what | instances | c | requests | p50 | p95 | max | req/s | errors / non-2xx | RSS (all) | server CPU / request (all) | one instance: p95, req/s |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...balanced.map((r) => {
      const one = single(r);
      return `| ${r.label} \`${r.path}\` | ${r.instances} | ${r.connections} | ${r.n} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${r.rps.toFixed(1)} | ${r.errors} / ${r.non2xx} | ${r.rssMb.toFixed(0)} MB | ${ms(r.cpuMs)} | ${one ? `${ms(one.p95)}, ${one.rps.toFixed(1)}` : '—'} |`;
    }),
    '',
  ];
}

const failures = (r: { errors: number; non2xx: number }) => (r.errors + r.non2xx ? `; ${r.errors} errors, ${r.non2xx} non-2xx answers` : '');

function goals({ rows, exports, balanced, raw, writers, extraction }: Input): string[] {
  const out: string[] = [];
  // Issue 13's figure: the largest seed report (44,995 bytes), cold and warm.
  const largest = extraction.filter((t) => t.label.startsWith('Seed report')).sort((a, b) => b.bytes - a.bytes)[0];
  if (largest) out.push(`| A ${(largest.bytes / 1024).toFixed(0)} KB report extracts in < 200 ms | ${verdict(largest.coldMs < 200 && largest.max < 200, `cold ${ms(largest.coldMs)}, warm max ${largest.max.toFixed(1)} ms`)} |`);
  for (const r of rows) {
    const isPage = !r.path.startsWith('/api/');
    const isApi = r.path.startsWith('/api/v1/targets');
    if ((isPage || isApi) && r.connections === 1) out.push(`| ${r.label}: p95 < 100 ms at c=1 | ${verdict(r.p95 < 100, `${ms(r.p95)}, ${(r.p95 / 100).toFixed(1)}× the goal`)} |`);
    if (isPage && r.connections === 32) out.push(`| ${r.label}: p95 < 1 s at c=32 | ${verdict(r.p95 < 1000 && r.errors + r.non2xx === 0, `${ms(r.p95)}, ${(r.p95 / 1000).toFixed(1)}× the goal${failures(r)}`)} |`);
    if (isPage && r.connections === 1) out.push(`| ${r.label}: within 5× of its SQL floor (issue 8) | ${verdict(r.p50 / r.floorMs <= 5, `${(r.p50 / r.floorMs).toFixed(1)}×`)} |`);
    if (r.path === '/overview?year=all' && r.connections === 1) out.push(`| Overview for all years, cold (first request) < 2 s | ${verdict(r.firstMs < 2000, ms(r.firstMs))} |`);
  }
  for (const r of balanced) {
    const one = rows.find((row) => row.path === r.path && row.connections === r.connections);
    if (one) out.push(`| nginx × ${r.instances}, ${r.label} c=${r.connections}: p95 not above one instance's | ${verdict(r.p95 <= one.p95 && r.errors + r.non2xx === 0, `${ms(r.p95)} vs ${ms(one.p95)}, ${(r.p95 / one.p95).toFixed(2)}×${failures(r)}`)} |`);
  }
  if (raw) out.push(`| Read-after-write: readers' p95 < 300 ms while writes arrive | ${verdict(raw.writing.all.p95 < 300 && raw.writing.all.errors === 0, `${ms(raw.writing.all.p95)}, ${(raw.writing.all.p95 / 300).toFixed(1)}× the goal`)} |`);
  if (raw) out.push(`| Read-after-write: every accepted write visible at the next read | ${verdict(raw.writing.writes!.visibleAtNextRead === raw.writing.writes!.accepted && raw.writing.writes!.accepted > 0, `${raw.writing.writes!.visibleAtNextRead} of ${raw.writing.writes!.accepted}`)} |`);
  if (writers) {
    out.push(`| ${writers.writers} writers: ≥ 100 accepted writes a second | ${verdict(writers.perSecond >= 100, `${writers.perSecond.toFixed(1)}/s`)} |`);
    const intact = writers.stored === writers.accepted && writers.audited === writers.accepted && writers.contiguous && writers.verdictsOnLatest === writers.writers;
    out.push(`| ${writers.writers} writers: none lost (each accepted write stored once, with its audit row) | ${verdict(intact, `${writers.accepted} accepted, ${writers.stored} stored, ${writers.audited} audited`)} |`);
  }
  for (const r of exports) {
    if (r.label.includes('XLSX')) {
      out.push(`| All-district XLSX < 8 s | ${verdict(r.max < 8_000 && r.errors === 0, `slowest ${ms(r.max)}`)} |`);
      out.push(`| All-district XLSX: server RSS < 400 MB | ${verdict(r.rssMb < 400, `peak ${r.rssMb.toFixed(0)} MB`)} |`);
    } else {
      out.push(`| All-district CSV < 3 s | ${verdict(r.max < 3_000 && r.errors === 0, `slowest ${ms(r.max)}`)} |`);
    }
  }
  const generator = readGeneratorSeconds();
  if (generator !== null) out.push(`| Generator < 5 minutes | ${verdict(generator < 300, `${generator.toFixed(0)} s`)} |`);
  return out;
}

const RUN_FILE = path.join(process.cwd(), 'bench', 'last-generator-run.json');

function readGeneratorRun(): string | null {
  if (!fs.existsSync(RUN_FILE)) return null;
  const run = JSON.parse(fs.readFileSync(RUN_FILE, 'utf8')) as Record<string, unknown>;
  return Object.entries(run).map(([k, v]) => `${k} ${String(v)}`).join(', ');
}

function readGeneratorSeconds(): number | null {
  if (!fs.existsSync(RUN_FILE)) return null;
  return Number((JSON.parse(fs.readFileSync(RUN_FILE, 'utf8')) as { seconds: number }).seconds);
}
