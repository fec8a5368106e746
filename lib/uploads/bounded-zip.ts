// Unpacks an uploaded zip (.docx, .xlsx) with a hard cap on what it may unpack to,
// before any library parses it. Two checks, since either alone can be fooled: the
// sizes the central directory declares (summed without inflating anything, so an
// honest bomb costs nothing), then a real inflate of each entry whose output may not
// pass what is left of the cap (headers can lie; zlib's maxOutputLength cannot).
// Only the entries unpacked here are handed on, re-packed uncompressed, so a parser
// never reads more than was counted (overlapping entries are each counted).
import { inflateRawSync } from 'node:zlib';
import { zipSync, type Zippable } from 'fflate';

/** Total inflated size of all entries of an uploaded zip. */
export const MAX_UNZIPPED_BYTES = 40 * 1024 * 1024;
export const MAX_UNZIPPED_MB = MAX_UNZIPPED_BYTES / (1024 * 1024);
const MAX_ZIP_ENTRIES = 2000;

export type ZipProblem = 'zip_bomb' | 'malformed';
export type Unzipped = { ok: true; files: Record<string, Uint8Array> } | { ok: false; code: ZipProblem };
type Entry = { name: string; method: number; compressedSize: number; size: number; localOffset: number };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
const U32_MAX = 0xffffffff;

/**
 * The entries the central directory lists, or null when there is no readable central
 * directory (a truncated or non-zip file). Past MAX_ZIP_ENTRIES only the count is known.
 */
export function centralDirectory(bytes: Uint8Array): { count: number; entries: Entry[] } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 + 65535 (comment) bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === EOCD) { end = at; break; }
  }
  if (end < 0) return null;
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if ((count === 0xffff || offset === U32_MAX) && end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const record = Number(view.getBigUint64(end - 20 + 8, true));
    if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_EOCD) return null;
    count = Number(view.getBigUint64(record + 32, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  if (count > MAX_ZIP_ENTRIES) return { count, entries: [] };
  const entries: Entry[] = [];
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_ENTRY) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const sizes = [view.getUint32(at + 24, true), view.getUint32(at + 20, true), view.getUint32(at + 42, true)];
    // Zip64: each field at its 32-bit maximum is in the 0x0001 extra block, in this order.
    if (sizes.includes(U32_MAX) && !readZip64(view, at + 46 + nameLength, extraLength, sizes)) return null;
    const name = Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8');
    entries.push({ name, method: view.getUint16(at + 10, true), size: sizes[0]!, compressedSize: sizes[1]!, localOffset: sizes[2]! });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { count, entries };
}

function readZip64(view: DataView, start: number, length: number, sizes: number[]): boolean {
  for (let at = start; at + 4 <= start + length && at + 4 <= view.byteLength;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      for (let index = 0; index < sizes.length; index += 1) {
        if (sizes[index] !== U32_MAX) continue;
        if (field + 8 > at + 4 + size || field + 8 > view.byteLength) return false;
        sizes[index] = Number(view.getBigUint64(field, true));
        field += 8;
      }
      return true;
    }
    at += 4 + size;
  }
  return false;
}

/** Unpacks every entry, refusing past `limit` bytes declared or actually inflated. */
export function unzipBounded(bytes: Uint8Array, limit = MAX_UNZIPPED_BYTES): Unzipped {
  let directory: ReturnType<typeof centralDirectory>;
  try {
    directory = centralDirectory(bytes);
  } catch {
    // An offset past the end of a damaged file.
    directory = null;
  }
  if (!directory) return { ok: false, code: 'malformed' };
  if (directory.count > MAX_ZIP_ENTRIES || directory.entries.reduce((sum, entry) => sum + entry.size, 0) > limit) return { ok: false, code: 'zip_bomb' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const files: Record<string, Uint8Array> = {};
  let total = 0;
  for (const entry of directory.entries) {
    const at = entry.localOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_ENTRY) return { ok: false, code: 'malformed' };
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    if (start + entry.compressedSize > bytes.length) return { ok: false, code: 'malformed' };
    const data = bytes.subarray(start, start + entry.compressedSize);
    let content: Uint8Array;
    if (entry.method === 0) content = data;
    else if (entry.method !== 8) return { ok: false, code: 'malformed' };
    else {
      try {
        content = inflateRawSync(data, { maxOutputLength: limit - total + 1 });
      } catch (error) {
        return { ok: false, code: (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'zip_bomb' : 'malformed' };
      }
    }
    total += content.length;
    if (total > limit) return { ok: false, code: 'zip_bomb' };
    if (!entry.name.endsWith('/')) files[entry.name] = content;
  }
  return { ok: true, files };
}

/** The counted entries as a zip again, stored uncompressed: what a parser may read. */
export function repackStored(files: Record<string, Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { level: 0 }]])) as Zippable);
}
