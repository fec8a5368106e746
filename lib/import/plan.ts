// Dry run and commit of an outcome import. Every row is checked before anything is
// written; commit applies all rows in one transaction or none. A row whose figure
// is already the latest revision of its series is a no-op, so re-importing a file
// changes nothing.
import { decideScope } from '@/lib/auth/district-scope';
import type { SessionUser } from '@/lib/auth/sessions';
import { findOrCreateDocument, textSha256 } from '@/lib/documents/find-or-create';
import { MAX_TEXT_CHARS } from '@/lib/documents/limits';
import type { Db } from '@/lib/db/client';
import { MEASURES, VINTAGES, type Measure, type Vintage } from '@/lib/domain/types';
import type { Prisma } from '@/lib/generated/prisma/client';
import { DECIMAL_ERROR_MESSAGES, parseDecimal, toExact } from '@/lib/numbers/parse-decimal';
import { VINTAGE_LABELS } from '@/lib/scorecard/labels';
import { appendOutcomeRevisions, readSeries, seriesKey, type RevisionToAppend } from '@/lib/outcomes/append-revisions';
import { figureInQuote } from '@/lib/outcomes/figure-in-quote';
import { expectedOutcomeUnit, outcomeUnitError } from '@/lib/outcomes/unit-check';
import { UNIT_ERROR_MESSAGES, parseUnit, unitBySymbol } from '@/lib/units/units';
import { ANNUAL_PERIOD, parsePeriod } from '@/lib/verdict/period';
import type { RawRow } from './parse-file';

type Text = { zh: string; en: string };
type Source = { documentId: number } | { newDocument: { title: string; fullText: string; sha256: string } };
export type PlannedOutcome = {
  districtId: number; indicatorId: number; year: number; measure: Measure; value: string; unit: string; vintage: Vintage;
  source: Source; quote: string; quoteStart: number; note: string | null; revision: number;
  /** 12: the year; 1..11: a cumulative in-year figure (1—N月). */
  periodMonths: number;
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
  badPeriod: (text: string) => ({ zh: `期间无法识别：${text}（可填 全年、一季度、上半年、前三季度 或 1-N月）`, en: `unreadable period: ${text} (use 全年, 一季度, 上半年, 前三季度 or 1-N月)` }),
  badVintage: { zh: '数据性质须为 estimate/preliminary/final（预计/初步核算/最终核实）', en: 'vintage must be estimate, preliminary or final' },
  unitMismatch: (unit: string, expected: string) => ({ zh: `单位不符：${unit}，应与 ${expected} 同量纲`, en: `unit mismatch: ${unit}, expected the dimension of ${expected}` }),
  missingSource: { zh: '缺少来源文件（source_document_id，或 source_title 与 source_text）', en: 'missing source (source_document_id, or source_title with source_text)' },
  unknownSource: { zh: '来源文件不存在或不属于该区县', en: 'source document not found for this district' },
  missingQuote: { zh: '缺少原文引文', en: 'missing quote' },
  sourceTextTooLong: { zh: `来源正文过长（超过 ${MAX_TEXT_CHARS.toLocaleString('en')} 字）`, en: `source text too long (over ${MAX_TEXT_CHARS.toLocaleString('en')} characters)` },
  quoteNotFound: { zh: '引文在来源文件中找不到', en: 'quote not found in the source document' },
  figureNotInQuote: (value: string, unit: string) => ({ zh: `引文中没有数值 ${value}${unit}（已按单位换算核对）`, en: `the quote does not state ${value} ${unit} (unit conversion considered)` }),
};

type Document = { id: number; districtId: number; fullText: string };
type Checked = {
  line: number; summary: string; errors: Text[]; district?: { id: number }; indicator?: { id: number; levelUnit: string | null }; year: number; measure: Measure;
  vintage: Vintage | null; value: string | null; unit: string | null; quote: string; cells: RawRow['cells']; periodMonths: number;
};

