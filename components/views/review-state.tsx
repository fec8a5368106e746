import type { ReviewState } from '@/lib/targets/data';

const ICONS: Record<ReviewState, string> = { verified: '✓', disputed: '!', unreviewed: '○' };

export function ReviewStateTag({ state, label }: { state: ReviewState; label: string }) {
  return (
    <span className={`review-state review-state--${state}`}>
      <span aria-hidden="true">{`${ICONS[state]} `}</span>
      {label}
    </span>
  );
}
