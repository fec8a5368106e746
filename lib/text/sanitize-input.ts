// PostgreSQL text cannot hold U+0000: a NUL typed or pasted into a form would
// make the INSERT fail with a database error (a 500) instead of a field error.
// Lone surrogates are not valid UTF-8 either. Both are removed before parsing.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function storableText(value: string): string {
  return value.replace(UNSTORABLE, '');
}

/** Applies storableText to every string in a plain object, array or value. */
export function storableInput<T>(value: T): T {
  if (typeof value === 'string') return storableText(value) as T;
  if (Array.isArray(value)) return value.map(storableInput) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, storableInput(item)])) as T;
  }
  return value;
}
