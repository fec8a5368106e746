// The alias migrations: existing databases gain the extractor's new catalogue aliases (round 6:
// 出口, 粮食作物播种面积; round 8: 一般预算收入, 能耗强度; round 9: 粮食总产; round 10a: 节能降耗/节能降碳,
// 农村牧区居民收入; round 11b: 农牧区居民收入, 实到外资; round 12c: 社零, 一般公共财政预算收入, 外贸出口额;
// round 13c: 空气品质优良天数比率/比例; round 14c: 农牧民人均可支配收入; round 15b: 公共财政收入, 地方公共财政收入) once, beside whatever aliases an admin has already set.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '@/lib/db/migrate';
import { INDICATORS } from '@/lib/indicators/catalog';
import { createEmptyDatabase } from './test-database';

const MIGRATIONS = path.join(process.cwd(), 'prisma', 'migrations');
const aliasesSql = (round: string) =>
  fs.readFileSync(path.join(MIGRATIONS, fs.readdirSync(MIGRATIONS).find((name) => name.endsWith(`_indicator_aliases_${round}`))!, 'migration.sql'), 'utf8');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

/**
 * On a fully migrated empty database: inserts the indicators (`values`, rows of
 * "indicator" (key, name_zh, name_en, aliases, higher_is_better, updated_at)), runs the round's
 * alias migration twice (it must add nothing the second time), and returns every indicator's aliases.
 */
async function aliasesAfterRunningTwice(round: string, values: string): Promise<{ key: string; aliases: string[] | null }[]> {
  const database = await createEmptyDatabase();
  cleanups.push(database.drop);
  await migrate(database.url, MIGRATIONS);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(`INSERT INTO "indicator" ("key", "name_zh", "name_en", "aliases", "higher_is_better", "updated_at") VALUES ${values}`);
    const sql = aliasesSql(round);
    await client.query(sql);
    await client.query(sql);
    return (await client.query<{ key: string; aliases: string[] | null }>('SELECT "key", "aliases" FROM "indicator" ORDER BY "key"')).rows;
  } finally {
    await client.end();
  }
}

describe('indicator aliases migration (round 6)', () => {
  it('appends 出口 and 粮食作物播种面积 where missing, keeps an admin’s aliases, and adds nothing twice', async () => {
    const rows = await aliasesAfterRunningTwice('round6', `
      ('exports', '出口总额', 'Total exports', ARRAY['出口额', '管理员别名'], true, now()),
      ('grain_area', '粮食播种面积', 'Grain sown area', ARRAY['粮食作物播种面积'], true, now()),
      ('gdp', '地区生产总值', 'GDP', NULL, true, now())`);
    expect(rows).toEqual([
      { key: 'exports', aliases: ['出口额', '管理员别名', '出口'] },
      { key: 'gdp', aliases: null },
      { key: 'grain_area', aliases: ['粮食作物播种面积'] },
    ]);
  });
});

describe('indicator aliases migration (round 8)', () => {
  it('appends 一般预算收入 and 能耗强度 where missing, keeps an admin’s aliases, and adds nothing twice', async () => {
    const rows = await aliasesAfterRunningTwice('round8', `
      ('budget_revenue', '一般公共预算收入', 'General public budget revenue', ARRAY['管理员别名'], true, now()),
      ('energy_intensity', '单位地区生产总值能耗', 'Energy intensity', NULL, false, now())`);
    expect(rows).toEqual([
      { key: 'budget_revenue', aliases: ['管理员别名', '一般预算收入'] },
      { key: 'energy_intensity', aliases: ['能耗强度'] },
    ]);
  });
});

describe('indicator aliases migration (round 9)', () => {
  it('appends 粮食总产 where missing, keeps an admin’s aliases, and adds nothing twice', async () => {
    const rows = await aliasesAfterRunningTwice('round9', `
      ('grain_output', '粮食产量', 'Grain output', ARRAY['粮食总产量', '管理员别名'], true, now()),
      ('grain_area', '粮食播种面积', 'Grain sown area', NULL, true, now())`);
    expect(rows).toEqual([
      { key: 'grain_area', aliases: null },
      { key: 'grain_output', aliases: ['粮食总产量', '管理员别名', '粮食总产'] },
    ]);
  });
});

