// A recorded outcome continues the stored verdict from its row (lib/verdicts/continue-verdicts.ts)
// instead of replaying the series' history: on a series with hundreds of revisions, every
// write's stored verdict must equal a full recomputation (computeStoredVerdicts), flips
// included, for a target and for a relative target whose reference it is; and the write
// must not read the series' history (its statements, logged on the way to PostgreSQL).
import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/sessions';
import type { Vintage } from '@/lib/domain/types';
import { appendOutcomeRevisions, type RevisionToAppend } from '@/lib/outcomes/append-revisions';
import { recordOutcome } from '@/lib/outcomes/mutations';
import { createTarget } from '@/lib/targets/mutations';
import { computeStoredVerdicts, readStoredVerdicts } from '@/lib/verdicts/stored-verdicts';
import { makeUser } from './fixtures/users';
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();
const YEAR = 2024;
const HISTORY = 400;
// Around 6.5%左右 (met within 0.5 pp), above it and below it: consecutive final figures flip the verdict.
const VALUES = ['6.5', '7.4', '5.1', '6.2', '8.0', '4.0', '6.9', '6.6'];
const VINTAGES: Vintage[] = ['estimate', 'preliminary', 'final', 'final', 'estimate', 'final', 'preliminary'];
const quoteOf = (value: string) => `完成${value}%；`;

let admin: SessionUser;
let documentId: number;
let gdp: { id: number; districtId: number; indicatorId: number };
let income: { id: number; districtId: number; indicatorId: number };

beforeAll(async () => {
  const district = await db.district.create({ data: { code: '999302', nameZh: '续算测试区', nameEn: 'Continuation District', pinyin: 'Xusuan', provinceZh: '测试省', provinceEn: 'Test Province' } });
  admin = await makeUser(db, 'continue-verdicts-admin', 'admin');
  documentId = (await db.sourceDocument.create({ data: {
    kind: 'work_report', districtId: district.id, year: YEAR + 1, title: '续算测试文件', fullText: `测试夹具（非官方数据）：目标句。${VALUES.map(quoteOf).join('')}`, textSha256: 'c'.repeat(64),
  } })).id;
  const make = async (key: string, asWritten: string) => {
    const indicator = await db.indicator.findUniqueOrThrow({ where: { key } });
    const created = await executeAction(createTarget, { db, user: admin }, {
      districtId: district.id, indicatorId: indicator.id, year: YEAR, measure: 'growth', asWritten, documentId: String(documentId), quote: '目标句',
    });
    if (!created.ok) throw new Error(`target ${key}: ${JSON.stringify(created)}`);
    return { id: created.data.targetId, districtId: district.id, indicatorId: indicator.id };
  };
  gdp = await make('gdp', '6.5%左右');
  income = await make('resident_income', '与经济增长同步');
  // The history: HISTORY revisions of GDP in one import-like call (several new steps: recomputed in full).
  const history: RevisionToAppend[] = Array.from({ length: HISTORY }, (_, index) => revision(gdp, index, index));
  await db.$transaction((tx) => appendOutcomeRevisions(tx, { userId: admin.id }, history), { timeout: 60_000 });
});

function revision(target: typeof gdp, index: number, base: number): RevisionToAppend {
  const value = VALUES[index % VALUES.length]!;
  return {
    districtId: target.districtId, indicatorId: target.indicatorId, year: YEAR, measure: 'growth', value, unit: '%', vintage: VINTAGES[index % VINTAGES.length]!,
    sourceDocumentId: documentId, quote: quoteOf(value), quoteStart: 0, quoteEnd: 0, baseRevision: base, audit: { via: 'test' },
  };
}

async function latestRevision(target: typeof gdp): Promise<number> {
  const row = await db.outcome.findFirst({ where: { districtId: target.districtId, indicatorId: target.indicatorId, year: YEAR, periodMonths: 12 }, orderBy: { revision: 'desc' } });
  return row?.revision ?? 0;
}

describe('stored verdicts continued by a write', () => {
  it('equal a full recomputation after each write to a much-revised series, flips included', async () => {
    const ids = [gdp.id, income.id];
    expect(await readStoredVerdicts(db, ids)).toEqual(await computeStoredVerdicts(db, ids));
    const flips = new Set<string>();
    for (let step = 0; step < 40; step += 1) {
      // Mostly GDP (the relative target's reference too), every third write the resident income.
      const target = step % 3 === 2 ? income : gdp;
      const value = VALUES[(step * 5) % VALUES.length]!;
      const result = await executeAction(recordOutcome, { db, user: admin }, {
        targetId: target.id, baseRevision: await latestRevision(target), value, unit: '%', vintage: VINTAGES[(step * 3) % VINTAGES.length]!,
        documentId: String(documentId), quote: quoteOf(value),
      });
      expect(result.ok).toBe(true);
      const stored = await readStoredVerdicts(db, ids);
      expect(stored).toEqual(await computeStoredVerdicts(db, ids));
      for (const row of stored) if (row.flippedFrom) flips.add(`${row.targetId}:${row.flippedFrom}:${row.computed}`);
    }
    // The sequence exercised flips (else the comparison above proved little about rule 6).
    expect(flips.size).toBeGreaterThan(1);
  }, 120_000);

  it('a write reads the latest revision per vintage, not the series\' history', async () => {
    const statements: string[] = [];
    const revisionBase = await latestRevision(gdp);
    await db.$transaction(async (tx) => {
      // Every statement of the write, logged on its way to PostgreSQL (the real transaction runs them).
      const logged = new Proxy(tx, {
        get(target, property, receiver) {
          if (property === '$queryRawUnsafe') {
            return (sql: string, ...values: unknown[]) => {
              statements.push(sql);
              return target.$queryRawUnsafe(sql, ...values);
            };
          }
          return Reflect.get(target, property, receiver) as unknown;
        },
      });
      await appendOutcomeRevisions(logged, { userId: admin.id }, [revision(gdp, 2, revisionBase)]);
    });
    expect(statements.some((sql) => sql.includes('enum_range(NULL::"Vintage")'))).toBe(true);
    // computeStoredVerdicts' read of every annual revision of the series.
    expect(statements.filter((sql) => sql.includes('ORDER BY o.revision') && sql.includes('o.period_months = 12'))).toEqual([]);
    expect(await readStoredVerdicts(db, [gdp.id, income.id])).toEqual(await computeStoredVerdicts(db, [gdp.id, income.id]));
  });
});
