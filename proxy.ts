// Every page gets a fresh CSP nonce: Next reads it from the request's
// Content-Security-Policy header and puts it on its own <script> tags.
// Malformed requests, cross-site posts, upload requests the framework would fail on
// with a 500, and database outages are answered here, before any page starts streaming
// (lib/security/request-guard.ts, lib/uploads/refuse-upload-request.ts say why).
// Access checks do not live here (see lib/auth).
import { type NextRequest, NextResponse } from 'next/server';
import { databaseReachable } from '@/lib/db/health';
import { LOCALE_COOKIE } from '@/lib/i18n/locale';
import { contentSecurityPolicy } from '@/lib/security/headers';
import { checkRequest, guardResponse } from '@/lib/security/request-guard';
import { refuseUploadRequest } from '@/lib/uploads/refuse-upload-request';

export async function proxy(request: NextRequest) {
  const refusal = checkRequest(request.method, request.url, request.headers);
  if (refusal) return guardResponse(request.nextUrl.pathname, refusal.status, refusal.reason);
  const refused = await refuseUploadRequest(request, request.cookies.get(LOCALE_COOKIE)?.value);
  if (refused) return refused;
  if (!(await databaseReachable())) return guardResponse(request.nextUrl.pathname, 503, 'unavailable');

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: [
    { source: '/((?!_next/static|_next/image|favicon.ico|icon.svg).*)' },
  ],
};
