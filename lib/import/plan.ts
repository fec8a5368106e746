// Dry run and commit of an outcome import. Every row is checked before anything is
// written; commit applies all rows in one transaction or none. A row whose figure
// is already the latest revision of its series is a no-op, so re-importing a file
// changes nothing.
import { createHash } from 'node:crypto';
import { can } from '@/lib/auth/access';
import type { SessionUser } from '@/lib/auth/sessions';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Db } from '@/lib/db/client';
import { MEASURES, VINTAGES, type Measure, type Vintage } from '@/lib/domain/types';
import type { Prisma } from '@/lib/generated/prisma/client';
import { DECIMAL_ERROR_MESSAGES, parseDecimal, toExact } from '@/lib/numbers/parse-decimal';
import { VINTAGE_LABELS } from '@/lib/scorecard/labels';
import { UNIT_ERROR_MESSAGES, parseUnit, sameDimension, unitBySymbol } from '@/lib/units/units';
import type { RawRow } from './parse-file';

type Text = { zh: string; en: string };
type Source = { documentId: number } | { newDocument: { title: string; fullText: string; sha256: string } };
export type PlannedOutcome = {
  districtId: number; indicatorId: number; year: number; measure: Measure; value: string; unit: string; vintage: Vintage;
  source: Source; quote: string; quoteStart: number; note: string | null; revision: number;
};
export type PlanRow =
  | { line: number; status: 'create' | 'revise'; outcome: PlannedOutcome; summary: string }
  | { line: number; status: 'unchanged'; summary: string }
  | { line: number; status: 'error'; errors: Text[]; summary: string };

const E = {
  unknownDistrict: (code: string) => ({ zh: `未知区县代码 ${code}`, en: `unknown district ${code}` }),
  notYourDistrict: (code: string) => ({ zh: `无权导入区县 ${code} 的数据`, en: `not one of your districts: ${code}` }),
  unknownIndicator: (key: string) => ({ zh: `未知指标 ${key}`, en: `unknown indicator ${key}` }),
  badYear: { zh: '年度无效', en: 'invalid year' },
  badMeasure: { zh: 'measure 须为 growth 或 level', en: 'measure must be growth or level' },
  badVintage: { zh: '数据性质须为 estimate/preliminary/final（预计/初步核算/最终核实）', en: 'vintage must be estimate, preliminary or final' },
  unitMismatch: (unit: string, expected: string) => ({ zh: `单位不符：${unit}，应与 ${expected} 同量纲`, en: `unit mismatch: ${unit}, expected the dimension of ${expected}` }),
  missingSource: { zh: '缺少来源文件（source_document_id，或 source_title 与 source_text）', en: 'missing source (source_document_id, or source_title with source_text)' },
  unknownSource: { zh: '来源文件不存在或不属于该区县', en: 'source document not found for this district' },
  missingQuote: { zh: '缺少原文引文', en: 'missing quote' },
  quoteNotFound: { zh: '引文在来源文件中找不到', en: 'quote not found in the source document' },
};

type Document = { id: number; districtId: number; title: string; fullText: string };

