// Decompression bombs sent to the two upload paths (report ingestion and the import
// preview) are refused quickly and cheaply: within 2 s, with the process's resident
// memory rising by less than 100 MB, and with a message in both languages. Before
// bounded parsing, the 300 MB sheet drove ExcelJS to "Reached heap limit" and the
// 1 GB PDF content stream was read for 20 s into 2.4 GB.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/sessions';
import type { Db } from '@/lib/db/client';
import { loadMessages } from '@/lib/i18n/messages';
import { importOutcomes } from '@/lib/import/actions';
import { ImportFileError, parseImportFile } from '@/lib/import/parse-file';
import { readUpload } from '@/lib/ingest/read-upload';
import { BreakdownFileError, readBreakdownFile } from '@/lib/responsible-units/breakdown';
import { MAX_UNZIPPED_BYTES, unzipBounded } from '@/lib/uploads/bounded-zip';
import { PDF_LIMITS } from '@/lib/uploads/pdf-text';
import { docxBomb, pdfBomb, xlsxBomb } from '@/tests/fixtures/bombs';
import { useTestDatabase } from '@/tests/test-database';

const MB = 1024 * 1024;
const MAX_MS = 2000;
const MAX_RSS_MB = 100;

/** Time and the peak rise of resident memory (sampled, and at the end) while `run` works. */
async function measure<T>(run: () => Promise<T>): Promise<{ result: T; ms: number; rssMb: number }> {
  const before = process.memoryUsage.rss();
  let peak = before;
  const sample = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 10);
  const started = performance.now();
  try {
    const result = await run();
    const ms = performance.now() - started;
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, ms, rssMb: (peak - before) / MB };
  } finally {
    clearInterval(sample);
  }
}

const figures: string[] = [];
afterAll(() => console.log(`upload bombs (time to refuse, RSS rise):\n${figures.join('\n')}`));

const importError = (name: string, bytes: Uint8Array) => parseImportFile(name, bytes).then(() => null, (error: unknown) => error);

describe('zip bombs', () => {
  // 300 MB of sheet XML in a 310 KB .xlsx, as in the report on issue 14.
  it.each([
    ['an .xlsx whose sheet unpacks to 300 MB', false],
    ['the same .xlsx with headers claiming 1 KB per entry', true],
  ])('the import refuses %s', async (label, lie) => {
    const bytes = xlsxBomb(300, lie);
    expect(bytes.length).toBeLessThan(400 * 1024);
    const { result, ms, rssMb } = await measure(() => importError('bomb.xlsx', bytes));
    figures.push(`  ${label}: ${ms.toFixed(0)} ms, ${rssMb.toFixed(1)} MB`);
    expect(result).toBeInstanceOf(ImportFileError);
    expect(result).toMatchObject({ code: 'unpacked_too_large', params: { mb: MAX_UNZIPPED_BYTES / MB } });
    expect(ms).toBeLessThan(MAX_MS);
    expect(rssMb).toBeLessThan(MAX_RSS_MB);
  });

  it.each([
    ['an .xlsx whose sheet unpacks to 300 MB', false],
    ['the same .xlsx with headers claiming 1 KB per entry', true],
  ])('the 分解方案 import refuses %s', async (label, lie) => {
    const { result, ms, rssMb } = await measure(() => readBreakdownFile('bomb.xlsx', xlsxBomb(300, lie)).then(() => null, (error: unknown) => error));
    figures.push(`  分解方案 ${label}: ${ms.toFixed(0)} ms, ${rssMb.toFixed(1)} MB`);
    expect(result).toBeInstanceOf(BreakdownFileError);
    expect(result).toMatchObject({ code: 'unpacked_too_large', params: { mb: MAX_UNZIPPED_BYTES / MB } });
    expect(ms).toBeLessThan(MAX_MS);
    expect(rssMb).toBeLessThan(MAX_RSS_MB);
  });

  it.each([
    ['a .docx whose document unpacks to 300 MB', false],
    ['the same .docx with headers claiming 1 KB per entry', true],
  ])('report ingestion refuses %s', async (label, lie) => {
    const bytes = docxBomb(300, lie);
    const { result, ms, rssMb } = await measure(() => readUpload('bomb.docx', bytes));
    figures.push(`  ${label}: ${ms.toFixed(0)} ms, ${rssMb.toFixed(1)} MB`);
    expect(result).toEqual({ ok: false, code: 'zip_bomb' });
    expect(ms).toBeLessThan(MAX_MS);
    expect(rssMb).toBeLessThan(MAX_RSS_MB);
  });

  it('a lying zip is stopped by the real inflate, not the headers', () => {
    const bytes = xlsxBomb(50, true);
    // Headers alone would pass it: the declared total is a few KB. It really holds 50 MB.
    expect(unzipBounded(bytes, 64 * MB)).toMatchObject({ ok: true });
    expect(unzipBounded(bytes)).toEqual({ ok: false, code: 'zip_bomb' });
  });
});

