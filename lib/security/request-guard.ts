// Refusals decided from the request line and headers alone, in proxy.ts, before any
// page starts streaming: once a page has sent its first bytes its status is 200
// whatever goes wrong, so malformed input must be refused here, with an honest status.
// Pure, so tests can drive it.

export type Refusal = { status: 400; reason: 'bad_path' | 'bad_query' } | { status: 403; reason: 'cross_site' };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Control characters have no place in a path; NUL cannot be stored in PostgreSQL text.
const CONTROL = /[\u0000-\u001f\u007f]/;

export function checkRequest(method: string, url: string, headers: Headers): Refusal | null {
  const parsed = new URL(url);
  // The WHATWG URL keeps percent-escapes as sent; each path segment must decode.
  for (const segment of parsed.pathname.split('/')) {
    const decoded = decode(segment);
    if (decoded === null || CONTROL.test(decoded)) return { status: 400, reason: 'bad_path' };
  }
  for (const pair of parsed.search.slice(1).split('&')) {
    const decoded = decode(pair.replace(/\+/g, ' '));
    if (decoded === null || decoded.includes('\u0000')) return { status: 400, reason: 'bad_query' };
  }
  if (!SAFE_METHODS.has(method.toUpperCase()) && isCrossSite(headers)) return { status: 403, reason: 'cross_site' };
  return null;
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * The check Next.js applies to server actions (Origin host against X-Forwarded-Host,
 * else Host), made here so a refusal is a 403 instead of Next's 500. Requests without
 * Origin are not browsers acting for someone else; Next lets them through too.
 */
function isCrossSite(headers: Headers): boolean {
  const origin = headers.get('origin');
  if (!origin) return false;
  let originHost: string;
  try {
    originHost = origin === 'null' ? 'null' : new URL(origin).host;
  } catch {
    return true;
  }
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
  return !host || originHost !== host;
}

const TEXTS = {
  bad_path: { zh: '请求无效：网址中含有无法识别的字符。', en: 'Bad request: the address contains characters that cannot be read.' },
  bad_query: { zh: '请求无效：查询参数中含有无法识别的字符。', en: 'Bad request: the query contains characters that cannot be read.' },
  cross_site: { zh: '拒绝：此请求来自其他网站。', en: 'Refused: this request came from another site.' },
  unavailable: { zh: '服务暂时不可用：数据库无法连接，请稍后再试。', en: 'Temporarily unavailable: the database cannot be reached; please try again shortly.' },
} as const;

/** The answer to a refusal or an outage: JSON for the API, a small page (zh and en) otherwise. */
export function guardResponse(pathname: string, status: number, reason: keyof typeof TEXTS): Response {
  const text = TEXTS[reason];
  const headers: Record<string, string> = { 'Cache-Control': 'no-store', ...(status === 503 ? { 'Retry-After': '5' } : {}) };
  if (pathname.startsWith('/api/')) {
    const code = status === 503 ? 'unavailable' : status === 403 ? 'forbidden' : 'bad_request';
    return Response.json({ error: { code, message: text } }, { status, headers });
  }
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${status}</title></head>`
    + `<body style="font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><h1>${status}</h1><p>${text.zh}</p><p lang="en">${text.en}</p><p><a href="/">首页 · Home</a></p></body></html>`;
  return new Response(html, { status, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } });
}
