// The scorecard exports read their rows on the stored verdicts (lib/scorecard/rows.ts →
// findTargetSummaries: only the revision each verdict rests on). The files they write must
// be the files the full read (findTargets: every revision, replayed) writes: the seed, and
// a constructed year with flips, vintages, a disputed figure, an override, a judgment, a
// stale confirmation, a relative target, unit conversion, a measure mismatch and a stored
// verdict out of date.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerPool } from '@/lib/db/plain-rows';
import { scorecardCsv } from '@/lib/export/csv';
import { scorecardXlsx } from '@/lib/export/xlsx';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { openScorecard, type Scorecard, type ScorecardQuery, type ScorecardRow, scorecardRows, toScorecardRow } from '@/lib/scorecard/rows';
import { findTargets } from '@/lib/targets/data';
import { checkStoredVerdicts } from '@/lib/verdicts/check';
import { LATER_REVISION_REASON, writeVerdictCases } from './fixtures/verdict-cases';
import { useTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;
const YEAR = 2016;
const AT = new Date('2026-06-01T00:00:00Z');

let queries = 0;

beforeAll(async () => {
  database = await useTestDatabase();
  // lib/db uses the client on globalThis; put one there that counts its queries: those Prisma
  // sends and those plainRows sends (both through its pool), as createDb's client would.
  const pool = new pg.Pool({ connectionString: database.url });
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  (pool as { query: unknown }).query = (...args: unknown[]) => { queries += 1; return query(...args); };
  const counting = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  registerPool(counting, pool);
  (globalThis as { db?: unknown }).db = counting;
});

async function bytes(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** The same scorecard (query, title, provenance) with its rows from the full read, as the exports read them before. */
async function fullRead(scorecard: Scorecard): Promise<Scorecard> {
  const years = scorecard.query.year ? [scorecard.query.year] : undefined;
  const targets = await findTargets({ ...(years ? { years } : {}) }, [{ year: 'desc' }, { districtId: 'asc' }, { indicatorId: 'asc' }, { measure: 'asc' }]);
  const rows = targets.map(toScorecardRow);
  return { ...scorecard, chunks: async function* () { if (rows.length > 0) yield rows; } };
}

/** Every part of an XLSX file but its modification time (docProps/core.xml differs between any two downloads). */
function xlsxParts(file: Buffer): Record<string, string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scorecard-summaries-'));
  const zip = path.join(dir, 'file.xlsx');
  fs.writeFileSync(zip, file);
  const names = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n').filter((name) => name && name !== 'docProps/core.xml');
  execFileSync('unzip', ['-q', zip, '-d', path.join(dir, 'parts')]);
  const parts = Object.fromEntries(names.map((name) => [name, fs.readFileSync(path.join(dir, 'parts', name), 'utf8')]));
  fs.rmSync(dir, { recursive: true });
  return parts;
}

/** The CSV (zh and en) and the XLSX are the full read's, byte for byte (the XLSX part by part). */
async function expectSameFiles(query: ScorecardQuery): Promise<void> {
  const scorecard = await openScorecard(query, AT, 3);
  const full = await fullRead(scorecard);
  const rows = await scorecardRows(scorecard);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows).toEqual(await scorecardRows(full));
  // Rows read for a file carry its language's explanation only (computeVerdict wrote no other); all else is the same.
  for (const locale of ['zh', 'en'] as const) {
    const read: ScorecardRow[] = [];
    for await (const chunk of scorecard.chunks(locale)) read.push(...chunk);
    expect(read).toEqual(rows.map((row) => ({ ...row, [locale === 'zh' ? 'explanationEn' : 'explanationZh']: null })));
  }
  for (const locale of ['zh', 'en'] as const) {
    expect((await bytes(scorecardCsv(scorecard, locale))).toString()).toBe((await bytes(scorecardCsv(full, locale))).toString());
  }
  expect(xlsxParts(await bytes(scorecardXlsx(scorecard, 'zh')))).toEqual(xlsxParts(await bytes(scorecardXlsx(full, 'zh'))));
}

