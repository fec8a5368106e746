// The round-11 (rules11b) alias migration: existing databases gain 农牧区(常住)居民人均可支配收入 (rural
// income) and 实到外资 (FDI) once, beside whatever aliases an admin has already set.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '@/lib/db/migrate';
import { INDICATORS } from '@/lib/indicators/catalog';
import { createEmptyDatabase } from './test-database';

const MIGRATIONS = path.join(process.cwd(), 'prisma', 'migrations');
const SQL = fs.readFileSync(path.join(MIGRATIONS, fs.readdirSync(MIGRATIONS).find((name) => name.endsWith('_indicator_aliases_round11b'))!, 'migration.sql'), 'utf8');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

describe('indicator aliases migration (round 11, rules11b)', () => {
  it('appends the rural-income and FDI spellings where missing, keeps an admin’s aliases, and adds nothing twice', async () => {
    const database = await createEmptyDatabase();
    cleanups.push(database.drop);
    await migrate(database.url, MIGRATIONS);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO "indicator" ("key", "name_zh", "name_en", "aliases", "higher_is_better", "updated_at") VALUES
         ('rural_income', '农村常住居民人均可支配收入', 'Rural income', ARRAY['管理员别名', '农牧区居民人均可支配收入'], true, now()),
         ('urban_income', '城镇常住居民人均可支配收入', 'Urban income', NULL, true, now()),
         ('fdi', '实际使用外商直接投资额', 'FDI', NULL, true, now())`,
      );
      await client.query(SQL);
      await client.query(SQL);
      const rows = (await client.query<{ key: string; aliases: string[] | null }>('SELECT "key", "aliases" FROM "indicator" ORDER BY "key"')).rows;
      expect(rows).toEqual([
        { key: 'fdi', aliases: ['实到外资'] },
        { key: 'rural_income', aliases: ['管理员别名', '农牧区居民人均可支配收入', '农牧区常住居民人均可支配收入'] },
        { key: 'urban_income', aliases: null },
      ]);
    } finally {
      await client.end();
    }
  });

  it('adds the same spellings the catalogue seeds new databases with', () => {
    const aliasesOf = (key: string) => INDICATORS.find((indicator) => indicator.key === key)!.aliases;
    for (const alias of ['农牧区常住居民人均可支配收入', '农牧区居民人均可支配收入']) expect(aliasesOf('rural_income')).toContain(alias);
    expect(aliasesOf('fdi')).toContain('实到外资');
  });
});
