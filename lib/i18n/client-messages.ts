// Client components translate with a few namespaces; everything else is rendered on
// the server. Handing a provider only these keeps the other strings out of the page's
// RSC payload. The root layout hands over only SHELL_NAMESPACES (~2k characters); the
// route folders with client forms wrap their pages in FormMessages
// (components/i18n/form-messages.tsx), which hands over CLIENT_NAMESPACES (~21k
// characters, about 35 kB of every page's payload when the root layout sent them:
// two thirds of a bare page and a third of the district page's server CPU).
type Messages = Record<string, unknown>;

/** Dotted paths of the messages client components use (tests/client-messages.test.ts checks the list against the code). */
export const CLIENT_NAMESPACES = ['admin', 'api', 'auth', 'import', 'ingest', 'keyTasks', 'rounds', 'units', 'validation', 'views.common', 'workflow'] as const;

/** What every page's client components use: the flash notice (root layout: its notices only) and the error boundaries. */
export const SHELL_NAMESPACES = ['auth', 'keyTasks.notices', 'views.common'] as const;

/** Namespaces are one or two levels deep ("workflow", "views.common"). */
export function clientMessages(messages: Messages, namespaces: readonly string[] = CLIENT_NAMESPACES): Messages {
  const picked: Messages = {};
  for (const path of namespaces) {
    const [namespace, section] = path.split('.') as [string, string | undefined];
    const value = messages[namespace];
    if (value === undefined) continue;
    picked[namespace] = section ? { ...(picked[namespace] as Messages | undefined), [section]: (value as Messages)[section] } : value;
  }
  return picked;
}