describe('PDF bombs', () => {
  it.each([
    ['a 1 MB PDF whose content stream inflates to 1 GB', () => pdfBomb(1024), 'zip_bomb'],
    ['a PDF whose content stream is Flate inside Flate, 1 GB inside', () => pdfBomb(1024, { flateLayers: 2 }), 'zip_bomb'],
  ] as const)('refuses %s before the reader opens it', async (label, make, code) => {
    const bytes = make();
    const { result, ms, rssMb } = await measure(() => readUpload('bomb.pdf', bytes));
    figures.push(`  ${label}: ${ms.toFixed(0)} ms, ${rssMb.toFixed(1)} MB`);
    expect(result).toEqual({ ok: false, code });
    expect(ms).toBeLessThan(MAX_MS);
    expect(rssMb).toBeLessThan(MAX_RSS_MB);
  });

  it('a bomb the scan cannot see (hex-encoded Flate) is stopped by the worker thread\'s limits', async () => {
    const bytes = pdfBomb(1024, { hex: true });
    const { result, ms, rssMb } = await measure(() => readUpload('bomb.pdf', bytes));
    figures.push(`  hex-wrapped 1 GB PDF stream (worker limits): ${ms.toFixed(0)} ms, ${rssMb.toFixed(1)} MB`);
    expect(result).toEqual({ ok: false, code: 'too_complex' });
    expect(ms).toBeLessThan(PDF_LIMITS.timeMs);
    // The worker is stopped once the process has grown by rssGrowthMb; one poll of overshoot.
    expect(rssMb).toBeLessThan(PDF_LIMITS.rssGrowthMb + 40);
  });

  it('the server thread stays responsive while a PDF is read', async () => {
    const bytes = pdfBomb(1024, { hex: true });
    let ticks = 0;
    const tick = setInterval(() => { ticks += 1; }, 10);
    const started = performance.now();
    await readUpload('bomb.pdf', bytes);
    clearInterval(tick);
    // Timers kept firing: the reading happened on another thread.
    expect(ticks).toBeGreaterThan((performance.now() - started) / 10 / 4);
  });
});

describe('refusals reach the user', () => {
  let db: Db;
  let admin: SessionUser;
  beforeAll(async () => {
    ({ db } = await useTestDatabase());
    const row = await db.user.create({ data: { username: 'bomb-admin', displayName: 'Bomb Admin', passwordHash: 'x', role: 'admin' } });
    admin = { id: row.id, username: row.username, displayName: row.displayName, role: 'admin', mustChangePassword: false, districtIds: [] };
  });

  it('the import action answers a field error, quickly, and changes nothing', async () => {
    const counts = () => Promise.all([db.outcome.count(), db.sourceDocument.count(), db.auditLog.count()]);
    const before = await counts();
    const started = performance.now();
    const result = await executeAction(importOutcomes, { db, user: admin }, { mode: 'preview', file: { name: 'bomb.xlsx', bytes: xlsxBomb(300) } });
    expect(performance.now() - started).toBeLessThan(MAX_MS);
    expect(result).toMatchObject({ ok: false, code: 'validation', fieldErrors: { file: 'import:unpacked_too_large' } });
    expect(await counts()).toEqual(before);
  });

  it('every refusal has its message in Chinese and English', () => {
    for (const locale of ['zh', 'en'] as const) {
      const messages = loadMessages(locale) as { import: { errors: Record<string, string> }; ingest: { errors: Record<string, string> } };
      expect(messages.import.errors.unpacked_too_large).toContain('{mb} MB');
      for (const code of ['zip_bomb', 'too_complex']) expect(messages.ingest.errors[code], `${locale} ${code}`).toMatch(locale === 'zh' ? /已拒绝/ : /refused/);
    }
  });
});
