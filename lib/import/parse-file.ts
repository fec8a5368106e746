// Reads an uploaded CSV or XLSX of outcomes into rows of trimmed strings keyed by
// the template's column names. Cell types from Excel are flattened to text so the
// same validation applies to both formats.
import { parse } from 'csv-parse/sync';
import { hasBinaryControls, sniffFormat } from '@/lib/ingest/read-upload';
import { MAX_UNZIPPED_MB } from '@/lib/uploads/bounded-zip';
import { readXlsxTable } from '@/lib/uploads/xlsx-table';
import { storableText } from '@/lib/text/sanitize-input';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from '@/lib/upload-limits';

export const IMPORT_COLUMNS = [
  'district_code', 'indicator_key', 'year', 'measure', 'value', 'unit', 'vintage',
  'source_document_id', 'source_title', 'source_text', 'quote', 'note',
  // Optional, last so files written for the earlier columns read the same: 全年 (or empty) for the year, 一季度 / 上半年 / 前三季度 / 1-N月 for a cumulative in-year figure.
  'period',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export type RawRow = { line: number; cells: Partial<Record<ImportColumn, string>> };

/**
 * Why a file could not be read, each with its own message in messages/<locale>/import.json
 * (import.errors.<code>) saying what to do, since the usual causes need different fixes:
 * Excel's default CSV is GBK on Chinese Windows, and old .xls or renamed files are common.
 */
export const IMPORT_FILE_ERROR_CODES = [
  'empty', 'too_large', 'unsupported_type', 'xls_legacy', 'xlsx_corrupt', 'unpacked_too_large', 'csv_is_xlsx', 'csv_binary', 'csv_not_utf8', 'csv_malformed', 'missing_columns',
] as const;
export type ImportFileErrorCode = (typeof IMPORT_FILE_ERROR_CODES)[number];

export class ImportFileError extends Error {
  constructor(readonly code: ImportFileErrorCode, readonly params: Record<string, string | number> = {}) {
    super(`import file: ${code}`);
  }
}

/** Compound File Binary (OLE2), the container of .xls (and of .doc). */
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function parseImportFile(name: string, bytes: Uint8Array): Promise<RawRow[]> {
  const lower = name.toLowerCase();
  const isCsv = lower.endsWith('.csv');
  if (!isCsv && !lower.endsWith('.xlsx')) throw new ImportFileError(lower.endsWith('.xls') ? 'xls_legacy' : 'unsupported_type');
  if (bytes.length === 0) throw new ImportFileError('empty');
  if (bytes.length > MAX_UPLOAD_BYTES) throw new ImportFileError('too_large', { mb: MAX_UPLOAD_MB });
  if (OLE2_SIGNATURE.every((byte, at) => bytes[at] === byte)) throw new ImportFileError('xls_legacy');
  const zip = sniffFormat(bytes) === 'zip';
  if (isCsv) {
    if (zip) throw new ImportFileError('csv_is_xlsx');
    return fromTable(parseCsv(decodeCsv(bytes)));
  }
  if (!zip) throw new ImportFileError('xlsx_corrupt');
  return fromTable(await readFirstSheet(bytes));
}

/** UTF-8 only: a GBK file decoded any other way would store wrong characters without a trace. */
function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // UTF-16 (Excel's "Unicode text") or text that decodes as GB18030 is a CSV in the wrong
    // encoding; anything else is not text at all (an image, a PDF, a renamed file).
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    throw new ImportFileError(utf16 || looksLikeGb18030Text(bytes) ? 'csv_not_utf8' : 'csv_binary');
  }
}

function looksLikeGb18030Text(bytes: Uint8Array): boolean {
  try {
    return !hasBinaryControls(new TextDecoder('gb18030', { fatal: true }).decode(bytes));
  } catch {
    return false;
  }
}

function parseCsv(text: string): string[][] {
  try {
    return parse(text, { relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    throw new ImportFileError('csv_malformed', { line: typeof line === 'number' ? line : '?' });
  }
}

async function readFirstSheet(bytes: Uint8Array): Promise<string[][]> {
  const read = await readXlsxTable(bytes);
  if (!read.ok) throw read.code === 'unpacked_too_large' ? new ImportFileError('unpacked_too_large', { mb: MAX_UNZIPPED_MB }) : new ImportFileError('xlsx_corrupt');
  return read.table;
}

function fromTable(table: string[][]): RawRow[] {
  const [header, ...rows] = table;
  if (!header) throw new ImportFileError('empty');
  const names = header.map((cell) => cell.trim().toLowerCase());
  const missing = ['district_code', 'indicator_key', 'year', 'value', 'unit', 'quote'].filter((column) => !names.includes(column));
  if (missing.length) throw new ImportFileError('missing_columns', { columns: missing.join(', ') });
  return rows
    .map((cells, index) => ({
      line: index + 2,
      cells: Object.fromEntries(names.flatMap((column, at) => ((IMPORT_COLUMNS as readonly string[]).includes(column) ? [[column, storableText(cells[at] ?? '').trim()]] : []))) as RawRow['cells'],
    }))
    .filter((row) => Object.values(row.cells).some((value) => value !== ''));
}

/** The template offered on the import page: the header and one example row from the seed. */
export function templateCsv(): string {
  const example = ['520304', 'gdp', '2024', 'growth', '5', '%', 'estimate', '', '2025年遵义市播州区政府工作报告', '', '地区生产总值增长5%', '', ''];
  return `\uFEFF${IMPORT_COLUMNS.join(',')}\n${example.join(',')}\n`;
}
