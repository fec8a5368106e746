import 'server-only';
import { db } from '@/lib/db';

export type QuotedFigure =
  | { kind: 'target'; id: number; indicatorZh: string; indicatorEn: string; year: number; asWritten: string; start: number; end: number }
  | { kind: 'outcome'; id: number; indicatorZh: string; indicatorEn: string; year: number; value: string; unit: string; revision: number; start: number; end: number }
  | { kind: 'skipped'; id: number; indicatorZh: string; indicatorEn: string; year: number; note: string; start: number; end: number };

export type DocumentPage = {
  id: number; kind: string; year: number; title: string; publishedOn: Date | null; url: string | null; fullText: string;
  district: { code: string; nameZh: string; nameEn: string };
  figures: QuotedFigure[];
};

const indicatorName = { select: { nameZh: true, nameEn: true } } as const;

/** A source document with every figure quoted from it. One query. */
export async function getDocumentPage(id: number): Promise<DocumentPage | null> {
  const document = await db.sourceDocument.findUnique({
    where: { id },
    select: {
      id: true, kind: true, year: true, title: true, publishedOn: true, url: true, fullText: true,
      district: { select: { code: true, nameZh: true, nameEn: true } },
      targets: { select: { id: true, year: true, asWritten: true, quoteStart: true, quoteEnd: true, indicator: indicatorName } },
      outcomes: { select: { id: true, year: true, value: true, unit: true, revision: true, quoteStart: true, quoteEnd: true, indicator: indicatorName } },
      skippedFigures: { select: { id: true, year: true, note: true, quoteStart: true, quoteEnd: true, indicator: indicatorName } },
    },
  });
  if (!document) return null;
  const figures: QuotedFigure[] = [
    ...document.targets.map((row) => ({ kind: 'target' as const, id: row.id, indicatorZh: row.indicator.nameZh, indicatorEn: row.indicator.nameEn, year: row.year, asWritten: row.asWritten, start: row.quoteStart, end: row.quoteEnd })),
    ...document.outcomes.map((row) => ({ kind: 'outcome' as const, id: row.id, indicatorZh: row.indicator.nameZh, indicatorEn: row.indicator.nameEn, year: row.year, value: row.value.toString(), unit: row.unit, revision: row.revision, start: row.quoteStart, end: row.quoteEnd })),
    ...document.skippedFigures.map((row) => ({ kind: 'skipped' as const, id: row.id, indicatorZh: row.indicator.nameZh, indicatorEn: row.indicator.nameEn, year: row.year, note: row.note, start: row.quoteStart, end: row.quoteEnd })),
  ].sort((a, b) => a.start - b.start);
  return {
    id: document.id, kind: document.kind, year: document.year, title: document.title, publishedOn: document.publishedOn, url: document.url,
    fullText: document.fullText, district: document.district, figures,
  };
}
