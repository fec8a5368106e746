// Upload requests that Next.js itself would answer with a bare 500, answered first by
// the proxy with a status that says why and a message in the visitor's language:
// - a body over the server-action limit (next.config.js), from its declared
//   Content-Length and before any of it is read: 413;
// - a multipart part header holding a control character (a NUL in a file name), which
//   the framework's multipart parser rejects as "Malformed part header": 400.
import en from '@/messages/en/errors.json';
import zh from '@/messages/zh/errors.json';
import { MAX_UPLOAD_MB } from '@/lib/upload-limits';

/** Mirrors experimental.serverActions.bodySizeLimit in next.config.js: the upload limit plus room for the form's other fields. */
export const MAX_REQUEST_BODY_BYTES = 6 * 1024 * 1024;

export async function refuseUploadRequest(request: Request, locale: string | undefined): Promise<Response | null> {
  if (request.method !== 'POST') return null;
  const messages = locale === 'en' ? en : zh;
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_REQUEST_BODY_BYTES) return refusal(413, messages.uploadTooLarge.replaceAll('{mb}', String(MAX_UPLOAD_MB)));
  const boundary = /^multipart\/form-data;.*\bboundary="?([^";]+)"?/i.exec(request.headers.get('content-type') ?? '')?.[1];
  if (!boundary || !request.body) return null;
  const body = Buffer.from(await request.clone().arrayBuffer());
  if (partHeadersHoldControls(body, boundary)) return refusal(400, messages.uploadBadFileName);
  return null;
}

/** Whether any part's header lines (between a boundary and the blank line) hold a control character. */
export function partHeadersHoldControls(body: Buffer, boundary: string): boolean {
  const delimiter = Buffer.from(`--${boundary}\r\n`);
  for (let at = body.indexOf(delimiter); at >= 0; at = body.indexOf(delimiter, at + delimiter.length)) {
    const start = at + delimiter.length;
    const end = body.indexOf('\r\n\r\n', start);
    const headers = body.subarray(start, end < 0 ? body.length : end).toString('latin1').replaceAll('\r\n', '');
    // Tab is allowed in header values; every other C0 control and DEL is not.
    if (/[\u0000-\u0008\u000A-\u001F\u007F]/.test(headers)) return true;
  }
  return false;
}

function refusal(status: number, message: string): Response {
  return new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', connection: 'close' } });
}
