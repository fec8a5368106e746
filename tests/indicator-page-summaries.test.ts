// The indicator page reads its rows on the stored verdicts (lib/targets/summaries.ts):
// only the revision each verdict rests on, with the stored flip. What it shows must be
// what the full read (findTargets: every revision, replayed) shows, in every case the
// verdict rules have, and a stored row out of date must not show.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Measure, Qualifier, Vintage } from '@/lib/domain/types';
import { findTargets, summarize, type TargetSummary } from '@/lib/targets/data';
import type { OutcomeRevision } from '@/lib/verdict/types';
import { checkStoredVerdicts } from '@/lib/verdicts/check';
import { getIndicatorPage } from '@/lib/views/indicator-page';
import { makeUser } from './fixtures/users';
import { useTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;
const YEARS = [2016, 2017];
const KEY = 'resident_income';

beforeAll(async () => {
  database = await useTestDatabase();
  (globalThis as { db?: unknown }).db = database.db;
});

/**
 * What a row shows. The flip's trigger revision is not kept in the stored row, so it is
 * left out of both; of the revisions a verdict rests on, the fields computeVerdict reads
 * (the full read hands it whole outcome rows, which it passes through).
 */
function comparable(row: TargetSummary) {
  const flip = row.verdict.flippedByRevision;
  const revision = (outcome: OutcomeRevision | null) => (outcome ? { id: outcome.id, measure: outcome.measure, value: outcome.value, unit: outcome.unit, vintage: outcome.vintage, recordedAt: outcome.recordedAt } : null);
  return { ...row, verdict: { ...row.verdict, outcome: revision(row.verdict.outcome), referenceOutcome: revision(row.verdict.referenceOutcome), flippedByRevision: flip ? { from: flip.from, revisionId: null } : null } };
}

/** Both years' pages, row by row against the full read; returns their rows. */
async function expectSameAsFullRead(): Promise<TargetSummary[]> {
  const rows: TargetSummary[] = [];
  for (const year of YEARS) rows.push(...(await getIndicatorPage(KEY, year))!.rows);
  const full = (await findTargets({ targetIds: rows.map((row) => row.id) })).map(summarize);
  const byId = new Map(full.map((row) => [row.id, row]));
  expect(rows.map(comparable)).toEqual(rows.map((row) => comparable(byId.get(row.id)!)));
  return rows;
}

describe('indicator page rows read on the stored verdicts', () => {
  it('show what the full read shows: flips, vintages, reviews, relative targets, units, mismatches', async () => {
    const db = database.db;
    expect(await db.target.count({ where: { year: { in: YEARS }, indicator: { key: KEY } } })).toBe(0);
    const districts = await db.district.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
    const income = await db.indicator.findUniqueOrThrow({ where: { key: KEY }, select: { id: true } });
    const gdp = await db.indicator.findUniqueOrThrow({ where: { key: 'gdp' }, select: { id: true } });
    const document = await db.sourceDocument.findFirstOrThrow({ select: { id: true, fullText: true } });
    const provenance = { sourceDocumentId: document.id, quote: document.fullText.slice(0, 4), quoteStart: 0, quoteEnd: 4 };
    const reviewer = await makeUser(db, 'summary-reviewer', 'admin');
    let clock = Date.parse('2017-02-01T00:00:00Z');
    const at = () => new Date((clock += 60_000));
    // One target per district, year and measure: the slots, taken in turn.
    const slots = YEARS.flatMap((year) => districts.flatMap((district) => (['growth', 'level'] as const).map((measure) => ({ districtId: district.id, year, measure }))));
    const used = new Set<number>();
    const target = async (qualifier: Qualifier, value: string | null, options: { measure?: Measure; unit?: string; relativeToGdp?: boolean } = {}) => {
      const measure = options.measure ?? 'growth';
      const index = slots.findIndex((candidate, i) => !used.has(i) && candidate.measure === measure);
      used.add(index);
      const place = slots[index]!;
      const row = await db.target.create({
        data: { districtId: place.districtId, indicatorId: income.id, year: place.year, measure, qualifier, value, unit: options.unit ?? (measure === 'growth' ? '%' : '元'),
          asWritten: qualifier === 'qualitative' ? '居民收入稳步增长' : `${value ?? ''}`, relativeToIndicatorId: options.relativeToGdp ? gdp.id : null, ...provenance },
        select: { id: true, districtId: true, year: true },
      });
      return { ...row, measure };
    };
    const revisions = async (of: { districtId: number; year: number; measure: Measure }, figures: [string, Vintage, string?][], indicatorId = income.id, first = 1) => {
      const ids: number[] = [];
      for (const [index, [value, vintage, unit]] of figures.entries()) {
        const outcome = await db.outcome.create({ data: { districtId: of.districtId, indicatorId, year: of.year, measure: of.measure, revision: first + index, value, unit: unit ?? (of.measure === 'growth' ? '%' : '元'), vintage, recordedAt: at(), recordedById: reviewer.id, ...provenance }, select: { id: true } });
        ids.push(outcome.id);
      }
      return ids;
    };

    // Exceeded on an estimate, then missed on the final figure: a flip.
    const flipped = await target('about', '6');
    await revisions(flipped, [['7.5', 'estimate'], ['5', 'final']]);
    // Missed on a preliminary figure, then exceeded on the final one, disputed, with a reviewer's override of the verdict.
    const overridden = await target('at_least', '6');
    const [, second] = await revisions(overridden, [['5', 'preliminary'], ['6.5', 'final']]);
    await db.outcomeReview.create({ data: { outcomeId: second!, state: 'disputed', comment: 'check', reviewerId: reviewer.id, createdAt: at() } });
    await db.verdictReview.create({ data: { targetId: overridden.id, kind: 'override', verdict: 'missed', reason: 'the final figure rules', reviewerId: reviewer.id, createdAt: at() } });
    // A late estimate never supersedes a final figure.
    const final = await target('about', '6');
    await revisions(final, [['6', 'final'], ['9', 'estimate']]);
    // In step with GDP growth (与经济增长同步), against the district's GDP figure.
    const relative = await target('relative', null, { relativeToGdp: true });
    await revisions(relative, [['7', 'final']]);
    await revisions(relative, [['6.5', 'final']], gdp.id);
    // A confirmation made before a later revision: stale.
    const confirmed = await target('about', '6');
    await revisions(confirmed, [['6', 'preliminary']]);
    await db.verdictReview.create({ data: { targetId: confirmed.id, kind: 'confirm', reason: 'ok', reviewerId: reviewer.id, createdAt: at() } });
    await revisions(confirmed, [['5.9', 'final']], income.id, 2);
    // Only a level figure for a growth target: not comparable, resting on no revision.
    const mismatched = await target('about', '6');
    await revisions({ ...mismatched, measure: 'level' }, [['31000', 'final']]);
    // A qualitative target judged by a reviewer, one with no figure yet, and a level target in another unit.
    const qualitative = await target('qualitative', null);
    await db.verdictReview.create({ data: { targetId: qualitative.id, kind: 'judgment', verdict: 'met', reason: 'done', reviewerId: reviewer.id, createdAt: at() } });
    await target('about', '6.5');
    const level = await target('at_least', '30000', { measure: 'level' });
    await revisions(level, [['3.1', 'final', '万元']]);

    // Written behind the app's back: store the verdicts as the app's writes would.
    await checkStoredVerdicts(db, { fix: true });
    const rows = await expectSameAsFullRead();
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(rows.length).toBeGreaterThanOrEqual(9);
    expect(byId.get(flipped.id)?.verdict.flippedByRevision?.from).toBe('exceeded');
    expect(byId.get(flipped.id)?.verdict.explanation.zh).toContain('修订前为');
    expect(byId.get(overridden.id)?.verdict.override?.verdict).toBe('missed');
    expect(byId.get(overridden.id)?.reviewState).toBe('disputed');
    expect(byId.get(overridden.id)?.verdict.flippedByRevision?.from).toBe('missed');
    expect(byId.get(final.id)?.basis?.revision).toBe(1);
    expect(byId.get(relative.id)?.verdict.referenceOutcome?.value).toBe('6.5');
    expect(byId.get(mismatched.id)?.verdict.reason?.code).toBe('measure_mismatch');
    expect(byId.get(qualitative.id)?.verdict.decidedBy).toBe('reviewer');
    expect(byId.get(level.id)?.verdict.actual).toEqual({ value: '31000', unit: '元' });
  });

  it('a stored row out of date does not show: that row is read in full', async () => {
    const db = database.db;
    const page = await getIndicatorPage(KEY, YEARS[0]);
    const row = page!.rows.find((candidate) => candidate.verdict.code === 'exceeded' || candidate.verdict.code === 'met')!;
    const reviewer = await db.user.findUniqueOrThrow({ where: { username: 'summary-reviewer' }, select: { id: true } });
    // Behind the app's back, without updating target_verdict.
    await db.verdictReview.create({ data: { targetId: row.id, kind: 'override', verdict: 'missed', reason: 'behind the back', reviewerId: reviewer.id } });
    const rows = await expectSameAsFullRead();
    expect(rows.find((candidate) => candidate.id === row.id)?.verdict.override?.reason).toBe('behind the back');
  });
});
