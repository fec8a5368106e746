// The extractor against the hand-made ground truth for the five seed reports
// (prisma/seed/figures.ts): every seed target and outcome must be proposed with the
// right indicator, year, measure, value, qualifier and unit, at the place it is quoted.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_OUTCOMES, SEED_SKIPPED, SEED_TARGETS } from '@/prisma/seed/figures';
import { evaluateAgainstSeeds, type SeedReport } from './seed-evaluation';

// The repo copy is what the app seeds from; the shared copy is the same bytes.
const REPO_DIR = path.join(process.cwd(), 'prisma', 'seed', 'reports');
const REPORTS_DIR = fs.existsSync(REPO_DIR) ? REPO_DIR : '/work/shared/seed-reports';

const reports: SeedReport[] = fs
  .readdirSync(REPORTS_DIR)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, text: fs.readFileSync(path.join(REPORTS_DIR, file), 'utf8') }));

const evaluation = evaluateAgainstSeeds(reports, { targets: SEED_TARGETS, outcomes: SEED_OUTCOMES, skipped: SEED_SKIPPED });

// Page furniture as captured with the reports, told by markers chosen here rather than by
// the extractor's own list, so that the two can disagree.
const FURNITURE_LINE = /导航菜单|本文仅代表|本文地址|留言与评论|验证码|网站地图|\.docx|由会员分享|配套讲稿|如PPT文件|特殊限制|部分文档作品|关 键 词|链接地址|^- |注册 \| 登录|筛选地域|一级目录|报告年份|官网原文|^0\/0$|^(?:笔记|复制|问答|搜索|记笔记|写下来)$/;

function furnitureRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (FURNITURE_LINE.test(line.trim())) ranges.push([start, start + line.length]);
    start += line.length + 1;
  }
  return ranges;
}

describe('extraction of the seed reports', () => {
  it('reads all five reports', () => {
    expect(reports).toHaveLength(5);
    console.log(evaluation.line);
  });

  it('extracts the largest report (about 45 KB) in under 200 ms', () => {
    expect(evaluation.largest.bytes).toBeGreaterThan(40_000);
    expect(evaluation.largest.ms).toBeLessThan(200);
  });

  it('proposes every seed target and outcome', () => {
    expect(evaluation.misses).toEqual([]);
    expect(evaluation.targets.found).toBe(SEED_TARGETS.length);
    expect(evaluation.outcomes.found).toBe(SEED_OUTCOMES.length);
  });

  it('proposes nothing the seed does not hold (a false positive or a figure the seed missed: look at both)', () => {
    expect(evaluation.extras).toEqual([]);
  });

  it('never proposes a figure the seed skipped as garbled, missing or not comparable', () => {
    expect(evaluation.guessed).toEqual([]);
  });

  it('flags the garbled GDP growth of 002 with its quote', () => {
    const flags = evaluation.results.get('002_36a038e69799569e.txt')?.flags ?? [];
    const garbled = flags.filter((flag) => flag.code === 'garbled_figure');
    expect(garbled.map((flag) => [flag.indicatorKey, flag.year, flag.measure, flag.quote])).toEqual([['gdp', 2023, 'growth', '地区生产总值同比增长1下同)3%']]);
  });

  it.each(reports.map((report) => [report.file, report] as const))('%s: quotes are verbatim and nothing comes from page furniture', (file, report) => {
    const result = evaluation.results.get(file);
    expect(result).toBeDefined();
    const located = [...(result?.targets ?? []), ...(result?.outcomes ?? []), ...(result?.flags ?? [])];
    const furniture = furnitureRanges(report.text);
    for (const item of located) {
      expect(report.text.slice(item.start, item.end)).toBe(item.quote);
      expect(furniture.filter(([from, to]) => item.start < to && from < item.end), item.quote).toEqual([]);
    }
  });

  it('knows where the furniture is in the captures that have some', () => {
    const withFurniture = reports.filter((report) => furnitureRanges(report.text).length > 0).map((report) => report.file.slice(0, 3));
    expect(withFurniture).toEqual(['000', '002', '003', '004']);
  });
});
