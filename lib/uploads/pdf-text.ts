// Reads the text of an uploaded PDF without risking the server: first the cheap
// inflate scan (pdf-inflate-scan.ts), then pdfjs in a worker thread with its own heap
// limit, a time limit and a cap on how much the process's memory may grow while it
// runs (typed arrays, where pdfjs keeps decoded streams, live outside the V8 heap, so
// the heap limit alone does not bound them). On any overrun the worker is terminated
// and the upload refused. One PDF is read at a time, so the memory cap measures it alone.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { pdfInflatesWithin, MAX_PDF_INFLATED_BYTES } from './pdf-inflate-scan';

export type PdfLimits = {
  /** Wall-clock time for the whole read. */
  timeMs: number;
  /** The worker's V8 old-generation heap. */
  heapMb: number;
  /** Growth of the process's resident memory while the worker runs (its start included). */
  rssGrowthMb: number;
  inflatedBytes: number;
  maxPages: number;
};

export const PDF_LIMITS: PdfLimits = { timeMs: 15_000, heapMb: 96, rssGrowthMb: 160, inflatedBytes: MAX_PDF_INFLATED_BYTES, maxPages: 500 };

export type PdfProblem = 'zip_bomb' | 'too_large' | 'too_complex' | 'encrypted' | 'malformed';
export type PdfText = { ok: true; pages: string[] } | { ok: false; code: PdfProblem };

const WORKER_FILE = path.join(process.cwd(), 'lib', 'uploads', 'pdf-worker.mjs');
const MEMORY_POLL_MS = 20;

let queue: Promise<unknown> = Promise.resolve();

export async function readPdfText(bytes: Uint8Array, limits: PdfLimits = PDF_LIMITS): Promise<PdfText> {
  if (!(await pdfInflatesWithin(bytes, limits.inflatedBytes))) return { ok: false, code: 'zip_bomb' };
  const run = queue.then(() => readInWorker(bytes, limits));
  queue = run.catch(() => undefined);
  return run;
}

function readInWorker(bytes: Uint8Array, limits: PdfLimits): Promise<PdfText> {
  return new Promise((resolve) => {
    const startRss = process.memoryUsage.rss();
    const worker = new Worker(WORKER_FILE, {
      workerData: { bytes: new Uint8Array(bytes), maxPages: limits.maxPages, root: process.cwd() },
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 16 },
    });
    let settled = false;
    const finish = (result: PdfText) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      resolve(result);
      void worker.terminate();
    };
    const timer = setTimeout(() => finish({ ok: false, code: 'too_complex' }), limits.timeMs);
    const watch = setInterval(() => {
      if (process.memoryUsage.rss() - startRss > limits.rssGrowthMb * 1024 * 1024) finish({ ok: false, code: 'too_complex' });
    }, MEMORY_POLL_MS);
    worker.on('message', (message: PdfText) => finish(message));
    // ERR_WORKER_OUT_OF_MEMORY when the heap limit is reached; anything else is a file pdfjs cannot read.
    worker.on('error', (error: Error & { code?: string }) => finish({ ok: false, code: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'too_complex' : 'malformed' }));
    worker.on('exit', () => finish({ ok: false, code: 'malformed' }));
  });
}
