import 'server-only';
import type { BlockList } from 'node:net';
import { cookies, headers } from 'next/headers';
import { clientAddressOf, PEER_ADDRESS_HEADER, trustedProxies } from '@/lib/auth/client-address';

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

/**
 * The client's address, used only to throttle sign-in (see lib/auth/client-address.ts).
 * Refuses to guess: without the peer address every client would share one key.
 */
export async function clientAddress(): Promise<string> {
  const list = await headers();
  trusted ??= trustedProxies(process.env.TRUSTED_PROXIES);
  const address = clientAddressOf(list.get(PEER_ADDRESS_HEADER), list.get('x-forwarded-for'), trusted);
  if (!address) throw new Error('No peer address on the request: start the server with `npm start` (scripts/peer-address.mjs).');
  return address;
}

let trusted: BlockList | undefined;
