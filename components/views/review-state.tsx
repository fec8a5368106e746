import type { ReviewState } from '@/lib/targets/data';
import { html, type Html } from '@/lib/views/html';

const ICONS: Record<ReviewState, string> = { verified: '✓', disputed: '!', unreviewed: '○' };

export function ReviewStateTag({ state, label }: { state: ReviewState; label: string }) {
  return (
    <span className={`review-state review-state--${state}`}>
      <span aria-hidden="true">{`${ICONS[state]} `}</span>
      {label}
    </span>
  );
}

/** The same tag as markup, for the table rows built as strings (lib/views/html.ts). */
export function reviewStateHtml(state: ReviewState, label: string): Html {
  return html`<span class="review-state review-state--${state}"><span aria-hidden="true">${`${ICONS[state]} `}</span>${label}</span>`;
}
