// Loads the founding data (prisma/seed) into an empty database: districts, the five
// reports as source documents, and every target and outcome quoted from them.
// A figure whose quote is not found verbatim at its offsets aborts the seed:
// nothing enters the database without its provenance.
import fs from 'node:fs';
import path from 'node:path';
import { auditData, type AuditEntry } from '@/lib/audit/record-audit';
import type { Db } from '@/lib/db/client';
import { findOrCreateDocument } from '@/lib/documents/find-or-create';
import { appendOutcomeRevisions } from '@/lib/outcomes/append-revisions';
import { refreshVerdicts } from '@/lib/verdicts/refresh';
import { INDICATORS } from '@/lib/indicators/catalog';
import { SEED_DISTRICTS } from '@/prisma/seed/districts';
import { SEED_DOCUMENTS } from '@/prisma/seed/documents';
import { SEED_OUTCOMES, SEED_SKIPPED, SEED_TARGETS } from '@/prisma/seed/figures';

export const SEED_REPORTS_DIR = path.join(process.cwd(), 'prisma', 'seed', 'reports');

export type SeedSummary =
  | { created: false }
  | { created: true; districts: number; documents: number; targets: number; outcomes: number; skipped: number };

const SEED_ACTOR = { label: 'system:seed' } as const;

/** Adds catalogue indicators the database lacks; existing ones (maybe edited by an admin) are left alone. */
export async function ensureIndicators(db: Db): Promise<void> {
  await db.indicator.createMany({
    data: INDICATORS.map((indicator) => ({
      key: indicator.key,
      nameZh: indicator.nameZh,
      nameEn: indicator.nameEn,
      aliases: [...indicator.aliases],
      levelUnit: indicator.levelUnit,
      higherIsBetter: indicator.higherIsBetter,
    })),
    skipDuplicates: true,
  });
}

export async function seedDatabase(db: Db, reportsDir = SEED_REPORTS_DIR): Promise<SeedSummary> {
  await ensureIndicators(db);
  return db.$transaction(
    async (tx) => {
      // Several instances may start at once; only the first seeds.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(72010003)`;
      if ((await tx.district.count()) > 0) return { created: false } as const;

      const indicators = new Map((await tx.indicator.findMany({ select: { id: true, key: true } })).map((row) => [row.key, row.id]));
      const indicatorId = (key: string) => required(indicators.get(key), `indicator ${key}`);

      await tx.district.createMany({ data: SEED_DISTRICTS.map((district) => ({ ...district })) });
      const districts = new Map((await tx.district.findMany({ select: { id: true, code: true } })).map((row) => [row.code, row.id]));
      const districtId = (code: string) => required(districts.get(code), `district ${code}`);

      const texts = new Map<string, string>();
      const documentIds = new Map<string, number>();
      for (const document of SEED_DOCUMENTS) {
        const fullText = fs.readFileSync(path.join(reportsDir, document.file), 'utf8');
        texts.set(document.file, fullText);
        const created = await findOrCreateDocument(tx, SEED_ACTOR, {
          kind: document.kind,
          districtId: districtId(document.districtCode),
          year: document.year,
          title: document.title,
          publishedOn: document.publishedOn ? new Date(`${document.publishedOn}T00:00:00Z`) : null,
          url: document.url,
          fullText,
          via: 'seed',
        });
        documentIds.set(document.file, created.id);
      }
      const provenance = (file: string, quote: string, quoteStart: number) => {
        const text = required(texts.get(file), `document ${file}`);
        if (text.slice(quoteStart, quoteStart + quote.length) !== quote) {
          throw new Error(`Seed quote not found verbatim in ${file} at ${quoteStart}: ${quote}`);
        }
        return { sourceDocumentId: required(documentIds.get(file), file), quote, quoteStart, quoteEnd: quoteStart + quote.length };
      };

      const targets = await tx.target.createManyAndReturn({
        data: SEED_TARGETS.map((target) => ({
          districtId: districtId(target.districtCode),
          indicatorId: indicatorId(target.indicatorKey),
          year: target.year,
          measure: target.measure,
          qualifier: target.qualifier,
          value: target.value,
          valueHigh: target.valueHigh,
          unit: target.unit,
          asWritten: target.asWritten,
          relativeToIndicatorId: target.relativeToIndicatorKey ? indicatorId(target.relativeToIndicatorKey) : null,
          ...provenance(target.file, target.quote, target.quoteStart),
        })),
        select: { id: true, districtId: true, indicatorId: true, year: true, measure: true, asWritten: true },
      });
      // Through the one write path of outcome revisions: the same unit checks, numbering and audit record as a form.
      const outcomes = await appendOutcomeRevisions(tx, SEED_ACTOR, SEED_OUTCOMES.map((outcome) => ({
        districtId: districtId(outcome.districtCode),
        indicatorId: indicatorId(outcome.indicatorKey),
        year: outcome.year,
        measure: outcome.measure,
        value: outcome.value,
        unit: outcome.unit,
        vintage: outcome.vintage,
        baseRevision: 0,
        audit: { via: 'seed' },
        ...provenance(outcome.file, outcome.quote, outcome.quoteStart),
      })));
      await tx.skippedFigure.createMany({
        data: SEED_SKIPPED.map((skipped) => ({
          districtId: districtId(skipped.districtCode),
          indicatorId: indicatorId(skipped.indicatorKey),
          year: skipped.year,
          measure: skipped.measure,
          note: skipped.note,
          ...provenance(skipped.file, skipped.quote, skipped.quoteStart),
        })),
      });

      const audit: AuditEntry[] = [
        ...targets.map((target) => ({ actor: SEED_ACTOR, action: 'target.create', entityType: 'target', entityId: target.id, targetId: target.id, districtId: target.districtId, after: { ...target } })),
      ];
      await tx.auditLog.createMany({ data: audit.map(auditData) });
      // Targets without outcomes get their (pending) stored verdict too.
      await refreshVerdicts(tx, targets.map((target) => target.id));

      return {
        created: true,
        districts: SEED_DISTRICTS.length,
        documents: SEED_DOCUMENTS.length,
        targets: targets.length,
        outcomes: outcomes.length,
        skipped: SEED_SKIPPED.length,
      } as const;
    },
    { timeout: 60_000 },
  );
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Seed data refers to an unknown ${what}.`);
  return value;
}
