// The first sheet of an uploaded .xlsx as rows of cell text. The one way any upload's
// workbook is read: the zip is unpacked within bounds (lib/uploads/bounded-zip.ts)
// before ExcelJS sees a byte, so a sheet that inflates to hundreds of megabytes is
// refused instead of filling the server's heap.
import ExcelJS from 'exceljs';
import { repackStored, unzipBounded } from '@/lib/uploads/bounded-zip';

export type XlsxTableResult = { ok: true; table: string[][] } | { ok: false; code: 'unpacked_too_large' | 'xlsx_corrupt' };

export async function readXlsxTable(bytes: Uint8Array): Promise<XlsxTableResult> {
  const unzipped = unzipBounded(bytes);
  if (!unzipped.ok) return { ok: false, code: unzipped.code === 'zip_bomb' ? 'unpacked_too_large' : 'xlsx_corrupt' };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(repackStored(unzipped.files)) as unknown as ArrayBuffer);
  } catch {
    return { ok: false, code: 'xlsx_corrupt' };
  }
  // A zip that is not a workbook (a .docx, a renamed archive) loads with no sheets at all.
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, code: 'xlsx_corrupt' };
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) values.push(row.getCell(column).text ?? '');
    table.push(values);
  });
  return { ok: true, table };
}