describe('scorecard exports read on the stored verdicts', () => {
  it('write the full read\'s files for the seed, every year', async () => {
    // The seed's targets all have their stored verdicts: the rows come by the stored path.
    expect(await database.db.targetVerdict.count()).toBe(await database.db.target.count());
    await expectSameFiles({});
  });

  it('write the full read\'s files for flips, vintages, disputes, reviews, relative targets, units, mismatches and a stale stored verdict', async () => {
    const db = database.db;
    expect(await db.target.count({ where: { year: YEAR } })).toBe(0);
    const districts = await db.district.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
    // The targets' indicators: every one but GDP (the relative target's reference).
    const indicators = await db.indicator.findMany({ where: { key: { not: 'gdp' } }, select: { id: true }, orderBy: { id: 'asc' } });
    const slots = districts.flatMap((district) => indicators.flatMap((indicator) => (['growth', 'level'] as const).map((measure) => ({ districtId: district.id, indicatorId: indicator.id, year: YEAR, measure }))));
    const cases = await writeVerdictCases(db, slots, 'export-summary-reviewer');
    const { flipped, overridden, final } = cases;
    // Written behind the app's back: store the verdicts as the app's writes would.
    await checkStoredVerdicts(db, { fix: true });
    await expectSameFiles({ year: YEAR });

    // Out of date behind the app's back: a later final figure and an override the stored verdicts never saw.
    // The target that had no figure gets one, stored; then a final figure the stored verdict never saw.
    const stale = cases.unreported;
    await cases.revisions(stale, [['6.5', 'preliminary']], 1);
    await checkStoredVerdicts(db, { fix: true });
    await cases.revisions(stale, [['4', 'final']], 2);
    await db.verdictReview.create({ data: { targetId: final.id, kind: 'override', verdict: 'missed', reason: 'behind the back', reviewerId: cases.reviewerId, createdAt: cases.at() } });
    await expectSameFiles({ year: YEAR });
    const rows = await scorecardRows(await openScorecard({ year: YEAR }, AT));
    expect(rows.find((row) => row.targetId === stale.id)).toMatchObject({ actualValue: '4', vintage: 'final', verdictCode: 'missed' });
    expect(rows.find((row) => row.targetId === final.id)).toMatchObject({ finalCode: 'missed', reviewReason: 'behind the back' });
    expect(rows.find((row) => row.targetId === flipped.id)?.explanationZh).toContain('修订前为');
    expect(rows.find((row) => row.targetId === overridden.id)).toMatchObject({ reviewState: 'disputed', finalCode: 'missed', figureNotInQuoteReason: LATER_REVISION_REASON });
  });
  it('read a chunk in a fixed number of queries, none per row or revision, when the stored verdicts are current', async () => {
    const db = database.db;
    const year = 2015;
    expect(await db.target.count({ where: { year } })).toBe(0);
    const districts = await db.district.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
    const indicators = await db.indicator.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
    const document = await db.sourceDocument.findFirstOrThrow({ select: { id: true, fullText: true } });
    const provenance = { sourceDocumentId: document.id, quote: document.fullText.slice(0, 4), quoteStart: 0, quoteEnd: 4 };
    const rowsRead = async () => {
      const scorecard = await openScorecard({ year }, AT, 1000);
      const before = queries;
      const rows = await scorecardRows(scorecard);
      return { rows: rows.length, queries: queries - before };
    };
    const add = async (districtIds: number[]) => {
      for (const districtId of districtIds) {
        for (const indicator of indicators) {
          await db.target.create({ data: { districtId, indicatorId: indicator.id, year, measure: 'growth', qualifier: 'about', value: '6', unit: '%', asWritten: '6%左右', ...provenance } });
          for (const [revision, value, vintage] of [[1, '5', 'preliminary'], [2, '6.2', 'final']] as const) {
            await db.outcome.create({ data: { districtId, indicatorId: indicator.id, year, measure: 'growth', revision, value, unit: '%', vintage, ...provenance } });
          }
        }
      }
      await checkStoredVerdicts(db, { fix: true });
    };
    await add([districts[0]!.id]);
    const few = await rowsRead();
    await add(districts.slice(1).map((district) => district.id));
    const many = await rowsRead();
    expect(many.rows).toBeGreaterThan(few.rows);
    // The chunk's target ids and findScorecardSummaries' seven reads (targets with their stored
    // verdicts and basis revisions, their districts, indicators, documents, the tolerance setting,
    // reviews, units); no full read.
    expect(few.queries).toBe(8);
    expect(many.queries).toBe(8);
  });
});