/**
 * Checks every row and decides what it would write. A fixed number of queries
 * whatever the number of rows: districts, indicators, the documents the rows name
 * (by id, by title, by text) and the latest revision of every series, each read
 * once in bulk; then the rows are planned in memory.
 */
export async function planImport(db: Db | Prisma.TransactionClient, user: SessionUser, rows: RawRow[]): Promise<PlanRow[]> {
  const [districts, indicators] = await Promise.all([
    db.district.findMany({ select: { id: true, code: true } }),
    db.indicator.findMany({ select: { id: true, key: true, levelUnit: true } }),
  ]);
  const districtByCode = new Map(districts.map((district) => [district.code, district]));
  const indicatorByKey = new Map(indicators.map((indicator) => [indicator.key, indicator]));

  const checked: Checked[] = rows.map(({ line, cells }) => {
    const errors: Text[] = [];
    const code = cells.district_code ?? '';
    const summary = [code, cells.indicator_key, cells.year, cells.period, cells.value, cells.unit].filter(Boolean).join(' · ');
    const district = districtByCode.get(code);
    // A file may mix districts, so scope is answered per row (decideScope, as for one record): the
    // row names no district → unknown; another district's → refused with the reason.
    const scope = decideScope(user, 'record:outcome', district?.id);
    if (scope === 'not_found') errors.push(E.unknownDistrict(code));
    else if (scope === 'forbidden') errors.push(E.notYourDistrict(code));
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
    const quote = cells.quote ?? '';
    if (!quote) errors.push(E.missingQuote);
    const period = importPeriod(cells.period ?? '');
    if (period === null) errors.push(E.badPeriod(cells.period ?? ''));
    return {
      line, summary, errors, district, indicator, year, measure, vintage, cells, quote, periodMonths: period ?? ANNUAL_PERIOD,
      value: parsed.ok ? parsed.value : null, unit: unit.ok ? unit.unit.symbol : null,
    };
  });

  const sources = await readSources(db, checked);
  const seriesOf = (row: Checked) => ({ districtId: row.district!.id, indicatorId: row.indicator!.id, year: row.year, measure: row.measure, periodMonths: row.periodMonths });
  const complete = (row: Checked) => row.district && row.indicator && Number.isInteger(row.year) && MEASURES.includes(row.measure);
  const series = await readSeries(db as Prisma.TransactionClient, checked.filter(complete).map(seriesOf));
  const latest = new Map<string, { revision: number; value: string; unit: string; vintage: string; sourceDocumentId: number | null; quote: string }>();

  const plan: PlanRow[] = [];
  for (const row of checked) {
    const { line, summary, errors, district, indicator, year, measure, vintage, value, unit, quote } = row;
    const key = complete(row) ? seriesKey(seriesOf(row)) : '';
    const info = key ? series.get(key) : undefined;
    if (unit && info) {
      const expected = expectedOutcomeUnit(measure, info.targetUnit, info.levelUnit);
      if (outcomeUnitError(measure, expected, unitBySymbol(unit)!)) errors.push(E.unitMismatch(unit, expected ?? '%'));
    }
    // The same rule appendOutcomeRevisions applies, reported per row before anything is written.
    if (value !== null && unit && quote && !figureInQuote(value, unit, quote)) errors.push(E.figureNotInQuote(value, unit));
    const source = district ? sources(district.id, row.cells) : null;
    let quoteStart = -1;
    // The same limit as a pasted report (lib/documents/limits.ts): the review page extracts any stored document.
    if (row.cells.source_text && row.cells.source_text.length > MAX_TEXT_CHARS) errors.push(E.sourceTextTooLong);
    if (district && !source) errors.push(E.missingSource);
    else if (source === 'unknown') errors.push(E.unknownSource);
    else if (source && quote) {
      quoteStart = source.fullText.indexOf(quote);
      if (quoteStart < 0) errors.push(E.quoteNotFound);
    }
    if (errors.length || !district || !indicator || !info || value === null || unit === null || !vintage || !source || source === 'unknown') {
      plan.push({ line, status: 'error', errors, summary });
      continue;
    }
    if (!latest.has(key)) latest.set(key, info.latest ?? { revision: 0, value: '', unit: '', vintage: '', sourceDocumentId: null, quote: '' });
    const previous = latest.get(key)!;
    const documentId = 'id' in source ? source.id : null;
    const same = previous.revision > 0 && toExact(previous.value)?.equals(value) && previous.unit === unit && previous.vintage === vintage && previous.quote === quote && previous.sourceDocumentId === documentId;
    if (same) {
      plan.push({ line, status: 'unchanged', summary });
      continue;
    }
    const revision = previous.revision + 1;
    latest.set(key, { revision, value, unit, vintage, sourceDocumentId: documentId, quote });
    plan.push({
      line, status: revision === 1 ? 'create' : 'revise', summary,
      outcome: {
        districtId: district.id, indicatorId: indicator.id, year, measure, value, unit, vintage, periodMonths: row.periodMonths,
        source: 'id' in source ? { documentId: source.id } : { newDocument: source.newDocument }, quote, quoteStart, note: row.cells.note || null, revision,
      },
    });
  }
  return plan;
}

