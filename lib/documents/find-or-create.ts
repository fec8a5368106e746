// THE way a source document is stored: by district and sha256 of its text, so the
// same text is kept once per district, and every creation is audited in the
// caller's transaction. The record form, report ingestion, import and seeding all
// come through here.
import { createHash } from 'node:crypto';
import { recordAudit, type Actor } from '@/lib/audit/record-audit';
import type { DocumentKind } from '@/lib/domain/types';
import type { Prisma } from '@/lib/generated/prisma/client';

export type NewDocument = {
  districtId: number;
  kind: DocumentKind;
  year: number;
  title: string;
  fullText: string;
  publishedOn?: Date | null;
  url?: string | null;
  /** Which path stored it (form, ingest, import, seed), kept in the audit record. */
  via: string;
};

export type StoredDocument = { id: number; fullText: string; created: boolean };

export function textSha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export async function findOrCreateDocument(tx: Prisma.TransactionClient, actor: Actor, document: NewDocument): Promise<StoredDocument> {
  const sha = textSha256(document.fullText);
  const existing = await tx.sourceDocument.findUnique({ where: { districtId_textSha256: { districtId: document.districtId, textSha256: sha } }, select: { id: true, fullText: true } });
  if (existing) return { ...existing, created: false };
  const created = await tx.sourceDocument.create({
    data: {
      kind: document.kind, districtId: document.districtId, year: document.year, title: document.title, publishedOn: document.publishedOn ?? null,
      url: document.url || null, fullText: document.fullText, textSha256: sha, createdById: 'userId' in actor ? actor.userId : null,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actor, action: 'document.create', entityType: 'source_document', entityId: created.id, districtId: document.districtId,
    after: { title: document.title, kind: document.kind, year: document.year, url: document.url || null, textSha256: sha, via: document.via },
  });
  return { id: created.id, fullText: document.fullText, created: true };
}
