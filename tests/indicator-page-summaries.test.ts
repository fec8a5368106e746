// The indicator page reads its rows on the stored verdicts (lib/targets/summaries.ts):
// only the revision each verdict rests on, with the stored flip. What it shows must be
// what the full read (findTargets: every revision, replayed) shows, in every case the
// verdict rules have, and a stored row out of date must not show.
import { beforeAll, describe, expect, it } from 'vitest';
import { findTargets, summarize, type TargetSummary } from '@/lib/targets/data';
import type { OutcomeRevision } from '@/lib/verdict/types';
import { checkStoredVerdicts } from '@/lib/verdicts/check';
import { getIndicatorPage } from '@/lib/views/indicator-page';
import { writeVerdictCases } from './fixtures/verdict-cases';
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
    // One target per district, year and measure, all of the page's indicator.
    const slots = YEARS.flatMap((year) => districts.flatMap((district) => (['growth', 'level'] as const).map((measure) => ({ districtId: district.id, indicatorId: income.id, year, measure }))));
    const { flipped, overridden, final, relative, mismatched, qualitative, level } = await writeVerdictCases(db, slots, 'summary-reviewer');

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
