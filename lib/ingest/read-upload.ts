// Reads an uploaded work report (.txt, .docx or text-based .pdf) into plain text.
// The type is decided by the file's first bytes and must agree with its extension.
// A .docx is a zip: it is unpacked with a bounded size (lib/uploads/bounded-zip) and
// re-packed, so mammoth only ever reads entries whose real size was counted; a PDF is
// read in a worker thread with memory and time limits (lib/uploads/pdf-text).
// Nothing is stored here.
import path from 'node:path';
import mammoth from 'mammoth';
import { repackStored, unzipBounded } from '@/lib/uploads/bounded-zip';
import { readPdfText } from '@/lib/uploads/pdf-text';
import { MAX_TEXT_CHARS } from '@/lib/documents/limits';
import { MAX_UPLOAD_BYTES } from '@/lib/upload-limits';

/** Fewer non-space characters than this and a PDF is treated as scanned. */
const MIN_PDF_TEXT_CHARS = 20;

export const UPLOAD_ERROR_CODES = [
  'empty', 'too_large', 'unsupported_type', 'type_mismatch', 'malformed', 'zip_bomb', 'too_complex', 'encrypted', 'no_text', 'not_text', 'text_too_long',
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

async function readDocx(bytes: Uint8Array): Promise<Read> {
  const unzipped = unzipBounded(bytes);
  if (!unzipped.ok) return unzipped;
  if (!unzipped.files['word/document.xml']) return fail('malformed');
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(repackStored(unzipped.files)) });
    return { ok: true, text: result.value };
  } catch {
    return fail('malformed');
  }
}

async function readPdf(bytes: Uint8Array): Promise<Read> {
  const read = await readPdfText(bytes);
  if (!read.ok) return read;
  const text = read.pages.filter(Boolean).join('\n');
  if (text.replace(/\s/g, '').length < MIN_PDF_TEXT_CHARS) return fail('no_text');
  return { ok: true, text };
}
