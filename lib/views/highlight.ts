// Splits a document's text into plain runs and quoted spans, so a page can wrap each
// quote in <mark> as React text nodes. Pure. Overlapping quotes (two figures quoting
// one clause) share one span that lists every figure quoted there.

export type QuoteRange<T> = { start: number; end: number; item: T };
export type TextPiece<T> = { kind: 'text'; text: string } | { kind: 'mark'; text: string; start: number; items: T[] };

export function splitByQuotes<T>(text: string, ranges: readonly QuoteRange<T>[]): TextPiece<T>[] {
  const valid = ranges.filter((range) => range.start >= 0 && range.end <= text.length && range.start < range.end).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number; items: T[] }[] = [];
  for (const range of valid) {
    const last = merged.at(-1);
    if (last && range.start < last.end) {
      last.end = Math.max(last.end, range.end);
      last.items.push(range.item);
    } else {
      merged.push({ start: range.start, end: range.end, items: [range.item] });
    }
  }
  const pieces: TextPiece<T>[] = [];
  let cursor = 0;
  for (const span of merged) {
    if (span.start > cursor) pieces.push({ kind: 'text', text: text.slice(cursor, span.start) });
    pieces.push({ kind: 'mark', text: text.slice(span.start, span.end), start: span.start, items: span.items });
    cursor = span.end;
  }
  if (cursor < text.length) pieces.push({ kind: 'text', text: text.slice(cursor) });
  return pieces;
}