describe('indicator aliases migration (round 10, rules10a)', () => {
  it('appends the energy-saving and rural-income spellings where missing, keeps an admin’s aliases, and adds nothing twice', async () => {
    const rows = await aliasesAfterRunningTwice('round10a', `
      ('energy_saving', '节能减排', 'Energy saving', ARRAY['管理员别名', '节能降耗'], true, now()),
      ('rural_income', '农村常住居民人均可支配收入', 'Rural income', NULL, true, now())`);
    expect(rows).toEqual([
      { key: 'energy_saving', aliases: ['管理员别名', '节能降耗', '节能降碳'] },
      { key: 'rural_income', aliases: ['农村牧区常住居民人均可支配收入', '农村牧区居民人均可支配收入'] },
    ]);
  });

  it('adds the same spellings the catalogue seeds new databases with', () => {
    const aliasesOf = (key: string) => INDICATORS.find((indicator) => indicator.key === key)!.aliases;
    for (const alias of ['节能降耗', '节能降碳']) expect(aliasesOf('energy_saving')).toContain(alias);
    for (const alias of ['农村牧区常住居民人均可支配收入', '农村牧区居民人均可支配收入']) expect(aliasesOf('rural_income')).toContain(alias);
  });
});

describe('indicator aliases migration (round 11, rules11b)', () => {
  it('appends the rural-income and FDI spellings where missing, keeps an admin’s aliases, and adds nothing twice', async () => {
    const rows = await aliasesAfterRunningTwice('round11b', `
      ('rural_income', '农村常住居民人均可支配收入', 'Rural income', ARRAY['管理员别名', '农牧区居民人均可支配收入'], true, now()),
      ('urban_income', '城镇常住居民人均可支配收入', 'Urban income', NULL, true, now()),
      ('fdi', '实际使用外商直接投资额', 'FDI', NULL, true, now())`);
    expect(rows).toEqual([
      { key: 'fdi', aliases: ['实到外资'] },
      { key: 'rural_income', aliases: ['管理员别名', '农牧区居民人均可支配收入', '农牧区常住居民人均可支配收入'] },
      { key: 'urban_income', aliases: null },
    ]);
  });

  it('adds the same spellings the catalogue seeds new databases with', () => {
    const aliasesOf = (key: string) => INDICATORS.find((indicator) => indicator.key === key)!.aliases;
    for (const alias of ['农牧区常住居民人均可支配收入', '农牧区居民人均可支配收入']) expect(aliasesOf('rural_income')).toContain(alias);
    expect(aliasesOf('fdi')).toContain('实到外资');
  });
});

describe('indicator aliases migration (round 12, rules12c)', () => {
  it('appends the retail-sales, budget-revenue and exports spellings where missing, keeps an admin’s aliases, and adds nothing twice', async () => {
    const rows = await aliasesAfterRunningTwice('round12c', `
      ('retail_sales', '社会消费品零售总额', 'Retail sales', ARRAY['管理员别名', '社零'], true, now()),
      ('budget_revenue', '一般公共预算收入', 'Budget revenue', NULL, true, now()),
      ('exports', '出口总额', 'Exports', ARRAY['出口额'], true, now()),
      ('gdp', '地区生产总值', 'GDP', NULL, true, now())`);
    expect(rows).toEqual([
      { key: 'budget_revenue', aliases: ['一般公共财政预算收入'] },
      { key: 'exports', aliases: ['出口额', '外贸出口额', '外贸出口总额'] },
      { key: 'gdp', aliases: null },
      { key: 'retail_sales', aliases: ['管理员别名', '社零', '社零额'] },
    ]);
  });

  it('adds the same spellings the catalogue seeds new databases with', () => {
    const aliasesOf = (key: string) => INDICATORS.find((indicator) => indicator.key === key)!.aliases;
    for (const alias of ['社零', '社零额']) expect(aliasesOf('retail_sales')).toContain(alias);
    expect(aliasesOf('budget_revenue')).toContain('一般公共财政预算收入');
    for (const alias of ['外贸出口额', '外贸出口总额']) expect(aliasesOf('exports')).toContain(alias);
  });
});

