// A one-year scorecard is streamed: the CSV writer pulls chunks of districts as its
// reader takes bytes, so a reader that has taken the first bytes has caused only a few
// chunks to be read, not the whole year (the national year is ~43k rows).
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { scorecardCsv } from '@/lib/export/csv';
import { openScorecard, type Scorecard } from '@/lib/scorecard/rows';
import { useTestDatabase, type TestDatabase } from './test-database';

const YEAR = 2031;
const DISTRICTS = 40;
const TEXT = '测试夹具（非官方数据）：全年主要预期目标为地区生产总值增长6%左右。';
const QUOTE = '地区生产总值增长6%左右';

let database: TestDatabase;
let indicatorIds: number[];

beforeAll(async () => {
  database = await useTestDatabase();
  const db = database.db;
  indicatorIds = (await db.indicator.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((row) => row.id);
  for (let index = 0; index < DISTRICTS; index += 1) {
    const code = String(990000 + index);
    const district = await db.district.create({
      data: { code, nameZh: `测试区${index}`, nameEn: `Fixture district ${index}`, pinyin: `ceshiqu${index}`, provinceZh: '测试省', provinceEn: 'Fixture province' },
    });
    const document = await db.sourceDocument.create({
      data: { kind: 'work_report', districtId: district.id, year: YEAR, title: `测试夹具 ${code}`, fullText: TEXT, textSha256: createHash('sha256').update(TEXT).digest('hex') },
    });
    const quoteStart = TEXT.indexOf(QUOTE);
    await db.target.createMany({
      data: indicatorIds.map((indicatorId) => ({
        districtId: district.id, indicatorId, year: YEAR, measure: 'growth' as const, qualifier: 'about' as const, value: '6', unit: '%', asWritten: '6%左右',
        sourceDocumentId: document.id, quote: QUOTE, quoteStart, quoteEnd: quoteStart + QUOTE.length,
      })),
    });
  }
});

/** The scorecard with a counter of the chunks its writer has pulled. */
function counted(scorecard: Scorecard): { scorecard: Scorecard; pulled: () => number } {
  let pulled = 0;
  return {
    scorecard: { ...scorecard, chunks: async function* () { for await (const chunk of scorecard.chunks()) { pulled += 1; yield chunk; } } },
    pulled: () => pulled,
  };
}

/** Long enough for several chunk reads (a few ms each on the test database) to happen if nothing held them back. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

/**
 * Waits for the first chunk read (it may take longer than one settle on a loaded machine),
 * then (at most 5 s) until the count stops moving for one settle.
 */
async function quiet(count: () => number): Promise<void> {
  for (let waited = 0; count() === 0 && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  for (let waited = 0, before = -1; waited < 5_000 && count() !== before; waited += 300) {
    before = count();
    await settle();
  }
}

describe('one-year scorecard streaming', () => {
  it('reads chunks only as fast as the reader takes the CSV, and every row in the end', async () => {
    const { scorecard, pulled } = counted(await openScorecard({ year: YEAR }, new Date(), 1));
    expect(scorecard.provenance.targetCount).toBe(DISTRICTS * indicatorIds.length);
    const stream: Readable = scorecardCsv(scorecard, 'zh');
    const reader = stream[Symbol.asyncIterator]();
    const first = await reader.next();
    expect(first.done).toBe(false);
    await quiet(pulled);
    // Stream buffers hold a few dozen rows: a handful of one-district chunks, not forty.
    const early = pulled();
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThanOrEqual(DISTRICTS / 4);
    let text = String(first.value);
    for (let next = await reader.next(); !next.done; next = await reader.next()) text += String(next.value);
    expect(pulled()).toBe(DISTRICTS);
    expect(text.split('\n').filter((line) => line.includes('测试区')).length).toBe(DISTRICTS * indicatorIds.length);
  });

  it('stops reading when the reader goes away', async () => {
    const { scorecard, pulled } = counted(await openScorecard({ year: YEAR }, new Date(), 1));
    const stream = scorecardCsv(scorecard, 'zh');
    const reader = stream[Symbol.asyncIterator]();
    await reader.next();
    await reader.return?.();
    await quiet(pulled); // a read already under way may still land
    const afterCancel = pulled();
    await settle();
    expect(pulled()).toBe(afterCancel);
    expect(afterCancel).toBeLessThanOrEqual(DISTRICTS / 4);
  });
});

describe('all-years, all-districts scorecard streaming', () => {
  it('reads one year and a few districts per chunk, only as fast as the reader takes the CSV', async () => {
    const { scorecard, pulled } = counted(await openScorecard({}, new Date(), 1));
    const stream: Readable = scorecardCsv(scorecard, 'zh');
    const reader = stream[Symbol.asyncIterator]();
    const first = await reader.next();
    expect(first.done).toBe(false);
    await quiet(pulled);
    // The newest year (the fixture's) comes first; a reader that took one chunk of bytes has caused a handful of reads.
    expect(pulled()).toBeGreaterThan(0);
    expect(pulled()).toBeLessThanOrEqual(DISTRICTS / 4);
    let text = String(first.value);
    for (let next = await reader.next(); !next.done; next = await reader.next()) text += String(next.value);
    expect(text.split('\n').filter((line) => line.includes('测试区')).length).toBe(DISTRICTS * indicatorIds.length);
    expect((parse(text, { bom: true }) as string[][]).length - 1).toBe(scorecard.provenance.targetCount);
  });
});
