// Report extraction in the benchmark (issue 13: "a 45 KB report still extracts in < 200 ms").
// Timed in the benchmark's own process, before anything else there has run the extractor,
// so the first call per text is cold (regexes compiled, code not yet optimised) and the
// later ones warm. What the server does for the review screen is the same pure call
// (lib/ingest/extract-document.ts) with the database's indicator table, read here from
// the synthetic database as the server reads it.
import { performance } from 'node:perf_hooks';
import { MAX_TEXT_CHARS } from '@/lib/documents/limits';
import { extractProposals } from '@/lib/extraction/extract-proposals';
import type { IndicatorDefinition } from '@/lib/indicators/catalog';
import { summarize } from './stats';

export type ExtractionTiming = { label: string; chars: number; bytes: number; coldMs: number; runs: number; p50: number; p95: number; max: number; proposals: number };

/** The longest text a document may hold as one run of headline clauses without a stop (the case that was quadratic before session 6). */
export function worstCaseText(): string {
  const clause = '2025年主要预期目标:地区生产总值增长6%左右,';
  return clause.repeat(Math.floor(MAX_TEXT_CHARS / clause.length));
}

export function timeExtraction(texts: { label: string; text: string }[], indicators: IndicatorDefinition[], runs = 30): ExtractionTiming[] {
  return texts.map(({ label, text }) => {
    const once = () => {
      const started = performance.now();
      const result = extractProposals(text, { indicators });
      return { ms: performance.now() - started, proposals: result.targets.length + result.outcomes.length };
    };
    const cold = once();
    const { n, p50, p95, max } = summarize(Array.from({ length: runs }, () => once().ms));
    return { label, chars: text.length, bytes: Buffer.byteLength(text), coldMs: cold.ms, runs: n, p50, p95, max, proposals: cold.proposals };
  });
}