describe('indicator aliases migration (round 13, rules13c)', () => {
  it('appends the air-quality spellings of the Taiwan and Hong Kong press where missing, keeps an admin’s aliases, and adds nothing twice', async () => {
    const rows = await aliasesAfterRunningTwice('round13c', `
      ('air_quality_good_days', '空气质量优良天数比率', 'Good air days', ARRAY['管理员别名', '空气品质优良天数比例'], true, now()),
      ('gdp', '地区生产总值', 'GDP', NULL, true, now())`);
    expect(rows).toEqual([
      { key: 'air_quality_good_days', aliases: ['管理员别名', '空气品质优良天数比例', '空气品质优良天数比率'] },
      { key: 'gdp', aliases: null },
    ]);
  });

  it('adds the same spellings the catalogue seeds new databases with', () => {
    const aliasesOf = (key: string) => INDICATORS.find((indicator) => indicator.key === key)!.aliases;
    for (const alias of ['空气品质优良天数比率', '空气品质优良天数比例']) expect(aliasesOf('air_quality_good_days')).toContain(alias);
  });
});

describe('indicator aliases migration (round 14, rules14c)', () => {
  it('appends the pastoral regions’ 农牧民人均可支配收入 where missing, keeps an admin’s aliases, and adds nothing twice', async () => {
    const rows = await aliasesAfterRunningTwice('round14c', `
      ('rural_income', '农村常住居民人均可支配收入', 'Rural income', ARRAY['管理员别名'], true, now()),
      ('gdp', '地区生产总值', 'GDP', NULL, true, now())`);
    expect(rows).toEqual([
      { key: 'gdp', aliases: null },
      { key: 'rural_income', aliases: ['管理员别名', '农牧民人均可支配收入'] },
    ]);
  });

  it('adds the same spelling the catalogue seeds new databases with', () => {
    expect(INDICATORS.find((indicator) => indicator.key === 'rural_income')!.aliases).toContain('农牧民人均可支配收入');
  });
});

describe('indicator aliases migration (round 15, rules15a)', () => {
  it('appends 能耗双控 to energy intensity where missing, keeps an admin’s aliases, and adds nothing twice', async () => {
    const rows = await aliasesAfterRunningTwice('round15a', `
      ('energy_intensity', '单位地区生产总值能耗', 'Energy intensity', ARRAY['管理员别名'], false, now()),
      ('energy_saving', '节能减排', 'Energy saving', NULL, true, now())`);
    expect(rows).toEqual([
      { key: 'energy_intensity', aliases: ['管理员别名', '能耗双控'] },
      { key: 'energy_saving', aliases: null },
    ]);
  });

  it('adds the same spelling the catalogue seeds new databases with', () => {
    expect(INDICATORS.find((indicator) => indicator.key === 'energy_intensity')!.aliases).toContain('能耗双控');
  });
});

describe('indicator aliases migration (round 15, rules15b)', () => {
  it('appends 公共财政收入 and 地方公共财政收入 where missing, keeps an admin’s aliases, and adds nothing twice', async () => {
    const rows = await aliasesAfterRunningTwice('round15b', `
      ('budget_revenue', '一般公共预算收入', 'General public budget revenue', ARRAY['管理员别名', '公共财政收入'], true, now()),
      ('gdp', '地区生产总值', 'GDP', NULL, true, now())`);
    expect(rows).toEqual([
      { key: 'budget_revenue', aliases: ['管理员别名', '公共财政收入', '地方公共财政收入'] },
      { key: 'gdp', aliases: null },
    ]);
  });

  it('adds the same spellings the catalogue seeds new databases with', () => {
    const aliases = INDICATORS.find((indicator) => indicator.key === 'budget_revenue')!.aliases;
    for (const alias of ['公共财政收入', '地方公共财政收入']) expect(aliases).toContain(alias);
  });
});

