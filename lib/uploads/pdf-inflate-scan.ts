// A cheap first look at an uploaded PDF before pdfjs opens it: every stream is
// inflated here with a running count and the output thrown away, so memory stays
// flat however much a stream would unpack to. A content stream that inflates to a
// gigabyte is refused in well under a second, without starting the PDF reader.
// It follows nested Flate layers ([/FlateDecode /FlateDecode]); other encodings are
// left to the reader's own limits (lib/uploads/pdf-text.ts).
import { Unzlib } from 'fflate';

/** What all streams of an upload may inflate to, in total (a 5 MB report's text is far less). */
export const MAX_PDF_INFLATED_BYTES = 100 * 1024 * 1024;
export const MAX_PDF_INFLATED_MB = MAX_PDF_INFLATED_BYTES / (1024 * 1024);
/** Compressed input per push: one push can produce at most ~1000× its size. */
const SLICE_BYTES = 1024;
const MAX_LAYERS = 4;

/** Whether every stream of the PDF, inflated, fits in `limit` bytes together. */
export function pdfInflatesWithin(bytes: Uint8Array, limit = MAX_PDF_INFLATED_BYTES): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (let at = buffer.indexOf('stream'); at >= 0; at = buffer.indexOf('stream', at + 6)) {
    // "endstream" also contains the keyword; only a stream's start is followed by an end of line.
    let start = at + 6;
    if (buffer[start] === 0x0d) start += 1;
    if (buffer[start] !== 0x0a || buffer.subarray(Math.max(0, at - 3), at).toString('latin1') === 'end') continue;
    start += 1;
    const end = buffer.indexOf('endstream', start);
    total += inflatedSize(buffer.subarray(start, end < 0 ? buffer.length : end), limit - total + 1);
    if (total > limit) return false;
  }
  return true;
}

/** Bytes the data inflates to across its Flate layers, counting stops once past `budget`. */
function inflatedSize(data: Uint8Array, budget: number): number {
  let total = 0;
  const layer = (depth: number): ((chunk: Uint8Array, final: boolean) => void) | null => {
    if (depth > MAX_LAYERS) return null;
    let inner: ((chunk: Uint8Array, final: boolean) => void) | null | undefined;
    let failed = false;
    const unzlib = new Unzlib((chunk, final) => {
      total += chunk.length;
      if (inner === undefined) inner = isZlibHeader(chunk) ? layer(depth + 1) : null;
      if (inner && total <= budget) inner(chunk, final);
    });
    return (chunk, final) => {
      if (failed || total > budget) return;
      try {
        for (let at = 0; at < chunk.length && total <= budget; at += SLICE_BYTES) unzlib.push(chunk.subarray(at, at + SLICE_BYTES), final && at + SLICE_BYTES >= chunk.length);
      } catch {
        // Not Flate, or damaged: whatever was counted stands; the reader decides the rest.
        failed = true;
      }
    };
  };
  if (isZlibHeader(data)) layer(1)!(data, true);
  return total;
}

function isZlibHeader(data: Uint8Array): boolean {
  return data.length >= 2 && (data[0]! & 0x0f) === 8 && (data[0]! >> 4) <= 7 && ((data[0]! << 8) | data[1]!) % 31 === 0;
}
