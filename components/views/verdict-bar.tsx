import type { Locale } from '@/lib/i18n/locale';
import { verdictLabel } from '@/lib/verdict/labels';
import { decidedCount, totalCount } from '@/lib/verdict/counts';
import type { VerdictCode } from '@/lib/verdict/types';
import { formatInteger } from '@/lib/views/format';
import { html, innerHtml, type Html } from '@/lib/views/html';
import type { Translate } from './verdict-text';

// The groups a reader asks about, in this order; 超额完成 counts as 完成 (and is named
// when present), 无法判定 appears only when some target is not comparable.
const GROUPS: readonly { code: VerdictCode; members: readonly VerdictCode[]; always: boolean }[] = [
  { code: 'met', members: ['exceeded', 'met'], always: true },
  { code: 'met_within_tolerance', members: ['met_within_tolerance'], always: true },
  { code: 'missed', members: ['missed'], always: true },
  { code: 'pending', members: ['pending'], always: true },
  { code: 'needs_judgment', members: ['needs_judgment'], always: true },
  { code: 'not_comparable', members: ['not_comparable'], always: false },
];

/**
 * "Was it met" in one line: a stacked bar (decoration) and the same counts in words
 * with each verdict's shape, and the denominator ("2/11 已判定"), so nothing rests on
 * colour alone.
 */
export function VerdictBar({ counts, locale, t, label }: { counts: Record<VerdictCode, number>; locale: Locale; t: Translate; label?: string }) {
  return <div className="verdict-bar" data-testid="verdict-bar" dangerouslySetInnerHTML={innerHtml(verdictBarContent(counts, locale, t, label))} />;
}

/** The same bar as markup, for the overview's rows and the home page's cards built as strings (lib/views/html.ts). */
export function verdictBarHtml(counts: Record<VerdictCode, number>, locale: Locale, t: Translate, label?: string): Html {
  return html`<div class="verdict-bar" data-testid="verdict-bar">${verdictBarContent(counts, locale, t, label)}</div>`;
}

// One markup for both: an overview page has 50 of these, ~15 elements each.
function verdictBarContent(counts: Record<VerdictCode, number>, locale: Locale, t: Translate, label?: string): Html {
  const total = totalCount(counts);
  const decided = decidedCount(counts);
  const groups = GROUPS.map((group) => ({ ...group, count: group.members.reduce((sum, code) => sum + counts[code], 0) })).filter((group) => group.always || group.count > 0);
  // Widths to 1/100 of a percent (a 0.01 px step of the 10rem track); the colour by data-verdict (verdict-styles.tsx).
  const segments = total > 0 ? groups.filter((group) => group.count > 0).map((group) => html`<span class="verdict-bar__segment" data-verdict="${group.code}" style="width:${Number(((100 * group.count) / total).toFixed(2))}%"></span>`) : null;
  // The icon before each count is drawn by verdict-styles.tsx from data-verdict (an element less in each of ~300 a page).
  const items = groups.map((group) => html`<li data-verdict="${group.code}"${group.count === 0 ? html` class="verdict-bar__zero"` : null}>${`${verdictLabel(group.code)[locale]} ${formatInteger(locale, group.count)}`}${group.code === 'met' && counts.exceeded > 0 ? html`<span class="small"> ${t('common.includingExceeded', { count: counts.exceeded })}</span>` : null}</li>`);
  return html`${label ? html`<span class="verdict-bar__label">${label}</span>` : null}<span class="verdict-bar__track" aria-hidden="true">${segments}</span><ul class="verdict-bar__counts">${items}</ul><span class="verdict-bar__denominator" data-testid="decided-share">${t('common.decidedShare', { decided: formatInteger(locale, decided), total: formatInteger(locale, total) })}</span>`;
}
