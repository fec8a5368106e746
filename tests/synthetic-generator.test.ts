// The synthetic generator (issue 8) writes only into an empty or already-synthetic
// database, and every quote it records is verbatim at its offsets.
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '@/lib/db/client';
import { generateSynthetic } from '@/lib/synthetic/generate';
import { checkStoredVerdicts } from '@/lib/verdicts/check';
import { SyntheticRefusal } from '@/lib/synthetic/guard';
import { createEmptyDatabase, useTestDatabase } from './test-database';

describe('synthetic generator', () => {
  it('refuses a database holding the real seed data, and leaves it untouched', async () => {
    const { db, url } = await useTestDatabase('seeded');
    const before = await db.target.count();
    await expect(generateSynthetic(url, { districts: 3, fromYear: 2023, toYear: 2024 })).rejects.toBeInstanceOf(SyntheticRefusal);
    expect(await db.target.count()).toBe(before);
    expect(await db.appSetting.findUnique({ where: { key: 'synthetic_dataset' } })).toBeNull();
  });

  describe('a tiny run', async () => {
    const empty = await createEmptyDatabase();
    const client = new pg.Client({ connectionString: empty.url });
    afterAll(async () => {
      await client.end();
      await empty.drop();
    });

    it('creates 3 districts × 2 years with every quote verbatim at its offsets', async () => {
      const summary = await generateSynthetic(empty.url, { districts: 3, fromYear: 2023, toYear: 2024 });
      expect(summary).toMatchObject({ districts: 3, documents: 6, targets: 3 * 2 * 15 });
      expect(summary.outcomes).toBeGreaterThan(0);
      await client.connect();
      const documents = new Map((await client.query<{ id: number; full_text: string }>('SELECT id, full_text FROM source_document')).rows.map((row) => [row.id, row.full_text]));
      const quoted = (await client.query<{ source_document_id: number; quote: string; quote_start: number; quote_end: number }>(
        'SELECT source_document_id, quote, quote_start, quote_end FROM target UNION ALL SELECT source_document_id, quote, quote_start, quote_end FROM outcome',
      )).rows;
      expect(quoted.length).toBe(summary.targets + summary.outcomes);
      for (const row of quoted) {
        expect(documents.get(row.source_document_id)!.slice(row.quote_start, row.quote_end)).toBe(row.quote);
      }
      const vintages = (await client.query<{ vintage: string }>('SELECT DISTINCT vintage FROM outcome ORDER BY 1')).rows.map((row) => row.vintage);
      expect(vintages).toEqual(['estimate', 'preliminary', 'final']);
      // Every target has its stored verdict, equal to a fresh recomputation.
      expect(Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM target_verdict')).rows[0]!.n)).toBe(summary.targets);
      const checkDb = createDb(empty.url);
      try {
        expect(await checkStoredVerdicts(checkDb)).toMatchObject({ checked: summary.targets, differences: 0 });
      } finally {
        await checkDb.$disconnect();
      }
      for (const text of documents.values()) expect(text).toContain('合成数据');
    });

    it('runs again over its own (marked) data set', async () => {
      const summary = await generateSynthetic(empty.url, { districts: 2, fromYear: 2024, toYear: 2024 });
      expect(summary).toMatchObject({ districts: 2, targets: 30 });
    });
  });
});
