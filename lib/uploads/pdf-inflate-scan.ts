// A cheap first look at an uploaded PDF before pdfjs opens it: every stream is
// inflated here (native zlib, in 64 KB pieces) with a running count and the output
// thrown away, so memory stays flat however much a stream would unpack to. A content
// stream that inflates to a gigabyte is refused in well under a second, without
// starting the PDF reader. Nested Flate layers ([/FlateDecode /FlateDecode]) are
// followed; other encodings are left to the reader's own limits (pdf-text.ts).
import { createInflate, type Inflate } from 'node:zlib';

/** What all streams of an upload may inflate to, in total (a 5 MB report's text is far less). */
export const MAX_PDF_INFLATED_BYTES = 100 * 1024 * 1024;
const MAX_LAYERS = 4;
const CHUNK_BYTES = 64 * 1024;

/** Whether every stream of the PDF, inflated, fits in `limit` bytes together. */
export async function pdfInflatesWithin(bytes: Uint8Array, limit = MAX_PDF_INFLATED_BYTES): Promise<boolean> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (let at = buffer.indexOf('stream'); at >= 0; at = buffer.indexOf('stream', at + 6)) {
    // "endstream" also contains the keyword; only a stream's start is followed by an end of line.
    let start = at + 6;
    if (buffer[start] === 0x0d) start += 1;
    if (buffer[start] !== 0x0a || buffer.subarray(Math.max(0, at - 3), at).toString('latin1') === 'end') continue;
    start += 1;
    const end = buffer.indexOf('endstream', start);
    const data = buffer.subarray(start, end < 0 ? buffer.length : end);
    if (isZlibHeader(data)) total += await inflatedSize(data, limit - total);
    if (total > limit) return false;
  }
  return true;
}

/** Bytes the data inflates to across its Flate layers; counting stops once past `budget`. */
function inflatedSize(data: Buffer, budget: number): Promise<number> {
  return new Promise((resolve) => {
    let total = 0;
    let finished = false;
    const layers: Inflate[] = [];
    const finish = () => {
      if (finished) return;
      finished = true;
      for (const layer of layers) layer.destroy();
      resolve(total);
    };
    const layer = (depth: number): Inflate => {
      const inflate = createInflate({ chunkSize: CHUNK_BYTES });
      layers.push(inflate);
      let inner: Inflate | null | undefined;
      inflate.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > budget) return finish();
        inner ??= depth < MAX_LAYERS && isZlibHeader(chunk) ? layer(depth + 1) : null;
        if (inner && !inner.write(chunk)) {
          inflate.pause();
          inner.once('drain', () => inflate.resume());
        }
      });
      // The end of this layer (or damage: whatever was counted stands) ends the next one.
      const done = () => (inner ? inner.end() : finish());
      inflate.once('end', done);
      inflate.once('error', done);
      return inflate;
    };
    layer(1).end(data);
  });
}

function isZlibHeader(data: Uint8Array): boolean {
  return data.length >= 2 && (data[0]! & 0x0f) === 8 && data[0]! >> 4 <= 7 && ((data[0]! << 8) | data[1]!) % 31 === 0;
}
