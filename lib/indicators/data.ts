// The indicator table in the catalogue's shape: the one catalogue the report
// extractor reads with. Read per extraction (22 rows), so an alias an admin adds is
// used by the next extraction without a deploy; catalog.ts only seeds the table.
import type { Db } from '@/lib/db/client';
import type { IndicatorDefinition } from '@/lib/indicators/catalog';

export async function loadIndicatorCatalogue(db: Pick<Db, 'indicator'>): Promise<IndicatorDefinition[]> {
  return db.indicator.findMany({
    select: { key: true, nameZh: true, nameEn: true, aliases: true, levelUnit: true, higherIsBetter: true },
    orderBy: { id: 'asc' },
  });
}
