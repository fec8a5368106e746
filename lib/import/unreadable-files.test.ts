// Files a user may really upload that cannot be read: each gets its own reason and
// advice in both languages, and an import of one changes nothing in the database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/sessions';
import type { Db } from '@/lib/db/client';
import { loadMessages } from '@/lib/i18n/messages';
import { MAX_UPLOAD_BYTES } from '@/lib/upload-limits';
import { makePdf } from '@/tests/fixtures/pdf';
import { useTestDatabase } from '@/tests/test-database';
import { importOutcomes } from './actions';
import { IMPORT_COLUMNS, IMPORT_FILE_ERROR_CODES, ImportFileError, type ImportFileErrorCode, parseImportFile, templateCsv } from './parse-file';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'import-bad-files-'));
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

/** The template's example row as a GBK-encoded CSV, as Excel saves "CSV (逗号分隔)" on Chinese Windows. */
function gbkCsv(): Buffer {
  const gbk = (hex: string) => Buffer.from(hex, 'hex');
  return Buffer.concat([
    Buffer.from(`${IMPORT_COLUMNS.join(',')}\r\n520304,gdp,2024,growth,5,%,estimate,,`),
    gbk('32303235c4ead7f1d2e5cad0b2a5d6ddc7f8d5feb8aeb9a4d7f7b1a8b8e6'), // 2025年遵义市播州区政府工作报告
    Buffer.from(',,'),
    gbk('b5d8c7f8c9fab2fad7dcd6b5d4f6b3a43525'), // 地区生产总值增长5%
    Buffer.from(',\r\n'),
  ]);
}

async function workbook(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('outcomes');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

type Case = { name: string; file: string; bytes: () => Promise<Buffer> | Buffer; code: ImportFileErrorCode; params?: Record<string, string | number> };

const template = Buffer.from(templateCsv());
const CASES: Case[] = [
  { name: 'an empty .csv', file: 'empty.csv', bytes: () => Buffer.alloc(0), code: 'empty' },
  { name: 'a .csv holding only a BOM and blank lines', file: 'blank.csv', bytes: () => Buffer.from('\uFEFF\r\n\r\n'), code: 'empty' },
  { name: 'an empty .xlsx', file: 'empty.xlsx', bytes: () => Buffer.alloc(0), code: 'empty' },
  { name: 'a CSV one byte over the upload limit', file: 'big.csv', bytes: () => Buffer.concat([Buffer.from(`${IMPORT_COLUMNS.join(',')}\n`), Buffer.alloc(MAX_UPLOAD_BYTES, 'a')]), code: 'too_large', params: { mb: 5 } },
  { name: 'a workbook whose first sheet is empty', file: 'blank.xlsx', bytes: () => workbook([]), code: 'empty' },
  { name: 'a .txt file', file: 'outcomes.txt', bytes: () => template, code: 'unsupported_type' },
  { name: 'a file without extension', file: 'outcomes', bytes: () => template, code: 'unsupported_type' },
  { name: 'an old Excel .xls', file: 'outcomes.xls', bytes: () => template, code: 'xls_legacy' },
  { name: 'an .xls renamed .xlsx', file: 'outcomes.xlsx', bytes: () => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]), code: 'xls_legacy' },
  { name: 'a truncated .xlsx', file: 'truncated.xlsx', bytes: async () => (await workbook([[...IMPORT_COLUMNS]])).subarray(0, 1500), code: 'xlsx_corrupt' },
  { name: 'a CSV renamed .xlsx', file: 'renamed.xlsx', bytes: () => template, code: 'xlsx_corrupt' },
  { name: 'a zip that is not a workbook, named .xlsx', file: 'archive.xlsx', bytes: () => Buffer.from(zipSync({ 'readme.txt': strToU8('hello') })), code: 'xlsx_corrupt' },
  { name: 'a real workbook renamed .csv', file: 'book.csv', bytes: () => workbook([[...IMPORT_COLUMNS]]), code: 'csv_is_xlsx' },
  { name: 'a PDF renamed .csv', file: 'report.csv', bytes: () => makePdf((doc) => doc.text('test text')), code: 'csv_binary' },
  { name: 'a GBK-encoded CSV', file: 'gbk.csv', bytes: gbkCsv, code: 'csv_not_utf8' },
  { name: 'a UTF-16 CSV (Excel "Unicode text")', file: 'utf16.csv', bytes: () => Buffer.from(`\uFEFF${templateCsv().slice(1)}`, 'utf16le'), code: 'csv_not_utf8' },
  { name: 'a CSV with a quote that is never closed', file: 'quote.csv', bytes: () => Buffer.from(`${IMPORT_COLUMNS.join(',')}\n520304,gdp,2024,growth,5,%,estimate,,"报告,,地区生产总值增长5%,\n`), code: 'csv_malformed', params: { line: 2 } },
  { name: 'a CSV with Chinese column names', file: 'chinese.csv', bytes: () => Buffer.from('区划代码,指标,年份,数值,单位,引文\n520304,gdp,2024,5,%,地区生产总值增长5%\n'), code: 'missing_columns', params: { columns: 'district_code, indicator_key, year, value, unit, quote' } },
];