describe('indicator aliases migration (round 16, rules16c)', () => {
  it('appends 规模以上工业企业增加值 and 规上工业企业增加值 where missing, keeps an admin’s aliases, and adds nothing twice', async () => {
    const rows = await aliasesAfterRunningTwice('round16c', `
      ('industrial_value_added', '规模以上工业增加值', 'Value added of industry above designated size', ARRAY['规上工业增加值', '管理员别名'], true, now()),
      ('gdp', '地区生产总值', 'GDP', NULL, true, now())`);
    expect(rows).toEqual([
      { key: 'gdp', aliases: null },
      { key: 'industrial_value_added', aliases: ['规上工业增加值', '管理员别名', '规模以上工业企业增加值', '规上工业企业增加值'] },
    ]);
  });

  it('adds the same spellings the catalogue seeds new databases with', () => {
    const aliases = INDICATORS.find((indicator) => indicator.key === 'industrial_value_added')!.aliases;
    for (const alias of ['规模以上工业企业增加值', '规上工业企业增加值']) expect(aliases).toContain(alias);
  });
});

describe('indicator aliases migration (round 17, rules17b)', () => {
  it('appends 调查失业率 where missing, keeps an admin’s aliases, and adds nothing twice', async () => {
    const rows = await aliasesAfterRunningTwice('round17b', `
      ('urban_unemployment_rate', '城镇调查失业率', 'Surveyed urban unemployment rate', ARRAY['城镇登记失业率', '管理员别名'], true, now()),
      ('gdp', '地区生产总值', 'GDP', NULL, true, now())`);
    expect(rows).toEqual([
      { key: 'gdp', aliases: null },
      { key: 'urban_unemployment_rate', aliases: ['城镇登记失业率', '管理员别名', '调查失业率'] },
    ]);
  });

  it('adds the same spelling the catalogue seeds new databases with', () => {
    expect(INDICATORS.find((indicator) => indicator.key === 'urban_unemployment_rate')!.aliases).toContain('调查失业率');
  });
});

describe('indicator aliases migration (round 17, rules17c)', () => {
  it('appends 到位外资 where missing, keeps an admin’s aliases, and adds nothing twice', async () => {
    const rows = await aliasesAfterRunningTwice('round17c', `
      ('fdi', '实际使用外商直接投资额', 'Foreign direct investment actually used', ARRAY['实际使用外资', '管理员别名'], true, now()),
      ('gdp', '地区生产总值', 'GDP', NULL, true, now())`);
    expect(rows).toEqual([
      { key: 'fdi', aliases: ['实际使用外资', '管理员别名', '到位外资'] },
      { key: 'gdp', aliases: null },
    ]);
  });

  it('adds the same spelling the catalogue seeds new databases with', () => {
    expect(INDICATORS.find((indicator) => indicator.key === 'fdi')!.aliases).toContain('到位外资');
  });
});

describe('indicator aliases migration (round 19, rules19c)', () => {
  it('appends 社消零 where missing, keeps an admin’s aliases, and adds nothing twice', async () => {
    const rows = await aliasesAfterRunningTwice('round19c', `
      ('retail_sales', '社会消费品零售总额', 'Total retail sales of consumer goods', ARRAY['社零', '管理员别名'], true, now()),
      ('gdp', '地区生产总值', 'GDP', NULL, true, now())`);
    expect(rows).toEqual([
      { key: 'gdp', aliases: null },
      { key: 'retail_sales', aliases: ['社零', '管理员别名', '社消零'] },
    ]);
  });

  it('adds the same spelling the catalogue seeds new databases with', () => {
    expect(INDICATORS.find((indicator) => indicator.key === 'retail_sales')!.aliases).toContain('社消零');
  });
});

