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
import { beforeAll, describe, expect, it } from 'vitest';
import type { Measure, Qualifier, Vintage } from '@/lib/domain/types';
import { scorecardCsv } from '@/lib/export/csv';
import { scorecardXlsx } from '@/lib/export/xlsx';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { openScorecard, type Scorecard, type ScorecardQuery, scorecardRows, toScorecardRow } from '@/lib/scorecard/rows';
import { findTargets } from '@/lib/targets/data';
import { checkStoredVerdicts } from '@/lib/verdicts/check';
import { makeUser } from './fixtures/users';
import { useTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;
const YEAR = 2016;
const AT = new Date('2026-06-01T00:00:00Z');

let queries = 0;

beforeAll(async () => {
  database = await useTestDatabase();
  // lib/db uses the client on globalThis; put one there that counts its queries.
  const counting = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }), log: [{ emit: 'event', level: 'query' }] });
  counting.$on('query', () => { queries += 1; });
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
    const gdp = await db.indicator.findUniqueOrThrow({ where: { key: 'gdp' }, select: { id: true } });
    // The targets' indicators: every one but GDP (the relative target's reference).
    const indicators = await db.indicator.findMany({ where: { key: { not: 'gdp' } }, select: { id: true }, orderBy: { id: 'asc' } });
    const document = await db.sourceDocument.findFirstOrThrow({ select: { id: true, fullText: true } });
    const provenance = { sourceDocumentId: document.id, quote: document.fullText.slice(0, 4), quoteStart: 0, quoteEnd: 4 };
    const reviewer = await makeUser(db, 'export-summary-reviewer', 'admin');
    let clock = Date.parse('2017-02-01T00:00:00Z');
    const at = () => new Date((clock += 60_000));
    const slots = districts.flatMap((district) => indicators.flatMap((indicator) => (['growth', 'level'] as const).map((measure) => ({ districtId: district.id, indicatorId: indicator.id, year: YEAR, measure }))));
    const used = new Set<number>();
    const target = async (qualifier: Qualifier, value: string | null, options: { measure?: Measure; unit?: string; relativeToGdp?: boolean } = {}) => {
      const measure = options.measure ?? 'growth';
      const index = slots.findIndex((candidate, i) => !used.has(i) && candidate.measure === measure);
      used.add(index);
      const place = slots[index]!;
      const row = await db.target.create({
        data: { districtId: place.districtId, indicatorId: place.indicatorId, year: place.year, measure, qualifier, value, unit: options.unit ?? (measure === 'growth' ? '%' : '元'),
          asWritten: qualifier === 'qualitative' ? '居民收入稳步增长' : `${value ?? ''}`, relativeToIndicatorId: options.relativeToGdp ? gdp.id : null, ...provenance },
        select: { id: true, districtId: true, indicatorId: true, year: true },
      });
      return { ...row, measure };
    };
    const revisions = async (of: { districtId: number; indicatorId: number; year: number; measure: Measure }, figures: [string, Vintage, string?][], indicatorId = of.indicatorId, first = 1) => {
      const ids: number[] = [];
      for (const [index, [value, vintage, unit]] of figures.entries()) {
        const outcome = await db.outcome.create({ data: { districtId: of.districtId, indicatorId, year: of.year, measure: of.measure, revision: first + index, value, unit: unit ?? (of.measure === 'growth' ? '%' : '元'), vintage, recordedAt: at(), recordedById: reviewer.id, figureNotInQuoteReason: index === 0 ? null : '按统计公报口径换算', ...provenance }, select: { id: true } });
        ids.push(outcome.id);
      }
      return ids;
    };

    const flipped = await target('about', '6');
    await revisions(flipped, [['7.5', 'estimate'], ['6.8', 'preliminary'], ['5', 'final']]);
    const overridden = await target('at_least', '6');
    const [, second] = await revisions(overridden, [['5', 'preliminary'], ['6.5', 'final']]);
    await db.outcomeReview.create({ data: { outcomeId: second!, state: 'disputed', comment: 'check', reviewerId: reviewer.id, createdAt: at() } });
    await db.verdictReview.create({ data: { targetId: overridden.id, kind: 'override', verdict: 'missed', reason: 'the final figure rules', reviewerId: reviewer.id, createdAt: at() } });
    const final = await target('about', '6');
    await revisions(final, [['6', 'final'], ['9', 'estimate']]);
    const relative = await target('relative', null, { relativeToGdp: true });
    await revisions(relative, [['7', 'final']]);
    await revisions(relative, [['6.5', 'final']], gdp.id);
    const confirmed = await target('about', '6');
    await revisions(confirmed, [['6', 'preliminary']]);
    await db.verdictReview.create({ data: { targetId: confirmed.id, kind: 'confirm', reason: 'ok', reviewerId: reviewer.id, createdAt: at() } });
    await revisions(confirmed, [['5.9', 'final']], confirmed.indicatorId, 2);
    const mismatched = await target('about', '6');
    await revisions({ ...mismatched, measure: 'level' }, [['31000', 'final']]);
    const qualitative = await target('qualitative', null);
    await db.verdictReview.create({ data: { targetId: qualitative.id, kind: 'judgment', verdict: 'met', reason: 'done', reviewerId: reviewer.id, createdAt: at() } });
    await target('about', '6.5');
    const level = await target('at_least', '30000', { measure: 'level' });
    await revisions(level, [['3.1', 'final', '万元']]);
    // Written behind the app's back: store the verdicts as the app's writes would.
    await checkStoredVerdicts(db, { fix: true });
    await expectSameFiles({ year: YEAR });

    // Out of date behind the app's back: a later final figure and an override the stored verdicts never saw.
    const stale = await target('about', '6');
    await revisions(stale, [['6', 'preliminary']]);
    await checkStoredVerdicts(db, { fix: true });
    await revisions(stale, [['4', 'final']], stale.indicatorId, 2);
    await db.verdictReview.create({ data: { targetId: final.id, kind: 'override', verdict: 'missed', reason: 'behind the back', reviewerId: reviewer.id, createdAt: at() } });
    await expectSameFiles({ year: YEAR });
    const rows = await scorecardRows(await openScorecard({ year: YEAR }, AT));
    expect(rows.find((row) => row.targetId === stale.id)).toMatchObject({ actualValue: '4', vintage: 'final', verdictCode: 'missed' });
    expect(rows.find((row) => row.targetId === final.id)).toMatchObject({ finalCode: 'missed', reviewReason: 'behind the back' });
    expect(rows.find((row) => row.targetId === flipped.id)?.explanationZh).toContain('修订前为');
    expect(rows.find((row) => row.targetId === overridden.id)).toMatchObject({ reviewState: 'disputed', finalCode: 'missed', figureNotInQuoteReason: '按统计公报口径换算' });
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
    // The chunk's target ids, findTargetSummaries' five reads, the basis revisions' sources; no full read.
    expect(few.queries).toBe(7);
    expect(many.queries).toBe(7);
  });
});
