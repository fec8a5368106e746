import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '@/lib/i18n/locale';

type Messages = Record<string, Record<string, unknown>>;
const cache = new Map<Locale, Messages>();

/**
 * messages/<locale>/<namespace>.json, one file per area of the app so that work
 * on one area does not touch another's strings. Read once per process.
 */
export function loadMessages(locale: Locale): Messages {
  const cached = cache.get(locale);
  if (cached && process.env.NODE_ENV === 'production') return cached;
  const directory = path.join(process.cwd(), 'messages', locale);
  const messages: Messages = {};
  for (const file of fs.readdirSync(directory).filter((name) => name.endsWith('.json')).sort()) {
    messages[file.slice(0, -'.json'.length)] = JSON.parse(fs.readFileSync(path.join(directory, file), 'utf8'));
  }
  cache.set(locale, messages);
  return messages;
}