describe('indicator aliases migration (round 20, rules20a)', () => {
  it('appends 货物出口 and 货物出口总额 where missing, keeps an admin’s aliases, and adds nothing twice', async () => {
    const rows = await aliasesAfterRunningTwice('round20a', `
      ('exports', '出口总额', 'Total exports', ARRAY['货物出口', '管理员别名'], true, now()),
      ('gdp', '地区生产总值', 'GDP', NULL, true, now())`);
    expect(rows).toEqual([
      { key: 'exports', aliases: ['货物出口', '管理员别名', '货物出口总额'] },
      { key: 'gdp', aliases: null },
    ]);
  });

  it('adds the same spellings the catalogue seeds new databases with', () => {
    const aliases = INDICATORS.find((indicator) => indicator.key === 'exports')!.aliases;
    expect(aliases).toContain('货物出口');
    expect(aliases).toContain('货物出口总额');
  });
});

describe('indicator aliases migration (round 25, rules25a)', () => {
  it('appends 规模以上固定资产投资 and 规上固定资产投资 where missing, keeps an admin’s aliases, and adds nothing twice', async () => {
    const rows = await aliasesAfterRunningTwice('round25a', `
      ('fixed_asset_investment', '固定资产投资', 'Fixed-asset investment', ARRAY['管理员别名', '规模以上固定资产投资'], true, now()),
      ('gdp', '地区生产总值', 'GDP', NULL, true, now())`);
    expect(rows).toEqual([
      { key: 'fixed_asset_investment', aliases: ['管理员别名', '规模以上固定资产投资', '规上固定资产投资'] },
      { key: 'gdp', aliases: null },
    ]);
  });

  it('adds the same spellings the catalogue seeds new databases with', () => {
    const aliases = INDICATORS.find((indicator) => indicator.key === 'fixed_asset_investment')!.aliases;
    for (const alias of ['规模以上固定资产投资', '规上固定资产投资']) expect(aliases).toContain(alias);
  });
});

describe('indicator aliases migration (round 26, rules26a)', () => {
  it('appends 新增就业 where missing, keeps an admin’s aliases, and adds nothing twice', async () => {
    const rows = await aliasesAfterRunningTwice('round26a', `
      ('new_urban_jobs', '城镇新增就业', 'New urban jobs', ARRAY['管理员别名'], true, now()),
      ('gdp', '地区生产总值', 'GDP', NULL, true, now())`);
    expect(rows).toEqual([
      { key: 'gdp', aliases: null },
      { key: 'new_urban_jobs', aliases: ['管理员别名', '新增就业'] },
    ]);
  });

  it('adds the same spelling the catalogue seeds new databases with', () => {
    expect(INDICATORS.find((indicator) => indicator.key === 'new_urban_jobs')!.aliases).toContain('新增就业');
  });
});

describe('indicator aliases migration (round 27, rules27a)', () => {
  it('appends 出口商品总值 where missing, keeps an admin’s aliases, and adds nothing twice', async () => {
    const rows = await aliasesAfterRunningTwice('round27a', `
      ('exports', '出口总额', 'Total exports', ARRAY['管理员别名'], true, now()),
      ('gdp', '地区生产总值', 'GDP', NULL, true, now())`);
    expect(rows).toEqual([
      { key: 'exports', aliases: ['管理员别名', '出口商品总值'] },
      { key: 'gdp', aliases: null },
    ]);
  });

  it('adds the same spelling the catalogue seeds new databases with', () => {
    expect(INDICATORS.find((indicator) => indicator.key === 'exports')!.aliases).toContain('出口商品总值');
  });
});

describe('indicator aliases migration (round 27, rules27b)', () => {
  it('appends 货物贸易出口 and 货物贸易出口总额 where missing, keeps an admin’s aliases, and adds nothing twice', async () => {
    const rows = await aliasesAfterRunningTwice('round27b', `
      ('exports', '出口总额', 'Total exports', ARRAY['管理员别名', '货物贸易出口'], true, now()),
      ('gdp', '地区生产总值', 'GDP', NULL, true, now())`);
    expect(rows).toEqual([
      { key: 'exports', aliases: ['管理员别名', '货物贸易出口', '货物贸易出口总额'] },
      { key: 'gdp', aliases: null },
    ]);
  });

  it('adds the same spellings the catalogue seeds new databases with', () => {
    const aliases = INDICATORS.find((indicator) => indicator.key === 'exports')!.aliases;
    for (const alias of ['货物贸易出口', '货物贸易出口总额']) expect(aliases).toContain(alias);
  });
});

