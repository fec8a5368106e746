// One-shot notices carried across a redirect in the query ("?notice=password_changed"):
// the action that redirects adds one, the root layout shows it once and strips it.
// Only names in this table are shown, so a crafted link cannot put words on a page.
// Values are keys in the `auth` messages (a client namespace, lib/i18n/client-messages.ts).
export const NOTICES = { password_changed: 'password.changed' } as const;

export type NoticeName = keyof typeof NOTICES;

export const NOTICE_PARAM = 'notice';

/** `path` (a same-site path, possibly with a query or hash) with the notice added. */
export function withNotice(path: string, notice: NoticeName): string {
  const url = new URL(path, 'http://local');
  url.searchParams.set(NOTICE_PARAM, notice);
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The message key of a notice named in the query, if it is a known one. */
export function noticeKey(value: string | null): (typeof NOTICES)[NoticeName] | null {
  return value && Object.hasOwn(NOTICES, value) ? NOTICES[value as NoticeName] : null;
}
