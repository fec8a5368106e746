// A page's translator for messages repeated in every table row.
type Values = Record<string, string | number>;
/** The shape of components/views/verdict-text.ts's Translate, which pages hand to the table components. */
export type Translate = (key: string, values?: Values) => string;
/** next-intl's translator as getTranslations returns it: `t(key, values)` and `t.raw(key)`. */
export type RawTranslate = Translate & { raw: (key: string) => unknown };

// Plain text with {name} placeholders and nothing ICU treats specially (plural, select,
// number formats, rich-text tags, quoting with apostrophes).
const SIMPLE = /^[^{}<>'#|]*(?:\{[A-Za-z0-9_]+\}[^{}<>'#|]*)*$/;

/**
 * `t`, with messages that are plain text and `{name}` placeholders filled in directly
 * (split once per page): next-intl parses and memoizes a message on every call with values,
 * keyed by a JSON of its arguments, which cost ~5% of a table page's server CPU at 100–350
 * calls a page. ICU prints a plain `{name}` as String(value) (no number formatting), as
 * here. Anything else goes to `t` itself; a message without values is asked of `t` once per
 * page and remembered (the rows' vintage and review labels: ~100 calls on an indicator page,
 * each through next-intl's lookup and formatting). tests/fast-translate.test.ts compares
 * both on every message of the views namespace.
 */
export function fastTranslate(t: RawTranslate): Translate {
  const templates = new Map<string, string[] | null>();
  const template = (key: string): string[] | null => {
    let parts = templates.get(key);
    if (parts === undefined) {
      let raw: unknown;
      try {
        raw = t.raw(key);
      } catch {
        raw = null;
      }
      // Even indexes are text, odd ones placeholder names.
      parts = typeof raw === 'string' && SIMPLE.test(raw) ? raw.split(/\{([A-Za-z0-9_]+)\}/) : null;
      templates.set(key, parts);
    }
    return parts;
  };
  const plain = new Map<string, string>();
  return (key: string, values?: Values) => {
    if (!values) {
      let text = plain.get(key);
      if (text === undefined) {
        text = t(key);
        plain.set(key, text);
      }
      return text;
    }
    const parts = template(key);
    if (!parts) return t(key, values);
    let text = parts[0]!;
    for (let index = 1; index < parts.length; index += 2) {
      const value = values[parts[index]!];
      if (value === undefined) return t(key, values);
      text += String(value) + parts[index + 1]!;
    }
    return text;
  };
}
