// Unpacks an uploaded zip (.docx, .xlsx) with a hard cap on what it may unpack to,
// before any library parses it. Two checks, since either alone can be fooled:
// the sizes the central directory declares (summed without inflating anything, so an
// honest bomb costs nothing), then a real inflate with a running byte count (headers
// can lie; the count cannot). Only the entries counted here are ever handed on,
// re-packed uncompressed, so a parser cannot read more than was counted (overlapping
// or hidden entries never reach it).
import { Unzip, UnzipInflate, UnzipPassThrough, zipSync, type Zippable } from 'fflate';

/** Total inflated size of all entries of an uploaded zip. */
export const MAX_UNZIPPED_BYTES = 40 * 1024 * 1024;
export const MAX_UNZIPPED_MB = MAX_UNZIPPED_BYTES / (1024 * 1024);
const MAX_ZIP_ENTRIES = 2000;
/** Compressed input per push: one push unpacks to at most ~1 MB, so a bomb is stopped within a megabyte and the garbage stays small. */
const SLICE_BYTES = 1024;

export type ZipProblem = 'zip_bomb' | 'malformed';
export type Unzipped = { ok: true; files: Record<string, Uint8Array> } | { ok: false; code: ZipProblem };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const U32_MAX = 0xffffffff;

/**
 * The entry count and the sum of uncompressed sizes the central directory declares,
 * or null when there is no readable central directory (a truncated or non-zip file).
 */
export function declaredZipSize(bytes: Uint8Array): { entries: number; bytes: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 + 65535 (comment) bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === EOCD) { end = at; break; }
  }
  if (end < 0) return null;
  let entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if ((entries === 0xffff || offset === U32_MAX) && end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const record = Number(view.getBigUint64(end - 20 + 8, true));
    if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_EOCD) return null;
    entries = Number(view.getBigUint64(record + 32, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  if (entries > MAX_ZIP_ENTRIES) return { entries, bytes: 0 };
  let total = 0;
  let at = offset;
  for (let index = 0; index < entries; index += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_ENTRY) return null;
    let size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (size === U32_MAX) {
      // Zip64: the real size is the first field of the 0x0001 extra block.
      const zip64 = zip64Size(view, at + 46 + nameLength, extraLength);
      if (zip64 === null) return null;
      size = zip64;
    }
    total += size;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, bytes: total };
}

function zip64Size(view: DataView, start: number, length: number): number | null {
  for (let at = start; at + 4 <= start + length && at + 4 <= view.byteLength;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001 && size >= 8 && at + 12 <= view.byteLength) return Number(view.getBigUint64(at + 4, true));
    at += 4 + size;
  }
  return null;
}

/** Unpacks every entry, refusing past `limit` bytes declared or actually inflated. */
export function unzipBounded(bytes: Uint8Array, limit = MAX_UNZIPPED_BYTES): Unzipped {
  const declared = declaredZipSize(bytes);
  if (!declared) return { ok: false, code: 'malformed' };
  if (declared.entries > MAX_ZIP_ENTRIES || declared.bytes > limit) return { ok: false, code: 'zip_bomb' };

  const files: Record<string, Uint8Array> = {};
  let total = 0;
  let entries = 0;
  let problem: ZipProblem | null = null;
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
    for (let at = 0; at < bytes.length && !problem; at += SLICE_BYTES) unzip.push(bytes.subarray(at, at + SLICE_BYTES), at + SLICE_BYTES >= bytes.length);
  } catch {
    problem ??= 'malformed';
  }
  if (problem) return { ok: false, code: problem };
  return { ok: true, files };
}

/** The counted entries as a zip again, stored uncompressed: what a parser may read. */
export function repackStored(files: Record<string, Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { level: 0 }]])) as Zippable);
}
