import type { Locale } from '@/lib/i18n/locale';
import { verdictBadgeStyle } from '@/lib/verdict/colours';
import { verdictLabel } from '@/lib/verdict/labels';
import type { VerdictCode } from '@/lib/verdict/types';

// A shape per verdict as well as a colour, so the verdict never rests on colour alone.
export const VERDICT_ICONS: Record<VerdictCode, string> = {
  exceeded: '▲',
  met: '✓',
  met_within_tolerance: '≈',
  missed: '✕',
  pending: '…',
  needs_judgment: '?',
  not_comparable: '⊘',
};

export function VerdictBadge({ code, locale }: { code: VerdictCode; locale: Locale }) {
  return (
    <span className={`verdict-badge verdict-badge--${code}`} data-verdict={code} style={verdictBadgeStyle(code)}>
      <span aria-hidden="true" className="verdict-badge__icon">{VERDICT_ICONS[code]}</span>
      {verdictLabel(code)[locale]}
    </span>
  );
}
