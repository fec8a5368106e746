// Markup as a string, escaped by construction, for the reading pages' long tables.
//
// Why: a table row rendered as React elements costs React's server render twice (the RSC
// payload, then the HTML from it), ~25 elements and their props each, and is serialized
// into the page twice (HTML and payload). perf9-pages' profile put most of a table page's
// server CPU there. Rows built as one string are handed to React once, as the table body's
// inner HTML (`<tbody dangerouslySetInnerHTML>`): a single string in the payload, none of
// React's per-element work. Safety rests on this module alone: every interpolated value is
// escaped unless it is itself an `Html` built by `html`, so nothing can reach the markup
// unescaped by accident (tests/html-template.test.ts).

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };

/** Text safe in element content and in a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

// Markup built by `html`. The class is not exported: no plain string can become markup.
// No toString: `html`a` + html`b`` would make a plain string, escaped when interpolated; put parts in a list instead.
class Markup {
  constructor(readonly markup: string) {}
}
export type Html = Markup;

/** What a template may interpolate: text and numbers (escaped), markup, nothing (null, undefined, false), or a list of these. */
export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Markup) return value.markup;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** `html\`<td data-label="${label}">${text}</td>\``: the literal parts as written, every value escaped unless it is `Html`. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let markup = strings[0]!;
  for (let index = 0; index < values.length; index += 1) markup += render(values[index]!) + strings[index + 1]!;
  return new Markup(markup);
}

/** For `dangerouslySetInnerHTML`: the markup of an `Html`. */
export function innerHtml(markup: Html): { __html: string } {
  return { __html: markup.markup };
}
