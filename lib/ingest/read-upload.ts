// Reads an uploaded work report (.txt, .docx or text-based .pdf) into plain text.
// The type is decided by the file's first bytes and must agree with its extension.
// A .docx is a zip: it is unpacked here with a running byte count (a zip bomb is
// stopped while inflating, whatever its headers claim) and re-packed, so mammoth
// only ever reads entries whose real size we have counted. Nothing is stored here.
import path from 'node:path';
import { Unzip, UnzipInflate, UnzipPassThrough, zipSync, type Zippable } from 'fflate';
import mammoth from 'mammoth';
import { MAX_UPLOAD_BYTES } from '@/lib/upload-limits';

/** Total inflated size of all entries of a .docx. */
export const MAX_UNZIPPED_BYTES = 40 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 2000;
const MAX_PDF_PAGES = 500;
/** The longest text a source document may hold (see sourceSchema.newText). */
export const MAX_TEXT_CHARS = 2_000_000;
/** Fewer non-space characters than this and a PDF is treated as scanned. */
const MIN_PDF_TEXT_CHARS = 20;

export const UPLOAD_ERROR_CODES = [
  'empty', 'too_large', 'unsupported_type', 'type_mismatch', 'malformed', 'zip_bomb', 'encrypted', 'no_text', 'not_text', 'text_too_long',
] as const;
export type UploadErrorCode = (typeof UPLOAD_ERROR_CODES)[number];
export type UploadFormat = 'txt' | 'docx' | 'pdf';
export type UploadResult = { ok: true; format: UploadFormat; text: string } | { ok: false; code: UploadErrorCode };

const EXTENSIONS: Record<string, UploadFormat> = { '.txt': 'txt', '.docx': 'docx', '.pdf': 'pdf' };

export function sniffFormat(bytes: Uint8Array): 'pdf' | 'zip' | 'other' {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.startsWith('%PDF-')) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  return 'other';
}

export async function readUpload(name: string, bytes: Uint8Array): Promise<UploadResult> {
  if (bytes.length === 0) return fail('empty');
  if (bytes.length > MAX_UPLOAD_BYTES) return fail('too_large');
  const format = EXTENSIONS[path.extname(name).toLowerCase()];
  if (!format) return fail('unsupported_type');
  const sniffed = sniffFormat(bytes);
  const expected = format === 'pdf' ? 'pdf' : format === 'docx' ? 'zip' : 'other';
  if (sniffed !== expected) return fail('type_mismatch');
  const result = format === 'txt' ? readText(bytes) : format === 'docx' ? await readDocx(bytes) : await readPdf(bytes);
  if (!result.ok) return result;
  const text = normalizeText(result.text);
  if (!text.trim()) return fail(format === 'pdf' ? 'no_text' : 'empty');
  if (text.length > MAX_TEXT_CHARS) return fail('text_too_long');
  return { ok: true, format, text };
}

/** One line-break convention and no BOM, so offsets and the dedupe hash do not depend on the source's habits. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function fail(code: UploadErrorCode): { ok: false; code: UploadErrorCode } {
  return { ok: false, code };
}

type Read = { ok: true; text: string } | { ok: false; code: UploadErrorCode };

/** Control characters other than tab, line feed, form feed and carriage return: decoded bytes of a binary file, not text. */
export function hasBinaryControls(text: string): boolean {
  return /[\u0000-\u0008\u000B\u000E-\u001F]/.test(text);
}

/** UTF-8, else GB18030 (the usual encoding of Chinese government .txt files); binary content is refused. */
function readText(bytes: Uint8Array): Read {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      return fail('not_text');
    }
  }
  if (hasBinaryControls(text)) return fail('not_text');
  return { ok: true, text };
}

/** Inflates every entry with a running count; refuses past MAX_UNZIPPED_BYTES. */
export function unzipBounded(bytes: Uint8Array, limit = MAX_UNZIPPED_BYTES): { ok: true; files: Record<string, Uint8Array> } | { ok: false; code: 'zip_bomb' | 'malformed' } {
  const files: Record<string, Uint8Array> = {};
  let total = 0;
  let entries = 0;
  let problem: 'zip_bomb' | 'malformed' | null = null;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  unzip.onfile = (file) => {
    entries += 1;
    if (entries > MAX_ZIP_ENTRIES) problem ??= 'zip_bomb';
    if (problem) return;
    const chunks: Uint8Array[] = [];
    file.ondata = (error, chunk, final) => {
      if (problem) return;
      if (error) { problem = 'malformed'; return; }
      total += chunk.length;
      if (total > limit) { problem = 'zip_bomb'; file.terminate(); return; }
      chunks.push(chunk);
      if (final) files[file.name] = Buffer.concat(chunks);
    };
    try { file.start(); } catch { problem ??= 'malformed'; }
  };
  try {
    // Fed in slices so that a bomb is stopped before the next slice is inflated.
    for (let at = 0; at < bytes.length && !problem; at += 64 * 1024) unzip.push(bytes.subarray(at, at + 64 * 1024), at + 64 * 1024 >= bytes.length);
  } catch {
    problem ??= 'malformed';
  }
  if (problem) return { ok: false, code: problem };
  return { ok: true, files };
}

async function readDocx(bytes: Uint8Array): Promise<Read> {
  const unzipped = unzipBounded(bytes);
  if (!unzipped.ok) return unzipped;
  if (!unzipped.files['word/document.xml']) return fail('malformed');
  const repacked = zipSync(Object.fromEntries(Object.entries(unzipped.files).map(([name, data]) => [name, [data, { level: 0 }]])) as Zippable);
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(repacked) });
    return { ok: true, text: result.value };
  } catch {
    return fail('malformed');
  }
}

async function readPdf(bytes: Uint8Array): Promise<Read> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = path.join(process.cwd(), 'node_modules', 'pdfjs-dist');
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: `${path.join(root, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${path.join(root, 'standard_fonts')}/`,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const document = await task.promise;
    if (document.numPages > MAX_PDF_PAGES) return fail('too_large');
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
      pages.push(text.trim());
      page.cleanup();
    }
    const text = pages.filter(Boolean).join('\n');
    if (text.replace(/\s/g, '').length < MIN_PDF_TEXT_CHARS) return fail('no_text');
    return { ok: true, text };
  } catch (error) {
    const name = (error as { name?: string }).name;
    return fail(name === 'PasswordException' ? 'encrypted' : 'malformed');
  } finally {
    await task.destroy();
  }
}
