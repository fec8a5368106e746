// Stored verdicts (issue 15) stay equal to computeVerdict's output whatever the
// writes: random sequences of outcome revisions of every vintage (by form and by
// import), outcome reviews, verdict reviews, target edits (wording, qualifier,
// tolerance), indicator tolerance and direction changes, and a relative target
// (与经济增长同步) whose reference is GDP, and in-year figures (1—N月) that the pace
// verdicts (序时进度) rest on — each through the real action, on real PostgreSQL.
// After every sequence, a fresh recomputation of every target's annual and pace
// verdicts (checkStoredVerdicts, what `npm run verdicts:check` runs) finds no
// difference, and in-year figures never moved an annual verdict.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/sessions';
import { commitImport } from '@/lib/import/plan';
import { updateIndicator } from '@/lib/indicators/mutations';
import { recordOutcome } from '@/lib/outcomes/mutations';
import { reviewOutcome, reviewVerdict } from '@/lib/reviews/mutations';
import { createTarget, updateTarget } from '@/lib/targets/mutations';
import { checkStoredVerdicts, type VerdictDifference } from '@/lib/verdicts/check';
import { makeUser } from './fixtures/users';
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();
const QUOTE = '测试目标与完成情况句';
// Each outcome quotes the sentence stating its figure (the figure-in-quote rule): one per figure a spec can produce.
const figureQuote = (value: string, unit: string) => `完成${value}${unit}；`;
const YEAR = 2024;

// Each target: its indicator, measure, and the wordings an edit may switch between.
const SPECS = [
  { key: 'gdp', measure: 'growth', wordings: ['6.5%左右', '7%以上', '6%—7%', '6.5%'], unit: '%', values: [4, 9] },
  { key: 'resident_income', measure: 'growth', wordings: ['与经济增长同步', '8%左右'], unit: '%', values: [4, 9] },
  { key: 'new_urban_jobs', measure: 'level', wordings: ['5000人以上', '0.6万人左右', '5000人'], unit: '人', values: [4000, 7000] },
  { key: 'cpi', measure: 'growth', wordings: ['3%左右', '控制在3%以内', '3%'], unit: '%', values: [1, 5] },
  { key: 'energy_saving', measure: 'growth', wordings: ['完成上级下达任务', '促稳提质'], unit: '%', values: [1, 2] },
] as const;
const TEXT = `测试夹具（非官方数据）：${QUOTE}。${[...new Set(SPECS.flatMap((spec) => Array.from({ length: 1001 }, (_, tenths) => figureQuote(figure(spec, tenths), spec.unit))))].join('')}`;
const CODES = ['exceeded', 'met', 'met_within_tolerance', 'missed', 'not_comparable'] as const;

let admin: SessionUser;
let districtCode: string;
let documentId: number;
const targets: { id: number; spec: (typeof SPECS)[number] }[] = [];

beforeAll(async () => {
  const district = await db.district.create({ data: { code: '999301', nameZh: '性质测试区', nameEn: 'Property District', pinyin: 'Xingzhi', provinceZh: '测试省', provinceEn: 'Test Province' } });
  districtCode = district.code;
  admin = await makeUser(db, 'verdict-prop-admin', 'admin');
  documentId = (await db.sourceDocument.create({ data: { kind: 'work_report', districtId: district.id, year: YEAR + 1, title: '性质测试文件', fullText: TEXT, textSha256: 'p'.repeat(64) } })).id;
  for (const spec of SPECS) {
    const indicator = await db.indicator.findUniqueOrThrow({ where: { key: spec.key } });
    const created = await executeAction(createTarget, { db, user: admin }, {
      districtId: district.id, indicatorId: indicator.id, year: YEAR, measure: spec.measure, asWritten: spec.wordings[0], documentId: String(documentId), quote: QUOTE,
    });
    if (!created.ok) throw new Error(`target ${spec.key}: ${JSON.stringify(created)}`);
    targets.push({ id: created.data.targetId, spec });
  }
});

type Op =
  | { kind: 'outcome'; target: number; tenths: number; vintage: 'estimate' | 'preliminary' | 'final'; viaImport: boolean }
  | { kind: 'inYear'; target: number; tenths: number; vintage: 'estimate' | 'preliminary' | 'final'; periodMonths: number }
  | { kind: 'outcomeReview'; target: number; verified: boolean }
  | { kind: 'verdictReview'; target: number; confirm: boolean; code: (typeof CODES)[number] }
  | { kind: 'editTarget'; target: number; wording: number; tolerance: string | undefined }
  | { kind: 'indicator'; target: number; growth: string; level: string; higherIsBetter: boolean };

