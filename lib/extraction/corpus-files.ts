// Reads one half of the labelled corpus from disk (lib/extraction/corpus/<half>/), for
// the evaluation script and the tests. Kept apart from corpus-evaluation.ts, which is pure.
import fs from 'node:fs';
import path from 'node:path';
import type { CorpusDocument, CorpusLabel } from './corpus-evaluation';

export const CORPUS_DIR = path.join(process.cwd(), 'lib', 'extraction', 'corpus');
/**
 * The dev half is the only one the rules are tuned on. Every other half is held out: scored,
 * never tuned to, its misses never printed (eval7, session 8). eval2 (session 4) and eval3
 * (session 5) were retired into dev in session 6, eval4 (session 6) and eval5 (session 7) in
 * session 7, eval6 (session 7) in session 8, eval8 (session 8) in session 9, eval9 (session 9) and eval10 (session 10) in session 10, eval11 (session 10), eval12 and eval13 (session 11) in session 11, eval14, eval15 and eval16 (session 12) in session 12, eval17, eval18 and eval19 (session 13) in session 13, eval20 (session 13), eval21 and eval22 (session 14) in session 14, eval23 and eval24 (session 14) and eval25 (session 15) in session 15, once their scores had
 * informed rule rounds: their files are dev/e2-* … dev/e25-*.
 */
export const DEV_HALF = 'dev';

export function isHeldOut(half: string): boolean {
  return half !== DEV_HALF;
}

/** The halves on this branch (folders of corpus/), dev first, then the held-out halves by name. */
export function corpusHalves(): string[] {
  if (!fs.existsSync(CORPUS_DIR)) return [];
  const halves = fs.readdirSync(CORPUS_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const rank = (half: string) => (half === DEV_HALF ? 0 : 1);
  return halves.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The documents of a half, sorted by id; [] when the half is not on this branch. */
export function readCorpusHalf(half: string): CorpusDocument[] {
  const dir = path.join(CORPUS_DIR, half);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const id = file.slice(0, -'.txt'.length);
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const label = JSON.parse(fs.readFileSync(path.join(dir, `${id}.json`), 'utf8')) as CorpusLabel;
      return { id, text, label };
    });
}
