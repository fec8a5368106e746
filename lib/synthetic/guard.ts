// Which databases the synthetic generator may write to: an empty one, or one it
// generated before (marked by app_setting 'synthetic_dataset' = true). Never one
// holding real districts or the real seed documents.
import type pg from 'pg';
import { SEED_DISTRICTS } from '@/prisma/seed/districts';

export const SYNTHETIC_MARKER_KEY = 'synthetic_dataset';

export class SyntheticRefusal extends Error {}

export type TargetState = 'empty' | 'synthetic';

/** Call after migrating; throws SyntheticRefusal for any database holding real data. */
export async function checkSyntheticTarget(client: pg.Client): Promise<TargetState> {
  const marker = await client.query<{ value: unknown }>('SELECT value FROM app_setting WHERE key = $1', [SYNTHETIC_MARKER_KEY]);
  const marked = marker.rows[0]?.value === true;
  const real = await client.query<{ n: string }>('SELECT count(*) AS n FROM district WHERE code = ANY($1)', [SEED_DISTRICTS.map((district) => district.code)]);
  if (Number(real.rows[0]?.n) > 0) {
    throw new SyntheticRefusal('Refusing: this database holds the real seed districts and reports. Point SYNTHETIC_DATABASE_URL at an empty database.');
  }
  if (marked) return 'synthetic';
  const counts = await client.query<{ n: string }>(
    `SELECT (SELECT count(*) FROM district) + (SELECT count(*) FROM source_document) + (SELECT count(*) FROM target)
          + (SELECT count(*) FROM outcome) + (SELECT count(*) FROM app_user) AS n`,
  );
  if (Number(counts.rows[0]?.n) > 0) {
    throw new SyntheticRefusal(`Refusing: this database has data and is not marked synthetic (app_setting '${SYNTHETIC_MARKER_KEY}'). Use an empty database.`);
  }
  return 'empty';
}
