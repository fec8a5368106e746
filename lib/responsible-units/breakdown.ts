// The 分解方案 table: who answers for which item of the work report, as offices keep
// it in Excel (序号 · 目标任务 · 牵头单位 · 配合单位). Reading and matching are pure
// here; breakdown-import.ts applies a fully matched table in one transaction.
//
// An item is matched to a target of the chosen district and year by the indicator it
// names (its Chinese name or an alias, the longest found wins); when the indicator has
// a growth and a level target, the target whose wording occurs in the item wins. Units
// are found by full name or short name. Group headings ("一、经济社会发展主要预期目标",
// no units) are skipped and counted. An item that names no indicator of the year's
// targets is a key task (重点工作): created with its units, or, when the year already
// has a key task worded the same, that task's units are replaced.
import { parse } from 'csv-parse/sync';
import { MAX_UNZIPPED_MB } from '@/lib/uploads/bounded-zip';
import { readXlsxTable } from '@/lib/uploads/xlsx-table';
import { normalizeWidth } from '@/lib/text/normalize-width';
import { storableText } from '@/lib/text/sanitize-input';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from '@/lib/upload-limits';
import type { Bilingual } from '@/lib/verdict/types';

export type BreakdownRow = { line: number; item: string; lead: string; co: string[] };

export const BREAKDOWN_FILE_ERRORS = ['unsupported_type', 'empty', 'too_large', 'csv_not_utf8', 'xlsx_corrupt', 'unpacked_too_large', 'missing_columns'] as const;
export type BreakdownFileErrorCode = (typeof BREAKDOWN_FILE_ERRORS)[number];

export class BreakdownFileError extends Error {
  constructor(readonly code: BreakdownFileErrorCode, readonly params: Record<string, string | number> = {}) {
    super(`breakdown file: ${code}`);
  }
}

const HEADERS = {
  item: ['目标任务', '任务', '工作任务', '主要目标', '事项', 'item'],
  lead: ['牵头单位', '责任单位', '牵头责任单位', 'lead', 'lead unit', 'lead_unit'],
  co: ['配合单位', '协办单位', '参与单位', 'co-units', 'co_units', 'co units'],
} as const;

export async function readBreakdownFile(name: string, bytes: Uint8Array): Promise<BreakdownRow[]> {
  const lower = name.toLowerCase();
  if (!lower.endsWith('.csv') && !lower.endsWith('.xlsx')) throw new BreakdownFileError('unsupported_type');
  if (bytes.length === 0) throw new BreakdownFileError('empty');
  if (bytes.length > MAX_UPLOAD_BYTES) throw new BreakdownFileError('too_large', { mb: MAX_UPLOAD_MB });
  return rowsOf(lower.endsWith('.csv') ? csvTable(bytes) : await xlsxTable(bytes));
}

