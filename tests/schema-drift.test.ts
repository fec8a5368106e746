import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { shapeFromDatabase, shapeFromPrismaSchema } from './schema-shape';
import { useTestDatabase } from './test-database';

const SCHEMA = path.join(process.cwd(), 'prisma', 'schema.prisma');

function difference(expected: string[], actual: string[]) {
  return {
    missingFromDatabase: expected.filter((line) => !actual.includes(line)),
    notInSchemaPrisma: actual.filter((line) => !expected.includes(line)),
  };
}

describe('schema.prisma and the migrated database', async () => {
  const { url } = await useTestDatabase('migrated');

  it('agree on tables, columns, types, nullability, enums, indexes and foreign keys', async () => {
    const expected = shapeFromPrismaSchema(SCHEMA);
    expect(expected.length).toBeGreaterThan(100);
    expect(difference(expected, await shapeFromDatabase(url))).toEqual({ missingFromDatabase: [], notInSchemaPrisma: [] });
  });

  it('notices a column, an index and a nullability change that schema.prisma does not have', async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('ALTER TABLE target ADD COLUMN stray integer');
    await client.query('CREATE INDEX stray_idx ON outcome (unit)');
    await client.query('ALTER TABLE district ALTER COLUMN pinyin DROP NOT NULL');
    await client.end();
    const { missingFromDatabase, notInSchemaPrisma } = difference(shapeFromPrismaSchema(SCHEMA), await shapeFromDatabase(url));
    expect(notInSchemaPrisma).toEqual(expect.arrayContaining(['column target.stray integer', 'index outcome(unit)', 'column district.pinyin text']));
    expect(missingFromDatabase).toEqual(['column district.pinyin text not null']);
  });
});