describe('indicator aliases migration (round 28, rules28a)', () => {
  it('appends 空气质量优良天数率, 优良天数率 and 单位增加值能耗 where missing, keeps an admin’s aliases, and adds nothing twice', async () => {
    const rows = await aliasesAfterRunningTwice('round28a', `
      ('air_quality_good_days', '空气质量优良天数比率', 'Share of days with good air quality', ARRAY['管理员别名', '优良天数率'], true, now()),
      ('energy_intensity', '单位地区生产总值能耗', 'Energy consumption per unit of GDP', NULL, false, now()),
      ('gdp', '地区生产总值', 'GDP', NULL, true, now())`);
    expect(rows).toEqual([
      { key: 'air_quality_good_days', aliases: ['管理员别名', '优良天数率', '空气质量优良天数率'] },
      { key: 'energy_intensity', aliases: ['单位增加值能耗'] },
      { key: 'gdp', aliases: null },
    ]);
  });

  it('adds the same spellings the catalogue seeds new databases with', () => {
    const aliases = INDICATORS.find((indicator) => indicator.key === 'air_quality_good_days')!.aliases;
    for (const alias of ['空气质量优良天数率', '优良天数率']) expect(aliases).toContain(alias);
    expect(INDICATORS.find((indicator) => indicator.key === 'energy_intensity')!.aliases).toContain('单位增加值能耗');
  });
});

describe('indicator aliases migration (round 28, rules28b)', () => {
  it('appends 农民人均可支配收入 where missing, keeps an admin’s aliases, and adds nothing twice', async () => {
    const rows = await aliasesAfterRunningTwice('round28b', `
      ('gdp', '地区生产总值', 'GDP', NULL, true, now()),
      ('rural_income', '农村常住居民人均可支配收入', 'Rural income', ARRAY['管理员别名'], true, now())`);
    expect(rows).toEqual([
      { key: 'gdp', aliases: null },
      { key: 'rural_income', aliases: ['管理员别名', '农民人均可支配收入'] },
    ]);
  });

  it('adds the same spelling the catalogue seeds new databases with', () => {
    expect(INDICATORS.find((indicator) => indicator.key === 'rural_income')!.aliases).toContain('农民人均可支配收入');
  });
});

describe('indicator aliases migration (round 29, rules29a)', () => {
  it('appends 市场经营主体 where missing, keeps an admin’s aliases, and adds nothing twice', async () => {
    const rows = await aliasesAfterRunningTwice('round29a', `
      ('gdp', '地区生产总值', 'GDP', NULL, true, now()),
      ('market_entities', '市场主体', 'Market entities', ARRAY['管理员别名'], true, now())`);
    expect(rows).toEqual([
      { key: 'gdp', aliases: null },
      { key: 'market_entities', aliases: ['管理员别名', '市场经营主体'] },
    ]);
  });

  it('adds the same spelling the catalogue seeds new databases with', () => {
    expect(INDICATORS.find((indicator) => indicator.key === 'market_entities')!.aliases).toContain('市场经营主体');
  });
});

describe('indicator aliases migration (round 29, rules29b)', () => {
  it('appends 地方级收入 where missing, keeps an admin’s aliases, and adds nothing twice', async () => {
    const rows = await aliasesAfterRunningTwice('round29b', `
      ('budget_revenue', '一般公共预算收入', 'General public budget revenue', ARRAY['管理员别名'], true, now()),
      ('gdp', '地区生产总值', 'GDP', NULL, true, now())`);
    expect(rows).toEqual([
      { key: 'budget_revenue', aliases: ['管理员别名', '地方级收入'] },
      { key: 'gdp', aliases: null },
    ]);
  });

  it('adds the same spelling the catalogue seeds new databases with', () => {
    expect(INDICATORS.find((indicator) => indicator.key === 'budget_revenue')!.aliases).toContain('地方级收入');
  });
});
