import { splitByQuotes } from '@/lib/views/highlight';

type Span = { start: number; end: number; index: number; kind: 'target' | 'outcome' | 'in_year' | 'flag' };

/** The document text with each proposal's quote in <mark>; React text nodes only, so nothing in the text becomes markup. */
export function HighlightedText({ text, spans }: { text: string; spans: Span[] }) {
  const pieces = splitByQuotes(text, spans.map((span) => ({ start: span.start, end: span.end, item: span })));
  return (
    <div className="document-text" lang="zh-CN" data-testid="document-text">
      {pieces.map((piece, at) => {
        if (piece.kind === 'text') return piece.text;
        const first = piece.items[0]!;
        const kind = first.kind === 'flag' ? 'skipped' : first.kind;
        return (
          <mark key={at} id={first.kind === 'flag' ? `flag-${first.index}` : `quote-${first.index}`} className={`quote quote--${kind}`}>
            {piece.items.slice(1).map((span) => <span key={`${span.kind}-${span.index}`} id={span.kind === 'flag' ? `flag-${span.index}` : `quote-${span.index}`} />)}
            {first.kind === 'flag' ? piece.text : <a href={`#proposal-${first.index}`}>{piece.text}</a>}
          </mark>
        );
      })}
    </div>
  );
}
