// Every page gets a fresh CSP nonce: Next reads it from the request's
// Content-Security-Policy header and puts it on its own <script> tags.
// Access checks do not live here (see lib/auth); this only sets headers, and answers
// upload requests the framework would fail on with a 500 (lib/uploads/refuse-upload-request).
import { type NextRequest, NextResponse } from 'next/server';
import { LOCALE_COOKIE } from '@/lib/i18n/locale';
import { contentSecurityPolicy } from '@/lib/security/headers';
import { refuseUploadRequest } from '@/lib/uploads/refuse-upload-request';

export async function proxy(request: NextRequest) {
  const refused = await refuseUploadRequest(request, request.cookies.get(LOCALE_COOKIE)?.value);
  if (refused) return refused;
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
    { source: '/((?!_next/static|_next/image|favicon.ico).*)' },
  ],
};