let db: Db;
let admin: SessionUser;

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  const row = await db.user.create({ data: { username: 'bad-file-admin', displayName: 'Bad File Admin', passwordHash: 'x', role: 'admin' } });
  admin = { id: row.id, username: row.username, displayName: row.displayName, role: 'admin', mustChangePassword: false, districtIds: [] };
  for (const item of CASES) fs.writeFileSync(path.join(directory, item.file), await item.bytes());
});

const read = (file: string) => new Uint8Array(fs.readFileSync(path.join(directory, file)));

describe('unreadable import files', () => {
  it.each(CASES)('$name is refused as $code', async ({ file, code, params }) => {
    const error = await parseImportFile(file, read(file)).then(() => null, (thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ImportFileError);
    expect(error).toMatchObject({ code, params: params ?? {} });
  });

  it('a GBK file is refused even though its bytes would decode as something', async () => {
    // The point of refusing: read as UTF-8 without checking, the Chinese quote would be stored as mojibake.
    expect(new TextDecoder('utf-8').decode(read('gbk.csv'))).toContain('\uFFFD');
  });

  it('importing any of them changes nothing and names the reason on the file field', async () => {
    const counts = () => Promise.all([db.outcome.count(), db.sourceDocument.count(), db.auditLog.count()]);
    const before = await counts();
    for (const { file, code } of CASES) {
      const result = await executeAction(importOutcomes, { db, user: admin }, { mode: 'commit', file: { name: file, bytes: read(file) } });
      expect(result, file).toMatchObject({ ok: false, code: 'validation', fieldErrors: { file: `import:${code}` } });
    }
    expect(await counts()).toEqual(before);
  });

  it('every reason has a message in Chinese and English that says what to do', () => {
    for (const locale of ['zh', 'en'] as const) {
      const errors = (loadMessages(locale).import as { errors: Record<string, string> }).errors;
      for (const code of IMPORT_FILE_ERROR_CODES) {
        expect(errors[code], `${locale} ${code}`).toMatch(locale === 'zh' ? /^文件无法读取：.+。请/ : /^The file could not be read: .+\. (Download|In Excel|Open|Rename|Upload|Check|Use)/);
      }
    }
  });

  it('the template itself, as CSV and as XLSX, still reads', async () => {
    expect(await parseImportFile('template.csv', new Uint8Array(template))).toHaveLength(1);
    const [header, example] = templateCsv().slice(1).trim().split('\n').map((line) => line.split(','));
    expect(await parseImportFile('template.xlsx', new Uint8Array(await workbook([header!, example!])))).toHaveLength(1);
  });
});
