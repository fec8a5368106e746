// Writes bench/results.md: machine, data set, every figure, and each goal met or missed.
import fs from 'node:fs';
import path from 'node:path';
import type { Sample } from './floors';

export type Row = {
  label: string; path: string; connections: number; /** The first (warm-up) request: a cold cache when the page has one. */ firstMs: number; n: number; p50: number; p95: number; max: number; rps: number;
  errors: number; non2xx: number; rssMb: number; floorMs: number; floorName: string;
};

type Input = {
  machine: { cores: number; memoryGb: number; node: string; postgres: string; date: string; load: number[] };
  dataset: Record<string, unknown>; sample: Sample; seconds: number; rows: Row[]; exports: Row[];
};

const ms = (value: number) => (Number.isFinite(value) ? (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`) : '—');
const verdict = (ok: boolean, by: string) => (ok ? `**met** (${by})` : `**missed** (${by})`);

export function writeResults(input: Input, file = path.join(process.cwd(), 'bench', 'results.md')): string {
  const { machine, dataset, sample, rows, exports } = input;
  const generator = readGeneratorRun();
  const lines = [
    '# Benchmark results (issue 8: national scale)',
    '',
    'Written by `npm run bench` against the **synthetic** data set (`npm run seed:synthetic`); numbers are from one run (the load average below says how busy the machine was).',
    '',
    `- Machine: ${machine.cores} cores, ${machine.memoryGb.toFixed(1)} GiB memory, load average at the end ${machine.load.map((v) => v.toFixed(1)).join(' / ')}`,
    `- Node ${machine.node}, PostgreSQL ${machine.postgres} (embedded), date ${machine.date}; server heap budget ${process.env.SERVER_HEAP_MB ?? 512} MB (SERVER_HEAP_MB)`,
    `- Data set: ${Object.entries(dataset).map(([k, v]) => `${k} ${String(v)}`).join(', ')}`,
    `- Sample: district ${sample.districtCode}, indicator ${sample.indicatorKey}, year ${sample.year}, target ${sample.targetId}`,
    `- Load: autocannon, loopback, ${input.seconds} s per run after one warm-up request; big exports: 3 sequential requests, timed to the last byte.`,
    generator ? `- Generator: ${generator}` : '- Generator: no record of the last `npm run seed:synthetic` run.',
    '',
    '## Pages, API and one-district exports',
    '',
    '| what | c | first request (cold) | requests | p50 | p95 | max | req/s | errors / non-2xx | peak RSS | SQL floor (p50) | p50 / floor |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.label} \`${r.path}\` | ${r.connections} | ${r.connections === 1 ? ms(r.firstMs) : ''} | ${r.n} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${r.rps.toFixed(1)} | ${r.errors} / ${r.non2xx} | ${r.rssMb.toFixed(0)} MB | ${ms(r.floorMs)} | ${(r.p50 / r.floorMs).toFixed(1)}× |`),
    '',
    '## All-district exports (one year)',
    '',
    '| what | requests | p50 | max | peak RSS | SQL floor (p50) | p50 / floor |',
    '|---|---|---|---|---|---|---|',
    ...exports.map((r) => `| ${r.label} | ${r.n} | ${ms(r.p50)} | ${ms(r.max)} | ${r.rssMb.toFixed(0)} MB | ${ms(r.floorMs)} | ${(r.p50 / r.floorMs).toFixed(1)}× |`),
    '',
    '## Goals',
    '',
    '| goal | result |',
    '|---|---|',
    ...goals(rows, exports),
    '',
  ];
  fs.writeFileSync(file, lines.join('\n'));
  return file;
}

function goals(rows: Row[], exports: Row[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    const isPage = !r.path.startsWith('/api/');
    const isApi = r.path.startsWith('/api/v1/targets');
    if (isPage && r.connections === 1) out.push(`| ${r.label}: p95 < 150 ms at c=1 | ${verdict(r.p95 < 150, `${ms(r.p95)}, ${(r.p95 / 150).toFixed(1)}× the goal`)} |`);
    if (isPage && r.connections === 32) out.push(`| ${r.label}: p95 < 1 s at c=32 | ${verdict(r.p95 < 1000, `${ms(r.p95)}, ${(r.p95 / 1000).toFixed(1)}× the goal`)} |`);
    if (isPage && r.connections === 1) out.push(`| ${r.label}: within 5× of its SQL floor | ${verdict(r.p50 / r.floorMs <= 5, `${(r.p50 / r.floorMs).toFixed(1)}×`)} |`);
    if (isApi && r.connections === 1) out.push(`| ${r.label}: p95 < 100 ms at c=1 | ${verdict(r.p95 < 100, ms(r.p95))} |`);
  }
  for (const r of exports) {
    if (r.label.includes('XLSX')) {
      out.push(`| All-district XLSX < 15 s | ${verdict(r.max < 15_000 && r.errors === 0, `slowest ${ms(r.max)}`)} |`);
      out.push(`| All-district XLSX: server RSS < 400 MB | ${verdict(r.rssMb < 400, `peak ${r.rssMb.toFixed(0)} MB`)} |`);
    } else {
      out.push(`| All-district CSV < 5 s | ${verdict(r.max < 5_000 && r.errors === 0, `slowest ${ms(r.max)}`)} |`);
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
