import 'server-only';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import type { SessionUser } from '@/lib/auth/sessions';
import { getSetting } from '@/lib/settings/data';

/**
 * Reading is open to anonymous visitors unless an admin turned on "reading
 * requires sign-in". Every read page calls this with its own path; API routes
 * use `mayRead` and answer 401 instead of redirecting.
 */
export async function requireReader(returnTo: string): Promise<SessionUser | null> {
  const user = await getCurrentUser();
  if (!user && (await getSetting('readRequiresSignIn'))) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return user;
}

export async function mayRead(user: SessionUser | null): Promise<boolean> {
  return user !== null || !(await getSetting('readRequiresSignIn'));
}
