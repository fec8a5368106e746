// The seed reports again, as staff might paste them from elsewhere: converted to
// traditional characters (OpenCC's simplified → Taiwan conversion), and re-wrapped at 32
// characters a line as text copied from a PDF is. The extractor must propose the same
// targets and outcomes as from the original, quoting the variant verbatim.
import fs from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '@/lib/indicators/catalog';
import { extractProposals, type ExtractionResult } from './extract-proposals';

const DIR = path.join(process.cwd(), 'prisma', 'seed', 'reports');
const reports = fs
  .readdirSync(DIR)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => [file, fs.readFileSync(path.join(DIR, file), 'utf8')] as const);

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const wrap = (text: string, width: number) =>
  text
    .split('\n')
    .map((line) => line.match(new RegExp(`.{1,${width}}`, 'gu'))?.join('\n') ?? '')
    .join('\n');

const figures = (result: ExtractionResult) =>
  [
    ...result.targets.map((t) => `target ${t.indicatorKey} ${t.year} ${t.measure} ${t.qualifier} ${t.value} ${t.valueHigh} ${t.unit}`),
    ...result.outcomes.map((o) => `outcome ${o.indicatorKey} ${o.year} ${o.measure} ${o.value} ${o.unit}`),
  ].sort();

function expectSame(original: string, variant: string) {
  const result = extractProposals(variant, { indicators: INDICATORS });
  expect(figures(result)).toEqual(figures(extractProposals(original, { indicators: INDICATORS })));
  for (const item of [...result.targets, ...result.outcomes]) expect(variant.slice(item.start, item.end)).toBe(item.quote);
}

describe('seed reports pasted from elsewhere', () => {
  it.each(reports)('%s in traditional characters', (_, text) => {
    const traditional = toTraditional(text);
    expect(traditional).not.toBe(text);
    expectSame(text, traditional);
  });

  // 002 is itself a scan whose physical lines are numbered ("22、…"); re-wrapping it
  // would renumber nothing and is not a document anyone would paste.
  it.each(reports.filter(([file]) => !file.startsWith('002')))('%s re-wrapped at 32 characters a line', (_, text) => {
    expectSame(text, wrap(text, 32));
  });
});
