// Client components translate with a few namespaces; everything else is rendered on
// the server. Handing the provider only these keeps the other strings out of every
// page's RSC payload (all namespaces were serialised into each response before).
type Messages = Record<string, unknown>;

/** Dotted paths of the messages client components use (tests/client-messages.test.ts checks the list against the code). */
export const CLIENT_NAMESPACES = ['admin', 'api', 'auth', 'import', 'ingest', 'keyTasks', 'rounds', 'units', 'validation', 'views.common', 'workflow'] as const;

/** Namespaces are one or two levels deep ("workflow", "views.common"). */
export function clientMessages(messages: Messages): Messages {
  const picked: Messages = {};
  for (const path of CLIENT_NAMESPACES) {
    const [namespace, section] = path.split('.') as [string, string | undefined];
    const value = messages[namespace];
    if (value === undefined) continue;
    picked[namespace] = section ? { ...(picked[namespace] as Messages | undefined), [section]: (value as Messages)[section] } : value;
  }
  return picked;
}
