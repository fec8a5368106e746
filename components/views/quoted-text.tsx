import Link from 'next/link';
import type { QuotedFigure } from '@/lib/views/document-page';
import { splitByQuotes } from '@/lib/views/highlight';

function anchor(figure: QuotedFigure): string {
  return `${figure.kind}-${figure.id}`;
}

function href(figure: QuotedFigure, districtCode: string): string {
  return figure.kind === 'target' ? `/targets/${figure.id}` : `/districts/${districtCode}?year=${figure.year}`;
}

/**
 * The document's text with every quoted figure marked. Text is rendered as React
 * text nodes only, so nothing in a stored document can become markup.
 */
export function QuotedText({ text, figures, districtCode }: { text: string; figures: QuotedFigure[]; districtCode: string }) {
  const pieces = splitByQuotes(text, figures.map((figure) => ({ start: figure.start, end: figure.end, item: figure })));
  return (
    <div className="document-text" lang="zh-CN">
      {pieces.map((piece, index) => {
        if (piece.kind === 'text') return piece.text;
        const [first, ...others] = piece.items;
        if (!first) return piece.text;
        return (
          <mark key={index} id={anchor(first)} className={`quote quote--${first.kind}`}>
            {others.map((figure) => <span key={anchor(figure)} id={anchor(figure)} />)}
            <Link href={href(first, districtCode)}>{piece.text}</Link>
          </mark>
        );
      })}
    </div>
  );
}