const target = fc.integer({ min: 0, max: SPECS.length - 1 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('outcome' as const), target, tenths: fc.integer({ min: 0, max: 1000 }), vintage: fc.constantFrom('estimate' as const, 'preliminary' as const, 'final' as const), viaImport: fc.boolean() }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('inYear' as const), target, tenths: fc.integer({ min: 0, max: 1000 }), vintage: fc.constantFrom('estimate' as const, 'preliminary' as const, 'final' as const), periodMonths: fc.constantFrom(3, 6, 9, 11) }), weight: 3 },
  fc.record({ kind: fc.constant('outcomeReview' as const), target, verified: fc.boolean() }),
  fc.record({ kind: fc.constant('verdictReview' as const), target, confirm: fc.boolean(), code: fc.constantFrom(...CODES) }),
  { arbitrary: fc.record({ kind: fc.constant('editTarget' as const), target, wording: fc.nat(), tolerance: fc.constantFrom(undefined, '', '0.3', '1', '0.1') }), weight: 2 },
  fc.record({ kind: fc.constant('indicator' as const), target, growth: fc.constantFrom('', '0.2', '1'), level: fc.constantFrom('', '0.1'), higherIsBetter: fc.boolean() }),
);

/** A figure in the spec's range: growth in tenths of a percent, levels in people. */
function figure(spec: (typeof SPECS)[number], tenths: number): string {
  const [low, high] = spec.values;
  const value = low + ((high - low) * tenths) / 1000;
  return spec.measure === 'level' ? String(Math.round(value)) : value.toFixed(1);
}

async function apply(step: Op): Promise<void> {
  const { id, spec } = targets[step.target]!;
  const row = await db.target.findUniqueOrThrow({ where: { id }, select: { districtId: true, indicatorId: true, year: true, measure: true, version: true, qualifier: true } });
  const series = { districtId: row.districtId, indicatorId: row.indicatorId, year: row.year, measure: row.measure };
  const latest = await db.outcome.findFirst({ where: { ...series, periodMonths: 12 }, orderBy: { revision: 'desc' }, select: { id: true, revision: true } });
  let result: { ok: boolean } = { ok: true };
  switch (step.kind) {
    case 'outcome': {
      const value = figure(spec, step.tenths);
      if (step.viaImport) {
        const cells = { district_code: districtCode, indicator_key: spec.key, year: String(YEAR), measure: spec.measure, value, unit: spec.unit, vintage: step.vintage, source_document_id: String(documentId), quote: figureQuote(value, spec.unit) };
        const imported = await commitImport(db, admin, [{ line: 2, cells }]);
        result = { ok: imported.applied || imported.plan.every((line) => line.status === 'unchanged') };
      } else {
        result = await executeAction(recordOutcome, { db, user: admin }, { targetId: id, baseRevision: latest?.revision ?? 0, value, unit: spec.unit, vintage: step.vintage, documentId: String(documentId), quote: figureQuote(value, spec.unit) });
      }
      break;
    }
    case 'inYear': {
      const value = figure(spec, step.tenths);
      const inPeriod = await db.outcome.findFirst({ where: { ...series, periodMonths: step.periodMonths }, orderBy: { revision: 'desc' }, select: { revision: true } });
      result = await executeAction(recordOutcome, { db, user: admin }, {
        targetId: id, periodMonths: String(step.periodMonths), baseRevision: inPeriod?.revision ?? 0, value, unit: spec.unit, vintage: step.vintage,
        documentId: String(documentId), quote: figureQuote(value, spec.unit),
      });
      break;
    }
    case 'outcomeReview':
      if (latest) result = await executeAction(reviewOutcome, { db, user: admin }, { outcomeId: latest.id, state: step.verified ? 'verified' : 'disputed', comment: '性质测试' });
      break;
    case 'verdictReview': {
      const kind = row.qualifier === 'qualitative' ? 'judgment' : step.confirm ? 'confirm' : 'override';
      result = await executeAction(reviewVerdict, { db, user: admin }, { targetId: id, kind, verdict: kind === 'confirm' ? '' : step.code, reason: '性质测试理由' });
      break;
    }
    case 'editTarget':
      result = await executeAction(updateTarget, { db, user: admin }, {
        targetId: id, version: row.version, asWritten: spec.wordings[step.wording % spec.wordings.length]!, documentId: String(documentId), quote: QUOTE,
        ...(step.tolerance === undefined ? {} : { tolerance: step.tolerance }),
      });
      break;
    case 'indicator': {
      const indicator = await db.indicator.findUniqueOrThrow({ where: { id: row.indicatorId } });
      result = await executeAction(updateIndicator, { db, user: admin }, {
        indicatorId: indicator.id, version: indicator.version, nameZh: indicator.nameZh, nameEn: indicator.nameEn, aliases: indicator.aliases.join(','),
        higherIsBetter: step.higherIsBetter ? 'on' : '', growthTolerancePp: step.growth, levelToleranceRatio: step.level,
      });
      break;
    }
  }
  if (!result.ok) throw new Error(`${JSON.stringify(step)} was refused: ${JSON.stringify(result)}`);
}

