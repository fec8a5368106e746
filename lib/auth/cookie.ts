import 'server-only';
import { cookies, headers } from 'next/headers';

export const SESSION_COOKIE = 'session';

/** Secure when the request came over HTTPS (directly or through a proxy that says so). */
async function isHttps(): Promise<boolean> {
  const list = await headers();
  return list.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

export async function setSessionCookie(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: await isHttps(), path: '/', expires: expiresAt });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure: await isHttps(), path: '/', maxAge: 0 });
}

export async function readSessionCookie(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value || undefined;
}

/** The client address as the nearest proxy reports it; used only to throttle sign-in. */
export async function clientAddress(): Promise<string> {
  const list = await headers();
  return list.get('x-forwarded-for')?.split(',')[0]?.trim() || list.get('x-real-ip') || 'local';
}
