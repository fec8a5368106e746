// One-shot notices carried across a redirect in the query ("?notice=password_changed"):
// the action that redirects adds one, the root layout shows it once and strips it.
// Only names in this table are shown, so a crafted link cannot put words on a page; a
// notice's values (a count) are whole numbers read from their own parameters, nothing else.
// Messages live in client namespaces (lib/i18n/client-messages.ts) that FlashNotice loads.
export const NOTICES = {
  password_changed: { namespace: 'auth', key: 'password.changed', values: [] },
  key_task_withdrawn: { namespace: 'keyTasks.notices', key: 'withdrawn', values: ['items'] },
} as const satisfies Record<string, { namespace: 'auth' | 'keyTasks.notices'; key: string; values: readonly string[] }>;

export type NoticeName = keyof typeof NOTICES;
type NoticeValues<N extends NoticeName> = Record<(typeof NOTICES)[N]['values'][number], number>;

export const NOTICE_PARAM = 'notice';

/** `path` (a same-site path, possibly with a query or hash) with the notice (and its values) added. */
export function withNotice<N extends NoticeName>(path: string, notice: N, ...values: (typeof NOTICES)[N]['values'] extends readonly [] ? [] : [NoticeValues<N>]): string {
  const url = new URL(path, 'http://local');
  url.searchParams.set(NOTICE_PARAM, notice);
  for (const [name, value] of Object.entries(values[0] ?? {})) url.searchParams.set(name, String(value));
  return `${url.pathname}${url.search}${url.hash}`;
}

export type Notice = { namespace: 'auth' | 'keyTasks.notices'; key: string; values: Record<string, number>; params: string[] };

/** The notice named in the query, if it is a known one with whole-number values; `params` are the query names it used. */
export function readNotice(query: { get(name: string): string | null }): Notice | null {
  const name = query.get(NOTICE_PARAM);
  if (!name || !Object.hasOwn(NOTICES, name)) return null;
  const { namespace, key, values: names } = NOTICES[name as NoticeName];
  const values: Record<string, number> = {};
  for (const value of names) {
    const raw = query.get(value);
    if (raw === null || !/^\d{1,9}$/.test(raw)) return null;
    values[value] = Number(raw);
  }
  return { namespace, key, values, params: [NOTICE_PARAM, ...names] };
}
