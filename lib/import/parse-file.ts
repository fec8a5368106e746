// Reads an uploaded CSV or XLSX of outcomes into rows of trimmed strings keyed by
// the template's column names. Cell types from Excel are flattened to text so the
// same validation applies to both formats.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { storableText } from '@/lib/text/sanitize-input';

export const IMPORT_COLUMNS = [
  'district_code', 'indicator_key', 'year', 'measure', 'value', 'unit', 'vintage',
  'source_document_id', 'source_title', 'source_text', 'quote', 'note',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export type RawRow = { line: number; cells: Partial<Record<ImportColumn, string>> };

export class ImportFileError extends Error {}

export async function parseImportFile(name: string, bytes: Uint8Array): Promise<RawRow[]> {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return fromTable(parse(Buffer.from(bytes), { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][]);
  if (lower.endsWith('.xlsx')) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new ImportFileError('empty workbook');
    const table: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const values: string[] = [];
      for (let column = 1; column <= sheet.columnCount; column++) values.push(row.getCell(column).text ?? '');
      table.push(values);
    });
    return fromTable(table);
  }
  throw new ImportFileError('not a .csv or .xlsx file');
}

function fromTable(table: string[][]): RawRow[] {
  const [header, ...rows] = table;
  if (!header) throw new ImportFileError('no header row');
  const names = header.map((cell) => cell.trim().toLowerCase());
  const missing = ['district_code', 'indicator_key', 'year', 'value', 'unit', 'quote'].filter((column) => !names.includes(column));
  if (missing.length) throw new ImportFileError(`missing columns: ${missing.join(', ')}`);
  return rows
    .map((cells, index) => ({
      line: index + 2,
      cells: Object.fromEntries(names.flatMap((column, at) => ((IMPORT_COLUMNS as readonly string[]).includes(column) ? [[column, storableText(cells[at] ?? '').trim()]] : []))) as RawRow['cells'],
    }))
    .filter((row) => Object.values(row.cells).some((value) => value !== ''));
}

/** The template offered on the import page: the header and one example row from the seed. */
export function templateCsv(): string {
  const example = ['520304', 'gdp', '2024', 'growth', '5', '%', 'estimate', '', '2025年遵义市播州区政府工作报告', '', '地区生产总值增长5%', ''];
  return `\uFEFF${IMPORT_COLUMNS.join(',')}\n${example.join(',')}\n`;
}