type ImportSource = { id: number; fullText: string } | { newDocument: { title: string; fullText: string; sha256: string }; fullText: string };

/**
 * The documents the rows name, read in three bulk queries: by id (it must belong to
 * the row's district), by title (the newest of that title in the district), or by
 * the text itself (an existing copy of the same text, else a new document).
 */
async function readSources(db: Db | Prisma.TransactionClient, rows: Checked[]) {
  const ids = new Set<number>();
  const titles = new Map<string, { districtId: number; title: string }>();
  const texts = new Map<string, { districtId: number; sha256: string }>();
  for (const { district, cells } of rows) {
    if (!district) continue;
    if (cells.source_document_id) {
      const id = Number(cells.source_document_id);
      if (Number.isInteger(id) && id > 0 && id <= 2_147_483_647) ids.add(id);
    } else if (cells.source_title && cells.source_text) {
      const sha256 = textSha256(cells.source_text);
      texts.set(`${district.id}:${sha256}`, { districtId: district.id, sha256 });
    } else if (cells.source_title) titles.set(`${district.id}:${cells.source_title}`, { districtId: district.id, title: cells.source_title });
  }
  const raw = db as Prisma.TransactionClient;
  const [byId, byTitle, byText] = await Promise.all([
    ids.size ? raw.$queryRawUnsafe<Document[]>('SELECT id, district_id AS "districtId", full_text AS "fullText" FROM source_document WHERE id = ANY($1::int[])', [...ids]) : [],
    titles.size ? raw.$queryRawUnsafe<(Document & { title: string })[]>(`SELECT DISTINCT ON (d.district_id, d.title) d.id, d.district_id AS "districtId", d.title, d.full_text AS "fullText"
      FROM source_document d JOIN unnest($1::int[], $2::text[]) AS k(district_id, title) ON d.district_id = k.district_id AND d.title = k.title
      ORDER BY d.district_id, d.title, d.id DESC`, [...titles.values()].map((k) => k.districtId), [...titles.values()].map((k) => k.title)) : [],
    texts.size ? raw.$queryRawUnsafe<(Document & { sha256: string })[]>(`SELECT d.id, d.district_id AS "districtId", d.text_sha256 AS sha256, d.full_text AS "fullText"
      FROM source_document d JOIN unnest($1::int[], $2::text[]) AS k(district_id, sha) ON d.district_id = k.district_id AND d.text_sha256 = k.sha`,
    [...texts.values()].map((k) => k.districtId), [...texts.values()].map((k) => k.sha256)) : [],
  ]);
  const idMap = new Map(byId.map((document) => [document.id, document]));
  const titleMap = new Map(byTitle.map((document) => [`${document.districtId}:${document.title}`, document]));
  const textMap = new Map(byText.map((document) => [`${document.districtId}:${document.sha256}`, document]));
  return (districtId: number, cells: RawRow['cells']): ImportSource | 'unknown' | null => {
    if (cells.source_document_id) {
      const document = idMap.get(Number(cells.source_document_id));
      return document && document.districtId === districtId ? document : 'unknown';
    }
    if (!cells.source_title) return null;
    if (cells.source_text) {
      const sha256 = textSha256(cells.source_text);
      return textMap.get(`${districtId}:${sha256}`) ?? { newDocument: { title: cells.source_title, fullText: cells.source_text, sha256 }, fullText: cells.source_text };
    }
    return titleMap.get(`${districtId}:${cells.source_title}`) ?? 'unknown';
  };
}

