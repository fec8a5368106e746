// Runs in a worker thread started by lib/uploads/pdf-text.ts, never imported directly:
// pdfjs reads the PDF here, so a file that makes it allocate or loop without end
// exhausts this thread's limits (and is terminated), not the web server.
// Plain JavaScript so Node can start it without the bundler or a TypeScript loader.
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

const { bytes, maxPages, root } = workerData;
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const fonts = path.join(root, 'node_modules', 'pdfjs-dist');
const task = pdfjs.getDocument({
  data: bytes,
  cMapUrl: `${path.join(fonts, 'cmaps')}/`,
  cMapPacked: true,
  standardFontDataUrl: `${path.join(fonts, 'standard_fonts')}/`,
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  verbosity: 0,
});
try {
  const document = await task.promise;
  if (document.numPages > maxPages) {
    parentPort.postMessage({ ok: false, code: 'too_large' });
  } else {
    const pages = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
      pages.push(text.trim());
      page.cleanup();
    }
    parentPort.postMessage({ ok: true, pages });
  }
} catch (error) {
  parentPort.postMessage({ ok: false, code: error?.name === 'PasswordException' ? 'encrypted' : 'malformed' });
} finally {
  await task.destroy();
}
