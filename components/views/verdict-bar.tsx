import type { Locale } from '@/lib/i18n/locale';
import { verdictLabel } from '@/lib/verdict/labels';
import { decidedCount, totalCount } from '@/lib/verdict/counts';
import type { VerdictCode } from '@/lib/verdict/types';
import { formatInteger } from '@/lib/views/format';
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
  const total = totalCount(counts);
  const decided = decidedCount(counts);
  const groups = GROUPS.map((group) => ({ ...group, count: group.members.reduce((sum, code) => sum + counts[code], 0) })).filter((group) => group.always || group.count > 0);
  return (
    <div className="verdict-bar" data-testid="verdict-bar">
      {label ? <span className="verdict-bar__label">{label}</span> : null}
      <span className="verdict-bar__track" aria-hidden="true">
        {total > 0 ? groups.filter((group) => group.count > 0).map((group) => (
          // Width to 1/100 of a percent (a 0.01 px step of the 10rem track); the colour by data-verdict (verdict-styles.tsx).
          <span key={group.code} className="verdict-bar__segment" data-verdict={group.code} style={{ width: `${Number(((100 * group.count) / total).toFixed(2))}%` }} />
        )) : null}
      </span>
      <ul className="verdict-bar__counts">
        {groups.map((group) => (
          // The icon before the count is drawn by verdict-styles.tsx from data-verdict (an element less in each of ~300 a page).
          <li key={group.code} data-verdict={group.code} {...(group.count === 0 ? { className: 'verdict-bar__zero' } : {})}>
            {/* One text node, not three: an overview page has ~250 of these. */}
            {`${verdictLabel(group.code)[locale]} ${formatInteger(locale, group.count)}`}
            {group.code === 'met' && counts.exceeded > 0 ? <span className="small"> {t('common.includingExceeded', { count: counts.exceeded })}</span> : null}
          </li>
        ))}
      </ul>
      <span className="verdict-bar__denominator" data-testid="decided-share">{t('common.decidedShare', { decided: formatInteger(locale, decided), total: formatInteger(locale, total) })}</span>
    </div>
  );
}
