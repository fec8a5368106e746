// PostgreSQL text cannot hold U+0000: a NUL typed or pasted into a form would
// make the INSERT fail with a database error (a 500) instead of a field error.
// Lone surrogates are not valid UTF-8 either. Both are removed before parsing.
// (Every action's input passes through here: lib/actions/define-action.ts.)
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// A text of nothing but white space and invisible format characters (zero-width space
// U+200B, joiners, word joiner U+2060, BOM U+FEFF, direction marks: Unicode category Cf)
// shows as nothing, yet passed every required field (trim() keeps them): a progress report
// of four zero-width spaces was accepted as submitted. Such a text is stored as empty, so
// the field's own rule refuses it with its message ("请填写推进情况。").
const NOTHING_VISIBLE = /^[\s\p{Cf}]*$/u;

export function storableText(value: string): string {
  const text = value.replace(UNSTORABLE, '');
  return NOTHING_VISIBLE.test(text) ? '' : text;
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
