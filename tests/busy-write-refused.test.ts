// A write whose transaction finds no free database connection within its wait is refused as
// 'busy' ("服务器繁忙，本次未保存任何内容"), not as an unexpected error, and writes nothing.
import { PrismaPg } from '@prisma/adapter-pg';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type ActionDefinition, executeAction } from '@/lib/actions/define-action';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { makeUser } from './fixtures/users';
import { useTestDatabase } from './test-database';

describe('a write with no free connection', () => {
  it('is refused as busy and writes nothing', async () => {
    const { db, url } = await useTestDatabase();
    const staff = await makeUser(db, 'busy-staff', 'staff', []);
    // A write as the actions write: one transaction (not registered: the probe is this test's own).
    const probe: ActionDefinition<z.ZodObject<{ name: z.ZodString }>, number> = {
      name: 'busyProbe', permission: 'signed-in', schema: z.object({ name: z.string() }),
      run: async ({ db: client, input }) => client.$transaction(async (tx) => (await tx.appSetting.create({ data: { key: input.name, value: true } })).key.length),
    };
    // One connection, held by a long transaction; the probe's transaction may wait 200 ms for it.
    const crowded = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }), transactionOptions: { maxWait: 200 } });
    let release!: () => void;
    const held = crowded.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1`;
      await new Promise<void>((resolve) => { release = resolve; });
    }, { timeout: 30_000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const result = await executeAction(probe, { db: crowded, user: staff }, { name: 'busy-probe' });
    release();
    await held;
    expect(result).toMatchObject({ ok: false, code: 'busy' });
    expect(await db.appSetting.count({ where: { key: 'busy-probe' } })).toBe(0);
    // With the connection free, the same write goes through.
    expect(await executeAction(probe, { db: crowded, user: staff }, { name: 'busy-probe' })).toMatchObject({ ok: true });
    expect(await db.appSetting.count({ where: { key: 'busy-probe' } })).toBe(1);
    await crowded.$disconnect();
  });
});