export async function planImport(db: Db | Prisma.TransactionClient, user: SessionUser, rows: RawRow[]): Promise<PlanRow[]> {
  const [districts, indicators] = await Promise.all([
    db.district.findMany({ select: { id: true, code: true } }),
    db.indicator.findMany({ select: { id: true, key: true, levelUnit: true } }),
  ]);
  const districtByCode = new Map(districts.map((district) => [district.code, district]));
  const indicatorByKey = new Map(indicators.map((indicator) => [indicator.key, indicator]));
  const documents = new Map<string, Document | null>();
  const latest = new Map<string, { revision: number; value: string; unit: string; vintage: string; sourceDocumentId: number | null; quote: string }>();

  const plan: PlanRow[] = [];
  for (const { line, cells } of rows) {
    const errors: Text[] = [];
    const code = cells.district_code ?? '';
    const summary = [code, cells.indicator_key, cells.year, cells.value, cells.unit].filter(Boolean).join(' · ');
    const district = districtByCode.get(code);
    if (!district) errors.push(E.unknownDistrict(code));
    else if (!can(user, 'record:outcome', district.id)) errors.push(E.notYourDistrict(code));
    const indicator = indicatorByKey.get(cells.indicator_key ?? '');
    if (!indicator) errors.push(E.unknownIndicator(cells.indicator_key ?? ''));
    const year = Number(cells.year);
    if (!Number.isInteger(year) || year < 1949 || year > 2100) errors.push(E.badYear);
    const measure = (cells.measure || 'growth') as Measure;
    if (!MEASURES.includes(measure)) errors.push(E.badMeasure);
    const vintage = toVintage(cells.vintage || 'estimate');
    if (!vintage) errors.push(E.badVintage);
    const parsed = parseDecimal(cells.value ?? '');
    if (!parsed.ok) errors.push(DECIMAL_ERROR_MESSAGES[parsed.code]);
    const unit = parseUnit(cells.unit);
    if (!unit.ok) errors.push(UNIT_ERROR_MESSAGES[unit.code]);
    else if (measure === 'growth' && unit.unit.symbol !== '%') errors.push(E.unitMismatch(unit.unit.symbol, '%'));
    else if (measure === 'level' && indicator?.levelUnit) {
      const expected = unitBySymbol(indicator.levelUnit);
      if (expected && !sameDimension(unit.unit, expected)) errors.push(E.unitMismatch(unit.unit.symbol, expected.symbol));
    }
    const quote = cells.quote ?? '';
    if (!quote) errors.push(E.missingQuote);
    const source = district ? await resolveSource(db, documents, district.id, cells) : null;
    let quoteStart = -1;
    if (district && !source) errors.push(E.missingSource);
    else if (source === 'unknown') errors.push(E.unknownSource);
    else if (source && quote) {
      quoteStart = source.fullText.indexOf(quote);
      if (quoteStart < 0) errors.push(E.quoteNotFound);
    }
    if (errors.length || !district || !indicator || !parsed.ok || !unit.ok || !vintage || !source || source === 'unknown') {
      plan.push({ line, status: 'error', errors, summary });
      continue;
    }
    const key = `${district.id}:${indicator.id}:${year}:${measure}`;
    if (!latest.has(key)) {
      const last = await db.outcome.findFirst({ where: { districtId: district.id, indicatorId: indicator.id, year, measure }, orderBy: { revision: 'desc' }, select: { revision: true, value: true, unit: true, vintage: true, sourceDocumentId: true, quote: true } });
      latest.set(key, last ? { ...last, value: last.value.toString() } : { revision: 0, value: '', unit: '', vintage: '', sourceDocumentId: null, quote: '' });
    }
    const previous = latest.get(key)!;
    const documentId = 'id' in source ? source.id : null;
    const same = previous.revision > 0 && toExact(previous.value)?.equals(parsed.value) && previous.unit === unit.unit.symbol && previous.vintage === vintage && previous.quote === quote && previous.sourceDocumentId === documentId;
    if (same) {
      plan.push({ line, status: 'unchanged', summary });
      continue;
    }
    const revision = previous.revision + 1;
    latest.set(key, { revision, value: parsed.value, unit: unit.unit.symbol, vintage, sourceDocumentId: documentId, quote });
    plan.push({
      line, status: revision === 1 ? 'create' : 'revise', summary,
      outcome: {
        districtId: district.id, indicatorId: indicator.id, year, measure, value: parsed.value, unit: unit.unit.symbol, vintage,
        source: 'id' in source ? { documentId: source.id } : { newDocument: source.newDocument }, quote, quoteStart, note: cells.note || null, revision,
      },
    });
  }
  return plan;
}

type ResolvedSource = { id: number; fullText: string } | { newDocument: { title: string; fullText: string; sha256: string }; fullText: string };