/** The period cell: empty, 全年 or 年度 for the year; 一季度, 上半年, 前三季度, 1-N月 … (lib/verdict/period.ts) for 1—N月. */
function importPeriod(text: string): number | null {
  if (text === '' || text === '年度') return ANNUAL_PERIOD;
  return parsePeriod(text)?.months ?? null;
}

function toVintage(value: string): Vintage | null {
  if ((VINTAGES as readonly string[]).includes(value)) return value as Vintage;
  return VINTAGES.find((vintage) => VINTAGE_LABELS[vintage].zh === value) ?? null;
}

export type CommitResult = { applied: boolean; plan: PlanRow[]; created: number; revised: number; unchanged: number };

/**
 * How long one import may hold its transaction. Prisma's default (5 s) stopped
 * imports at ~2,000 rows; 50,000 rows take well under a minute (tests/import-50k.test.ts).
 */
const IMPORT_TRANSACTION_TIMEOUT_MS = 10 * 60_000;

/**
 * Plans again inside the transaction (so the plan is what gets written) and writes
 * all rows, or nothing if any row is wrong. Revisions are written in batches
 * (appendOutcomeRevisions); `onProgress` hears after each batch.
 */
export async function commitImport(db: Db, user: SessionUser, rows: RawRow[], onProgress?: (written: number, total: number) => void): Promise<CommitResult> {
  return db.$transaction(async (tx) => {
    const plan = await planImport(tx, user, rows);
    const counts = { created: plan.filter((row) => row.status === 'create').length, revised: plan.filter((row) => row.status === 'revise').length, unchanged: plan.filter((row) => row.status === 'unchanged').length };
    if (plan.some((row) => row.status === 'error')) return { applied: false, plan, ...counts };
    const actor = { userId: user.id };
    const newDocuments = new Map<string, number>();
    const revisions: RevisionToAppend[] = [];
    for (const row of plan) {
      if (row.status !== 'create' && row.status !== 'revise') continue;
      const { outcome } = row;
      let sourceDocumentId: number;
      if ('documentId' in outcome.source) sourceDocumentId = outcome.source.documentId;
      else {
        const { title, fullText, sha256 } = outcome.source.newDocument;
        const key = `${outcome.districtId}:${sha256}`;
        if (!newDocuments.has(key)) {
          const stored = await findOrCreateDocument(tx, actor, { districtId: outcome.districtId, kind: 'other', year: outcome.year, title, fullText, via: 'import' });
          newDocuments.set(key, stored.id);
        }
        sourceDocumentId = newDocuments.get(key)!;
      }
      revisions.push({
        districtId: outcome.districtId, indicatorId: outcome.indicatorId, year: outcome.year, measure: outcome.measure, periodMonths: outcome.periodMonths,
        value: outcome.value, unit: outcome.unit, vintage: outcome.vintage, sourceDocumentId, quote: outcome.quote, quoteStart: outcome.quoteStart,
        quoteEnd: outcome.quoteStart + outcome.quote.length, note: outcome.note, baseRevision: outcome.revision - 1, audit: { via: 'import', line: row.line },
      });
    }
    await appendOutcomeRevisions(tx, actor, revisions, onProgress);
    return { applied: true, plan, ...counts };
  }, { timeout: IMPORT_TRANSACTION_TIMEOUT_MS, maxWait: 10_000 });
}
