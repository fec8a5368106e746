import type { ReactNode } from 'react';

/**
 * The scrolling box around a wide table. Focusable and named, so a keyboard user can
 * reach it and scroll it with the arrow keys (a phone's narrow screen cuts wide tables),
 * and a screen reader announces what it holds.
 */
export function TableRegion({ label, labelledBy, children }: { label?: string; labelledBy?: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" tabIndex={0} aria-label={labelledBy ? undefined : label} aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
