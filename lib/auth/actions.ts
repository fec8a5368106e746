'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { formValues, runFormAction } from '@/lib/actions/run-action';
import type { FormState } from '@/lib/actions/form-state';
import { clearSessionCookie, clientAddress, readSessionCookie, setSessionCookie } from '@/lib/auth/cookie';
import { findUserRole } from '@/lib/auth/data';
import { changePassword, endSession, signInWithPassword } from '@/lib/auth/mutations';
import { safeNext } from '@/lib/auth/safe-next';
import { getCurrentUser } from '@/lib/auth/current-user';
import { withNotice } from '@/lib/flash/notice';
import { readLocale } from '@/lib/i18n/locale';

// Sign-in is the one action an anonymous visitor may call, so it does not go
// through executeAction (which refuses anonymous callers by design).
export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const login = String(formData.get('login') ?? '');
  const password = String(formData.get('password') ?? '');
  const next = safeNext(String(formData.get('next') ?? ''), '');
  const t = await getTranslations('auth');
  if (!login.trim() || !password) {
    return { ok: false, message: t('signIn.missing'), fieldErrors: { ...(login.trim() ? {} : { login: t('signIn.required') }), ...(password ? {} : { password: t('signIn.required') }) }, values: { login } };
  }
  const result = await signInWithPassword({ login, password, address: await clientAddress() });
  if (!result.ok) {
    if (result.reason === 'locked') {
      const locale = await readLocale();
      const until = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'medium' }).format(result.until);
      return { ok: false, message: t('signIn.locked', { until }), fieldErrors: {}, values: { login } };
    }
    // The same words whether the account is unknown, disabled or the password wrong.
    return { ok: false, message: t('signIn.invalid'), fieldErrors: {}, values: { login } };
  }
  await setSessionCookie(result.token, result.expiresAt);
  if (result.mustChangePassword) redirect(next ? `/account/password?next=${encodeURIComponent(next)}` : '/account/password');
  redirect(next || startPageOf(await findUserRole(result.userId)));
}

function startPageOf(role: string | null | undefined): string {
  if (role === 'staff') return '/todo';
  if (role === 'reviewer') return '/review';
  if (role === 'admin') return '/admin';
  return '/';
}

export async function signOutAction(): Promise<void> {
  const token = await readSessionCookie();
  if (token) await endSession(token);
  await clearSessionCookie();
  redirect('/');
}

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const state = await runFormAction(changePassword, { ...values, keepToken: await readSessionCookie() }, () => ({ key: 'auth.password.changed' }));
  if (state?.ok) {
    // Where the user was headed, else their start page (staff: the to-do list), saying it worked.
    const role = (await getCurrentUser())?.role;
    redirect(withNotice(safeNext(values.next, '') || startPageOf(role), 'password_changed'));
  }
  if (state && !state.ok) state.values = {};
  return state;
}
