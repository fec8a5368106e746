import type { Locale } from '@/lib/i18n/locale';
import { verdictLabel } from '@/lib/verdict/labels';
import type { VerdictCode } from '@/lib/verdict/types';
import { html, type Html } from '@/lib/views/html';

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
    // Coloured by its data-verdict (components/views/verdict-styles.tsx: the palette of lib/verdict/colours).
    <span className="verdict-badge" data-verdict={code}>
      <span aria-hidden="true" className="verdict-badge__icon">{VERDICT_ICONS[code]}</span>
      {verdictLabel(code)[locale]}
    </span>
  );
}

/** The same badge as markup, for the table rows built as strings (lib/views/html.ts). */
export function verdictBadgeHtml(code: VerdictCode, locale: Locale): Html {
  return html`<span class="verdict-badge" data-verdict="${code}"><span aria-hidden="true" class="verdict-badge__icon">${VERDICT_ICONS[code]}</span>${verdictLabel(code)[locale]}</span>`;
}
