// Locale formatting for the reading pages. Pure: plain values in, strings out.
// Decimal columns arrive as strings; they are shown with the digits they were
// recorded with (up to 4 decimals), grouped for the locale.
import type { Locale } from '@/lib/i18n/locale';
import { unitBySymbol } from '@/lib/units/units';
import { recorded } from '@/lib/verdict/explain';

export function intlLocale(locale: Locale): string {
  return locale === 'en' ? 'en' : 'zh-CN';
}

// Intl formatters are costly to build (~0.05–0.5 ms each, more than the rendering of a
// table row) and immutable once built: one per locale and option set for the process,
// instead of a new one per cell (an overview page formatted ~550 numbers).
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, build: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = build();
    formatters.set(key, formatter);
  }
  return formatter;
}

// Formatting a number through ICU costs ~2 µs, and a page prints the same few hundred decimal
// strings (targets, outcomes, gaps) over and over: what a string printed as is remembered, per
// locale, up to a bound (then forgotten at once and learned again).
const DECIMALS_REMEMBERED = 4096;
const printed = { zh: new Map<string, string>(), en: new Map<string, string>() };

export function formatDecimal(locale: Locale, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const known = printed[locale].get(value);
  if (known !== undefined) return known;
  const number = Number(value);
  if (!Number.isFinite(number)) return value;
  const decimals = Math.min(4, value.split('.')[1]?.replace(/0+$/, '').length ?? 0);
  const text = cached(`decimal:${locale}:${decimals}`, () => new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: decimals, maximumFractionDigits: decimals })).format(number);
  if (printed[locale].size >= DECIMALS_REMEMBERED) printed[locale].clear();
  printed[locale].set(value, text);
  return text;
}

export function formatInteger(locale: Locale, value: number): string {
  return cached(`integer:${locale}`, () => new Intl.NumberFormat(intlLocale(locale))).format(value);
}

/** A share 0..1 as a percentage, or a dash when nothing was decided. */
export function formatShare(locale: Locale, share: number | null): string {
  if (share === null) return '—';
  return cached(`share:${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 1 })).format(share);
}

export function formatDate(locale: Locale, date: Date | null): string {
  if (!date) return '—';
  return cached(`date:${locale}`, () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeZone: 'Asia/Shanghai' })).format(date);
}

export function formatDateTime(locale: Locale, date: Date): string {
  return cached(`dateTime:${locale}`, () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' })).format(date);
}

/** Number for a chart: the decimal string as a JS number (charts only draw; tables print the string). */
export function chartNumber(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/** A unit in the page's language: "亿元" on Chinese pages, "100m yuan" on English ones; an unknown unit as recorded. */
export function formatUnit(locale: Locale, unit: string | null | undefined): string {
  if (!unit) return '';
  if (locale === 'zh' || unit === '%') return unit;
  return unitBySymbol(unit)?.en ?? unit;
}

/** A value with its unit: "7.2%", "1.35万人" / "13,500 people", "359.82亿元" / "35.982 bn yuan" (English scales the base unit, as the explanations do). */
export function formatQuantity(locale: Locale, value: string, unit: string | null | undefined): string {
  if (locale === 'en' && unit && unit !== '%' && unitBySymbol(unit)) return recorded(value, unit, 'en');
  const text = formatUnit(locale, unit);
  return locale === 'zh' || text === '%' || !text ? `${formatDecimal(locale, value)}${text}` : `${formatDecimal(locale, value)} ${text}`;
}
