import 'server-only';
import { cache } from 'react';
import { forbidden, redirect } from 'next/navigation';
import { readSessionCookie } from '@/lib/auth/cookie';
import { findSessionUser } from '@/lib/auth/data';
import type { SessionUser } from '@/lib/auth/sessions';
import type { Role } from '@/lib/domain/types';

/** The signed-in user of this request, looked up once per request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = await readSessionCookie();
  return token ? findSessionUser(token) : null;
});

/** For pages: anonymous visitors go to sign-in and come back; wrong roles get 403. */
export async function requirePageUser(returnTo: string, roles?: readonly Role[]): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  // A temporary password must be replaced before anything else.
  if (user.mustChangePassword && !returnTo.startsWith('/account/password')) redirect(`/account/password?next=${encodeURIComponent(returnTo)}`);
  if (roles && !roles.includes(user.role)) forbidden();
  return user;
}
