// THE way a source document is stored: by district and sha256 of its text, so the
// same text is kept once per district, and every creation is audited in the
// caller's transaction. The record form, report ingestion, import and seeding all
// come through here.
import { createHash } from 'node:crypto';
import type { Actor } from '@/lib/audit/record-audit';
import type { DocumentKind } from '@/lib/domain/types';
import type { RawSql } from '@/lib/db/sql-transaction';

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

export async function findOrCreateDocument(tx: RawSql, actor: Actor, document: NewDocument): Promise<StoredDocument> {
  const sha = textSha256(document.fullText);
  const url = document.url || null;
  // The calendar day as text: a timestamp cast to date would take the session's time zone.
  const publishedOn = document.publishedOn ? document.publishedOn.toISOString().slice(0, 10) : null;
  const after = { title: document.title, kind: document.kind, year: document.year, url, textSha256: sha, via: document.via };
  // One statement (was three: look up, create, audit), since every recorded outcome with a
  // new source comes through here: the stored document if this district has the text,
  // else the new one with its audit row.
  const [row] = await tx.$queryRaw<{ id: number; fullText: string | null; created: boolean }[]>`
    WITH found AS (
      SELECT id, full_text FROM source_document WHERE district_id = ${document.districtId} AND text_sha256 = ${sha}
    ), created AS (
      INSERT INTO source_document (kind, district_id, year, title, published_on, url, full_text, text_sha256, created_by_id)
      SELECT ${document.kind}::"DocumentKind", ${document.districtId}, ${document.year}, ${document.title}, ${publishedOn}::date,
             ${url}, ${document.fullText}, ${sha}, ${'userId' in actor ? actor.userId : null}::int
      WHERE NOT EXISTS (SELECT 1 FROM found)
      RETURNING id
    ), audit AS (
      INSERT INTO audit_log (actor_id, actor_label, action, entity_type, entity_id, district_id, after)
      SELECT ${'userId' in actor ? actor.userId : null}::int, ${'label' in actor ? actor.label : null}::text, 'document.create', 'source_document', id::text,
             ${document.districtId}, ${JSON.stringify(after)}::jsonb
      FROM created
    )
    SELECT id, full_text AS "fullText", false AS created FROM found
    UNION ALL SELECT id, NULL, true FROM created`;
  return { id: row!.id, fullText: row!.created ? document.fullText : row!.fullText!, created: row!.created };
}
