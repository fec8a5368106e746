// Invisible text-direction controls (U+200E/U+200F marks, U+202A–U+202E embeddings and
// overrides, U+2066–U+2069 isolates) make a name render in another order than it is
// stored: "填报员\u202ERTL" shows reversed, in the pages and in every exported file. Names
// refuse them on input (nameText); exports strip them from what is already stored
// (withoutDirectionControls), so a value typed before the rule cannot spoof a file.
import { z } from 'zod';

const DIRECTION_CONTROL = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const DIRECTION_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

export function hasDirectionControls(value: string): boolean {
  return DIRECTION_CONTROL.test(value);
}

/**
 * Removes direction controls from every string in a plain object, array or value; anything
 * else (a Date) is kept as is. Copy on write: what holds no control is handed back as it
 * is, and only the objects and arrays on the way to a string that changes are copied. Every
 * row of a national export passes through here (~43k rows of ~60 fields), and almost none
 * holds a control: copying each row whole was a fifth of the CSV's CPU, with its garbage.
 */
export function withoutDirectionControls<T>(value: T): T {
  if (typeof value === 'string') return (DIRECTION_CONTROL.test(value) ? value.replace(DIRECTION_CONTROLS, '') : value) as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      const clean = withoutDirectionControls(item);
      if (clean !== item) (copy ??= value.slice())[index] = clean;
    }
    return (copy ?? value) as T;
  }
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    let copy: Record<string, unknown> | null = null;
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const item = record[key];
      if (item === null || (typeof item !== 'string' && typeof item !== 'object')) continue;
      const clean = withoutDirectionControls(item);
      if (clean !== item) (copy ??= { ...record })[key] = clean;
    }
    return (copy ?? value) as T;
  }
  return value;
}

// Other invisible format characters (zero-width space U+200B, joiners, word joiner U+2060,
// BOM U+FEFF, soft hyphen: Unicode category Cf) inside a name make "区财政局\u200B" a second
// unit that reads exactly like "区财政局" in every list and select, and in the files.
const INVISIBLE_FORMAT = /\p{Cf}/u;

/**
 * The schema every free-text name shares (a user's display name, a unit's, a district's, an
 * indicator's, an API token's): trimmed, within `max`, and refused with a field message when
 * it holds a direction control or another invisible format character. `required: false` allows the empty string (optional names).
 */
export function nameText(max: number, { required = true }: { required?: boolean } = {}) {
  const base = z.string().trim();
  return (required ? base.min(1, 'validation.required') : base)
    .max(max, 'validation.too_long')
    .refine((value) => !hasDirectionControls(value), 'validation.direction_controls')
    .refine((value) => hasDirectionControls(value) || !INVISIBLE_FORMAT.test(value), 'validation.invisible_characters');
}