describe('stored verdicts', () => {
  it('the seeded database starts with every verdict stored and equal to a recomputation', async () => {
    const result = await checkStoredVerdicts(db);
    expect(result.checked).toBe(await db.target.count());
    expect(result.differences).toBe(0);
  });

  it('equal a fresh recomputation after any sequence of writes', async () => {
    let sequences = 0;
    await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
      for (const step of ops) await apply(step);
      const differences: VerdictDifference[] = [];
      const result = await checkStoredVerdicts(db, { onDifference: (difference) => differences.push(difference) });
      expect(differences.map((difference) => ({ targetId: difference.targetId, fields: difference.fields }))).toEqual([]);
      expect(result.differences).toBe(0);
      sequences += 1;
    }), { numRuns: 25, endOnFailure: true });
    expect(sequences).toBe(25);
    // In-year figures were written and their pace verdicts stored.
    expect(await db.paceVerdict.count({ where: { targetId: { in: targets.map((entry) => entry.id) } } })).toBeGreaterThan(0);
    // The writes happened: the relative target and the others now rest on recorded revisions.
    expect(await db.targetVerdict.count({ where: { targetId: { in: targets.map((entry) => entry.id) }, outcomeId: { not: null } } })).toBeGreaterThan(0);
  }, 300_000);

  it('equal a fresh recomputation after concurrent writers touch the same verdicts (outcomes, reviews, edits, indicator changes)', async () => {
    let applied = 0;
    await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 8, maxLength: 16 }), async (ops) => {
      // Run at once; a refusal (a conflict between two of them) is fine, a wrong stored verdict is not.
      const results = await Promise.allSettled(ops.map((step) => apply(step)));
      applied += results.filter((result) => result.status === 'fulfilled').length;
      const differences: VerdictDifference[] = [];
      await checkStoredVerdicts(db, { onDifference: (difference) => differences.push(difference) });
      expect(differences.map((difference) => ({ targetId: difference.targetId, fields: difference.fields }))).toEqual([]);
    }), { numRuns: 10, endOnFailure: true });
    expect(applied).toBeGreaterThan(20);
  }, 300_000);

  it('in-year figures leave every annual verdict as it was', async () => {
    const annual = async () => db.targetVerdict.findMany({ where: { targetId: { in: targets.map((entry) => entry.id) } }, orderBy: { targetId: 'asc' }, omit: { updatedAt: true } });
    const before = await annual();
    await fc.assert(fc.asyncProperty(fc.array(op.filter((step) => step.kind === 'inYear'), { minLength: 1, maxLength: 6 }), async (ops) => {
      for (const step of ops) await apply(step);
      expect(await annual()).toEqual(before);
    }), { numRuns: 5, endOnFailure: true });
  }, 300_000);

  it('a stored pace row made wrong, deleted or added behind the app\'s back is found, and --fix repairs it', async () => {
    const rows = await db.paceVerdict.findMany({ where: { targetId: { in: targets.map((entry) => entry.id) } }, orderBy: [{ targetId: 'asc' }, { periodMonths: 'asc' }] });
    expect(rows.length).toBeGreaterThan(1);
    const [wrong, gone] = [rows[0]!, rows[1]!];
    await db.paceVerdict.update({ where: { targetId_periodMonths: { targetId: wrong.targetId, periodMonths: wrong.periodMonths } }, data: { code: wrong.code === 'on_pace' ? 'behind_pace' : 'on_pace' } });
    await db.paceVerdict.delete({ where: { targetId_periodMonths: { targetId: gone.targetId, periodMonths: gone.periodMonths } } });
    const extraPeriod = [1, 2, 4, 5, 7, 8, 10].find((months) => !rows.some((row) => row.targetId === wrong.targetId && row.periodMonths === months))!;
    await db.paceVerdict.create({ data: { ...wrong, periodMonths: extraPeriod, updatedAt: undefined } });
    const found: VerdictDifference[] = [];
    expect(await checkStoredVerdicts(db, { onDifference: (difference) => found.push(difference) })).toMatchObject({ differences: 3, paceDifferences: 3 });
    expect(found.map((difference) => [difference.period, difference.fields.includes('(missing)') || difference.fields.includes('(extra)') ? difference.fields[0] : 'code'])).toEqual(expect.arrayContaining([
      [wrong.periodMonths, 'code'], [gone.periodMonths, '(missing)'], [extraPeriod, '(extra)'],
    ]));
    expect(await checkStoredVerdicts(db, { fix: true })).toMatchObject({ differences: 3, fixed: 3 });
    expect(await checkStoredVerdicts(db)).toMatchObject({ differences: 0 });
  });

  it('a stored row made wrong behind the app\'s back is found, and --fix repairs it', async () => {
    const [first] = targets;
    await db.targetVerdict.update({ where: { targetId: first!.id }, data: { code: 'missed', computed: 'exceeded' } });
    await db.$executeRawUnsafe('DELETE FROM target_verdict WHERE target_id = $1', targets[1]!.id);
    const found: VerdictDifference[] = [];
    expect(await checkStoredVerdicts(db, { onDifference: (difference) => found.push(difference) })).toMatchObject({ differences: 2 });
    expect(found.map((difference) => difference.targetId).sort()).toEqual([first!.id, targets[1]!.id].sort());
    expect(found.find((difference) => difference.targetId === targets[1]!.id)?.fields).toEqual(['(missing)']);
    expect(await checkStoredVerdicts(db, { fix: true })).toMatchObject({ differences: 2, fixed: 2 });
    expect(await checkStoredVerdicts(db)).toMatchObject({ differences: 0 });
  });
});
