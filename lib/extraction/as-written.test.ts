// A proposal's asWritten must read back, through the parser staff use when they type a
// target (lib/targets/parse-as-written.ts), to the very qualifier, value and unit the
// extractor proposed: one reading of 左右/以上/控制在/下降 across the app.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAsWritten } from '@/lib/targets/parse-as-written';
import { INDICATORS } from '@/lib/indicators/catalog';
import { extractProposals } from './extract-proposals';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const SEEDS = path.join(process.cwd(), 'prisma', 'seed', 'reports');
const files = [
  ...fs.readdirSync(FIXTURES).map((file) => path.join(FIXTURES, file)),
  ...(fs.existsSync(SEEDS) ? fs.readdirSync(SEEDS).map((file) => path.join(SEEDS, file)) : []),
].filter((file) => file.endsWith('.txt'));

const targets = files.flatMap((file) =>
  extractProposals(fs.readFileSync(file, 'utf8'), { indicators: INDICATORS }).targets.map((t) => [`${path.basename(file)} ${t.indicatorKey} ${t.asWritten}`, t] as const),
);

describe('target asWritten reads back the same', () => {
  it('covers a good number of wordings', () => {
    expect(targets.length).toBeGreaterThan(40);
  });

  it.each(targets)('%s', (_, t) => {
    const parsed = parseAsWritten(t.asWritten, { measureHint: t.measure });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.target.qualifier).toBe(t.qualifier);
    if (t.qualifier === 'qualitative') return;
    expect([parsed.target.measure, parsed.target.value, parsed.target.valueHigh, parsed.target.unit]).toEqual([t.measure, t.value, t.valueHigh, t.unit]);
    expect(parsed.target.relativeTo).toBe(t.relativeToIndicatorKey);
  });
});

describe('wordings the two readers must agree on', () => {
  it.each([
    ['主要预期目标是:单位GDP能耗下降3%左右。', 'about', '-3'],
    ['主要预期目标是:单位GDP能耗下降3%以上。', 'reduction', '3'],
    ['主要预期目标是:城镇调查失业率不超过5.5%。', 'at_most', '5.5'],
    ['主要预期目标是:地区生产总值增长6%上下。', 'about', '6'],
    ['主要预期目标是:城镇新增就业不少于5000人。', 'at_least', '5000'],
    ['主要预期目标是:居民消费价格涨幅3%以内。', 'at_most', '3'],
  ])('%s', (sentence, qualifier, value) => {
    const [target] = extractProposals(sentence, { reportYear: 2025, indicators: INDICATORS }).targets;
    expect([target?.qualifier, target?.value]).toEqual([qualifier, value]);
    const parsed = parseAsWritten(target?.asWritten ?? '', { measureHint: target?.measure });
    expect(parsed.ok && [parsed.target.qualifier, parsed.target.value]).toEqual([qualifier, value]);
  });
});
