// Reads of key tasks (重点工作) for the units page.
import 'server-only';
import { db } from '@/lib/db';
import type { KeyTaskView } from './types';

const unitRef = { id: true, name: true, shortName: true } as const;

export async function listKeyTasks(districtId: number, year: number): Promise<KeyTaskView[]> {
  const tasks = await db.keyTask.findMany({
    where: { districtId, year },
    select: {
      id: true, districtId: true, year: true, seq: true, wording: true, version: true, quote: true, quoteStart: true, quoteEnd: true,
      sourceDocument: { select: { id: true, title: true } },
      units: { select: { role: true, unit: { select: unitRef } } },
    },
    orderBy: { seq: 'asc' },
  });
  return tasks.map(({ units, sourceDocument, quote, quoteStart, quoteEnd, ...task }) => ({
    ...task,
    source: sourceDocument && quote !== null && quoteStart !== null && quoteEnd !== null
      ? { documentId: sourceDocument.id, title: sourceDocument.title, quote, quoteStart, quoteEnd }
      : null,
    lead: units.find((row) => row.role === 'lead')?.unit ?? null,
    co: units.filter((row) => row.role === 'co').map((row) => row.unit).sort((a, b) => a.id - b.id),
  }));
}