function csvTable(bytes: Uint8Array): string[][] {
  let text: string;
  try {
    // UTF-8 only: a GBK file read any other way would assign units with garbled names.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BreakdownFileError('csv_not_utf8');
  }
  try {
    return parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch {
    throw new BreakdownFileError('csv_not_utf8');
  }
}

async function xlsxTable(bytes: Uint8Array): Promise<string[][]> {
  const read = await readXlsxTable(bytes);
  if (!read.ok) throw new BreakdownFileError(read.code === 'unpacked_too_large' ? 'unpacked_too_large' : 'xlsx_corrupt', { mb: MAX_UNZIPPED_MB });
  return read.table;
}

function rowsOf(table: string[][]): BreakdownRow[] {
  // The header is the first row that names an item column (titles above it are skipped).
  const headerAt = table.findIndex((cells) => cells.some((cell) => matchesHeader(cell, HEADERS.item)));
  if (headerAt < 0) throw new BreakdownFileError(table.length === 0 ? 'empty' : 'missing_columns', { columns: '目标任务, 牵头单位' });
  const header = table[headerAt]!;
  const column = (names: readonly string[]) => header.findIndex((cell) => matchesHeader(cell, names));
  const [item, lead, co] = [column(HEADERS.item), column(HEADERS.lead), column(HEADERS.co)];
  if (lead < 0) throw new BreakdownFileError('missing_columns', { columns: '牵头单位' });
  const cell = (cells: string[], at: number) => (at < 0 ? '' : storableText(cells[at] ?? '').trim());
  return table.slice(headerAt + 1).flatMap((cells, index) => {
    // Any row with text is kept, so a heading in the 序号 column is counted as skipped, not lost.
    if (!cells.some((value) => storableText(value ?? '').trim())) return [];
    return [{ line: headerAt + index + 2, item: cell(cells, item), lead: cell(cells, lead), co: splitUnits(cell(cells, co)) }];
  });
}

function matchesHeader(cell: string, names: readonly string[]): boolean {
  const text = normalizeWidth(cell).trim().toLowerCase();
  return names.includes(text);
}

/** "区财政局、区统计局" · "区财政局，区统计局" · one per line. */
export function splitUnits(text: string): string[] {
  return [...new Set(text.split(/[、,，;；\n/]+/).map((part) => part.trim()).filter(Boolean))];
}

export type CandidateTarget = { id: number; asWritten: string; indicator: { key: string; nameZh: string; aliases: string[] } };
export type CandidateUnit = { id: number; name: string; shortName: string };
export type RowError = { line: number; message: Bilingual };
export type PlannedAssignment = { line: number; item: string; targetId: number; leadUnitId: number; coUnitIds: number[] };
export type PlannedKeyTask = { line: number; wording: string; leadUnitId: number; coUnitIds: number[] };
export type BreakdownPlan = { assignments: PlannedAssignment[]; keyTasks: PlannedKeyTask[]; errors: RowError[]; skipped: number };

export function planBreakdown(rows: BreakdownRow[], targets: CandidateTarget[], units: CandidateUnit[]): BreakdownPlan {
  const assignments: PlannedAssignment[] = [];
  const keyTasks: PlannedKeyTask[] = [];
  const errors: RowError[] = [];
  let skipped = 0;
  const seen = new Map<number, number>();
  const seenTasks = new Map<string, number>();
  for (const row of rows) {
    // A heading row of the table ("一、经济社会发展主要预期目标") assigns nothing.
    if (!row.lead && row.co.length === 0) {
      skipped += 1;
      continue;
    }
    const problems: Bilingual[] = [];
    const target = row.item ? matchTarget(row.item, targets) : { error: message('item_missing') };
    if ('error' in target) problems.push(target.error);
    const lead = row.lead ? findUnit(row.lead, units) : null;
    if (!row.lead) problems.push(message('lead_missing'));
    else if (!lead) problems.push(message('unit_unknown', row.lead));
    const co: number[] = [];
    for (const name of row.co) {
      const unit = findUnit(name, units);
      if (!unit) problems.push(message('unit_unknown', name));
      else if (unit.id === lead?.id) problems.push(message('lead_also_co', name));
      else co.push(unit.id);
    }
    if ('id' in target) {
      const earlier = seen.get(target.id);
      if (earlier !== undefined) problems.push(message('duplicate', String(earlier)));
      else seen.set(target.id, row.line);
    }
    if ('keyTask' in target) {
      const earlier = seenTasks.get(clean(row.item));
      if (earlier !== undefined) problems.push(message('duplicate', String(earlier)));
      else seenTasks.set(clean(row.item), row.line);
    }
    if (problems.length === 0 && 'keyTask' in target && lead) {
      keyTasks.push({ line: row.line, wording: row.item, leadUnitId: lead.id, coUnitIds: [...new Set(co)].sort((a, b) => a - b) });
      continue;
    }
    if (problems.length > 0 || !('id' in target) || !lead) {
      for (const problem of problems) errors.push({ line: row.line, message: problem });
      continue;
    }
    assignments.push({ line: row.line, item: row.item, targetId: target.id, leadUnitId: lead.id, coUnitIds: [...new Set(co)].sort((a, b) => a - b) });
  }
  return { assignments, keyTasks, errors, skipped };
}

function clean(text: string): string {
  return normalizeWidth(text).replace(/\s+/g, '');
}

/** The target an item names; `keyTask` when it names no indicator of the year's targets. */
function matchTarget(item: string, targets: CandidateTarget[]): { id: number } | { keyTask: true } | { error: Bilingual } {
  const text = clean(item);
  let best: { length: number; key: string } | null = null;
  for (const target of targets) {
    for (const name of [target.indicator.nameZh, ...target.indicator.aliases]) {
      const words = clean(name);
      if (words && text.includes(words) && (!best || words.length > best.length)) best = { length: words.length, key: target.indicator.key };
    }
  }
  if (!best) return { keyTask: true };
  const named = targets.filter((target) => target.indicator.key === best.key);
  if (named.length === 1) return { id: named[0]!.id };
  const worded = named.filter((target) => text.includes(clean(target.asWritten)));
  if (worded.length === 1) return { id: worded[0]!.id };
  return { error: message('ambiguous', named.map((target) => target.asWritten).join(' / ')) };
}

function findUnit(name: string, units: CandidateUnit[]): CandidateUnit | null {
  const wanted = clean(name);
  return units.find((unit) => clean(unit.name) === wanted) ?? units.find((unit) => clean(unit.shortName) === wanted) ?? null;
}

type MessageCode = 'item_missing' | 'lead_missing' | 'unit_unknown' | 'lead_also_co' | 'duplicate' | 'ambiguous';

function message(code: MessageCode, detail = ''): Bilingual {
  switch (code) {
    case 'item_missing':
      return { zh: '缺少目标任务。', en: 'The item is missing.' };
    case 'lead_missing':
      return { zh: '缺少牵头单位。', en: 'The lead unit is missing.' };
    case 'unit_unknown':
      return { zh: `本区县没有名为“${detail}”的责任单位，请先在本页添加。`, en: `This district has no unit named “${detail}”; add it on this page first.` };
    case 'lead_also_co':
      return { zh: `“${detail}”既是牵头单位又是配合单位。`, en: `“${detail}” is both the lead unit and a co-unit.` };
    case 'duplicate':
      return { zh: `与第 ${detail} 行是同一项目标或重点工作。`, en: `Same target or key task as line ${detail}.` };
    case 'ambiguous':
      return { zh: `对应多项目标（${detail}），请在目标任务中写明目标值。`, en: `Matches several targets (${detail}); include the target's wording in the item.` };
  }
}
