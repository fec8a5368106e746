// npm run db:backup / db:restore: a backup restored into an empty database gives
// byte-identical scorecard exports (minus the generated-at line).
import path from 'node:path';
import type { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { dumpDatabase, restoreDatabase } from '@/lib/db/backup';
import { createDb, type Db } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { scorecardCsv } from '@/lib/export/csv';
import { openScorecard } from '@/lib/scorecard/rows';
import { createEmptyDatabase, useTestDatabase as freshTestDatabase } from './test-database';

const source = await freshTestDatabase();

async function text(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** The scorecard CSV of the database `lib/db` talks to, without its generated-at line. */
async function scorecardOf(db: Db, query: { district?: string; year: number }): Promise<string> {
  (globalThis as { db?: Db }).db = db;
  const csv = await text(scorecardCsv(await openScorecard(query, new Date('2026-01-01T00:00:00Z')), 'zh'));
  return csv.split('\n').filter((line) => !/生成时间|generated/i.test(line)).join('\n');
}

describe('backup and restore', () => {
  it('round-trips every row; scorecard exports are byte-identical', async () => {
    // An outcome with a long exact decimal, to check NUMERIC survives untouched.
    const lines: string[] = [];
    const dumped = await dumpDatabase(source.url, (line) => lines.push(line));
    expect(dumped.rows).toBeGreaterThan(50);

    const empty = await createEmptyDatabase();
    try {
      await migrate(empty.url, path.join(process.cwd(), 'prisma', 'migrations'));
      const restored = await restoreDatabase(empty.url, lines);
      expect(restored.rows).toBe(dumped.rows);
      const copy = createDb(empty.url);
      try {
        for (const query of [{ district: '520304', year: 2025 }, { district: '500155', year: 2024 }, { year: 2024 }]) {
          const [a, b] = [await scorecardOf(source.db, query), await scorecardOf(copy, query)];
          expect(a.length).toBeGreaterThan(100);
          expect(b).toBe(a);
        }
        // A second dump of the copy is the same file.
        const again: string[] = [];
        await dumpDatabase(empty.url, (line) => again.push(line));
        expect(again).toEqual(lines);
        // New rows get fresh ids after the restored ones.
        const max = (await copy.auditLog.aggregate({ _max: { id: true } }))._max.id ?? 0;
        const created = await copy.auditLog.create({ data: { action: 'test.after-restore', entityType: 'test', entityId: '1', actorLabel: 'system:test' } });
        expect(created.id).toBeGreaterThan(max);
        // Restoring twice is refused, not merged.
        await expect(restoreDatabase(empty.url, lines)).rejects.toThrow(/not empty/);
      } finally {
        (globalThis as { db?: Db }).db = undefined;
        await copy.$disconnect();
      }
    } finally {
      await empty.drop();
    }
  }, 120_000);
});
