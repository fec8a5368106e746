import { describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import { seedDatabase } from '@/lib/seed/seed-database';
import { bootstrapAdmin } from '@/lib/users/bootstrap-admin';
import { SEED_OUTCOMES, SEED_SKIPPED, SEED_TARGETS } from '@/prisma/seed/figures';
import { useTestDatabase } from './test-database';

describe('the seeded database', async () => {
  const { db } = await useTestDatabase('seeded');

  it('holds every seed target, outcome and skipped figure', async () => {
    expect(await db.district.count()).toBe(5);
    expect(await db.sourceDocument.count()).toBe(5);
    expect(await db.target.count()).toBe(SEED_TARGETS.length);
    expect(await db.outcome.count()).toBe(SEED_OUTCOMES.length);
    expect(await db.skippedFigure.count()).toBe(SEED_SKIPPED.length);
  });

  it('quotes every figure verbatim from its stored document at the recorded offsets', async () => {
    const documents = new Map((await db.sourceDocument.findMany({ select: { id: true, fullText: true } })).map((d) => [d.id, d.fullText]));
    const select = { id: true, sourceDocumentId: true, quote: true, quoteStart: true, quoteEnd: true } as const;
    const rows = [
      ...(await db.target.findMany({ select: { ...select, value: true } })).map((row) => ({ ...row, value: row.value?.abs().toString() ?? null })),
      ...(await db.outcome.findMany({ select: { ...select, value: true } })).map((row) => ({ ...row, value: row.value.abs().toString() })),
      ...(await db.skippedFigure.findMany({ select })).map((row) => ({ ...row, value: null })),
    ];
    expect(rows.length).toBe(SEED_TARGETS.length + SEED_OUTCOMES.length + SEED_SKIPPED.length);
    for (const row of rows) {
      const text = documents.get(row.sourceDocumentId) ?? '';
      expect(text.slice(row.quoteStart, row.quoteEnd), `row ${row.id}`).toBe(row.quote);
      // The stored number is written in the quote (without the minus of "下降").
      if (row.value) expect(row.quote, `row ${row.id}`).toContain(row.value);
    }
  });

  it('stores the Bozhou 2025 GDP target and the Honghuagang 2023 GDP outcome as written', async () => {
    const gdp = await db.indicator.findUniqueOrThrow({ where: { key: 'gdp' } });
    const bozhou = await db.district.findUniqueOrThrow({ where: { code: '520304' } });
    const target = await db.target.findFirstOrThrow({ where: { districtId: bozhou.id, indicatorId: gdp.id, year: 2025 } });
    expect([target.qualifier, target.value?.toString(), target.unit, target.asWritten]).toEqual(['about', '6.5', '%', '6.5%左右']);
    const honghuagang = await db.district.findUniqueOrThrow({ where: { code: '520302' } });
    const level = await db.outcome.findFirstOrThrow({ where: { districtId: honghuagang.id, indicatorId: gdp.id, year: 2023, measure: 'level' } });
    expect([level.value.toString(), level.unit, level.vintage]).toEqual(['359.82', '亿元', 'estimate']);
  });

  it('audits every seeded target and outcome', async () => {
    expect(await db.auditLog.count({ where: { actorLabel: 'system:seed', entityType: 'target' } })).toBe(SEED_TARGETS.length);
    expect(await db.auditLog.count({ where: { actorLabel: 'system:seed', entityType: 'outcome' } })).toBe(SEED_OUTCOMES.length);
  });

  it('does not seed twice', async () => {
    expect(await seedDatabase(db)).toEqual({ created: false });
    expect(await db.target.count()).toBe(SEED_TARGETS.length);
  });
});

describe('the first admin', async () => {
  const { db } = await useTestDatabase('seeded');

  it('is created once, with a generated password that is shown and works', async () => {
    const first = await bootstrapAdmin(db, undefined);
    expect(first.created).toBe(true);
    if (!first.created || !first.generatedPassword) throw new Error('expected a generated password');
    const admin = await db.user.findUniqueOrThrow({ where: { username: 'admin' } });
    expect(admin.role).toBe('admin');
    expect(admin.mustChangePassword).toBe(true);
    expect(admin.passwordHash).not.toContain(first.generatedPassword);
    expect(await verifyPassword(admin.passwordHash, first.generatedPassword)).toBe(true);
    expect(await bootstrapAdmin(db, 'another-password-1')).toEqual({ created: false });
    expect(await db.user.count()).toBe(1);
  });

  it('refuses a short ADMIN_PASSWORD', async () => {
    await expect(bootstrapAdmin(db, 'short')).rejects.toThrow(/at least 10/);
  });
});
