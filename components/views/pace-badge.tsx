import type { Locale } from '@/lib/i18n/locale';
import { PACE_COLOURS } from '@/lib/verdict/colours';
import { PACE_LABELS, type PaceCode } from '@/lib/verdict/pace';
import './pace.css';

// A shape per pace verdict as well as a colour, so it never rests on colour alone.
const PACE_ICONS: Record<PaceCode, string> = {
  on_pace: '✓',
  behind_pace: '✕',
  done: '★',
  lagging: '↓',
  pending: '…',
  not_comparable: '⊘',
};

export function PaceBadge({ code, locale }: { code: PaceCode; locale: Locale }) {
  return (
    <span className={`verdict-badge pace-badge--${code}`} data-pace={code} style={{ color: PACE_COLOURS[code].ink, borderColor: PACE_COLOURS[code].ink, background: PACE_COLOURS[code].wash }}>
      <span aria-hidden="true" className="verdict-badge__icon">{PACE_ICONS[code]}</span>
      {PACE_LABELS[code][locale]}
    </span>
  );
}
