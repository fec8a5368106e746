// The round-10 (rules10a) alias migration: existing databases gain 节能降耗 / 节能降碳 (energy saving) and
// 农村牧区(常住)居民人均可支配收入 (rural income) once, beside whatever aliases an admin has already set.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '@/lib/db/migrate';
import { INDICATORS } from '@/lib/indicators/catalog';
import { createEmptyDatabase } from './test-database';

const MIGRATIONS = path.join(process.cwd(), 'prisma', 'migrations');
const SQL = fs.readFileSync(path.join(MIGRATIONS, fs.readdirSync(MIGRATIONS).find((name) => name.endsWith('_indicator_aliases_round10a'))!, 'migration.sql'), 'utf8');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

describe('indicator aliases migration (round 10, rules10a)', () => {
  it('appends the energy-saving and rural-income spellings where missing, keeps an admin’s aliases, and adds nothing twice', async () => {
    const database = await createEmptyDatabase();
    cleanups.push(database.drop);
    await migrate(database.url, MIGRATIONS);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO "indicator" ("key", "name_zh", "name_en", "aliases", "higher_is_better", "updated_at") VALUES
         ('energy_saving', '节能减排', 'Energy saving', ARRAY['管理员别名', '节能降耗'], true, now()),
         ('rural_income', '农村常住居民人均可支配收入', 'Rural income', NULL, true, now())`,
      );
      await client.query(SQL);
      await client.query(SQL);
      const rows = (await client.query<{ key: string; aliases: string[] | null }>('SELECT "key", "aliases" FROM "indicator" ORDER BY "key"')).rows;
      expect(rows).toEqual([
        { key: 'energy_saving', aliases: ['管理员别名', '节能降耗', '节能降碳'] },
        { key: 'rural_income', aliases: ['农村牧区常住居民人均可支配收入', '农村牧区居民人均可支配收入'] },
      ]);
    } finally {
      await client.end();
    }
  });

  it('adds the same spellings the catalogue seeds new databases with', () => {
    const aliasesOf = (key: string) => INDICATORS.find((indicator) => indicator.key === key)!.aliases;
    for (const alias of ['节能降耗', '节能降碳']) expect(aliasesOf('energy_saving')).toContain(alias);
    for (const alias of ['农村牧区常住居民人均可支配收入', '农村牧区居民人均可支配收入']) expect(aliasesOf('rural_income')).toContain(alias);
  });
});
