import type { Locale } from '@/lib/i18n/locale';

/** Picks the Chinese or English name of a bilingual record. */
export function pick(locale: Locale, zh: string, en: string | null | undefined): string {
  return locale === 'en' && en ? en : zh;
}