async function resolveSource(db: Db | Prisma.TransactionClient, cache: Map<string, Document | null>, districtId: number, cells: RawRow['cells']): Promise<ResolvedSource | 'unknown' | null> {
  if (cells.source_document_id) {
    const key = `id:${cells.source_document_id}`;
    if (!cache.has(key)) {
      const id = Number(cells.source_document_id);
      cache.set(key, Number.isInteger(id) && id > 0 ? await db.sourceDocument.findUnique({ where: { id }, select: { id: true, districtId: true, title: true, fullText: true } }) : null);
    }
    const document = cache.get(key);
    return document && document.districtId === districtId ? document : 'unknown';
  }
  if (!cells.source_title) return null;
  if (cells.source_text) {
    const sha256 = createHash('sha256').update(cells.source_text).digest('hex');
    const existing = await db.sourceDocument.findUnique({ where: { districtId_textSha256: { districtId, textSha256: sha256 } }, select: { id: true, fullText: true } });
    return existing ?? { newDocument: { title: cells.source_title, fullText: cells.source_text, sha256 }, fullText: cells.source_text };
  }
  const key = `title:${districtId}:${cells.source_title}`;
  if (!cache.has(key)) cache.set(key, await db.sourceDocument.findFirst({ where: { districtId, title: cells.source_title }, orderBy: { id: 'desc' }, select: { id: true, districtId: true, title: true, fullText: true } }));
  return cache.get(key) ?? 'unknown';
}

function toVintage(value: string): Vintage | null {
  if ((VINTAGES as readonly string[]).includes(value)) return value as Vintage;
  return VINTAGES.find((vintage) => VINTAGE_LABELS[vintage].zh === value) ?? null;
}

export type CommitResult = { applied: boolean; plan: PlanRow[]; created: number; revised: number; unchanged: number };

/** Plans again inside the transaction (so the plan is what gets written) and writes all rows, or nothing if any row is wrong. */
export async function commitImport(db: Db, user: SessionUser, rows: RawRow[]): Promise<CommitResult> {
  return db.$transaction(async (tx) => {
    const plan = await planImport(tx, user, rows);
    const counts = { created: plan.filter((row) => row.status === 'create').length, revised: plan.filter((row) => row.status === 'revise').length, unchanged: plan.filter((row) => row.status === 'unchanged').length };
    if (plan.some((row) => row.status === 'error')) return { applied: false, plan, ...counts };
    const newDocuments = new Map<string, number>();
    for (const row of plan) {
      if (row.status !== 'create' && row.status !== 'revise') continue;
      const { outcome } = row;
      let sourceDocumentId: number;
      if ('documentId' in outcome.source) sourceDocumentId = outcome.source.documentId;
      else {
        const { title, fullText, sha256 } = outcome.source.newDocument;
        const key = `${outcome.districtId}:${sha256}`;
        sourceDocumentId = newDocuments.get(key) ?? (await tx.sourceDocument.create({ data: { kind: 'other', districtId: outcome.districtId, year: outcome.year, title, fullText, textSha256: sha256, createdById: user.id }, select: { id: true } })).id;
        if (!newDocuments.has(key)) {
          newDocuments.set(key, sourceDocumentId);
          await recordAudit(tx, { actor: { userId: user.id }, action: 'source_document.import', entityType: 'source_document', entityId: sourceDocumentId, districtId: outcome.districtId, after: { title } });
        }
      }
      const created = await tx.outcome.create({
        data: {
          districtId: outcome.districtId, indicatorId: outcome.indicatorId, year: outcome.year, measure: outcome.measure, revision: outcome.revision,
          value: outcome.value, unit: outcome.unit, vintage: outcome.vintage, sourceDocumentId, quote: outcome.quote, quoteStart: outcome.quoteStart,
          quoteEnd: outcome.quoteStart + outcome.quote.length, note: outcome.note, recordedById: user.id,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor: { userId: user.id }, action: 'outcome.import', entityType: 'outcome', entityId: created.id, districtId: outcome.districtId,
        after: { line: row.line, indicatorId: outcome.indicatorId, year: outcome.year, measure: outcome.measure, revision: outcome.revision, value: outcome.value, unit: outcome.unit, vintage: outcome.vintage, sourceDocumentId },
      });
    }
    return { applied: true, plan, ...counts };
  });
}
