import { VERDICT_COLOURS } from '@/lib/verdict/colours';
import { VERDICT_CODES } from '@/lib/verdict/types';
import { VERDICT_ICONS } from './verdict-badge';

/**
 * The verdict colours of badges and bar segments, and the bars' count icons, as rules, once per
 * page (in the root layout), written from the palette: an inline style on each of them
 * repeated the same colours up to ~350 times a table page, in its HTML and again in its
 * RSC payload. Elements name their verdict with data-verdict.
 */
const RULES = VERDICT_CODES.map((code) => {
  const { ink, solid, wash } = VERDICT_COLOURS[code];
  return `.verdict-badge[data-verdict=${code}]{color:${ink};border-color:${ink};background:${wash}}`
    + `.verdict-bar__segment[data-verdict=${code}]{background:${solid}}`
    // The count's shape, hidden from screen readers (`/ ""`; the first `content` for browsers without that syntax), as the aria-hidden span it replaces.
    + `.verdict-bar__counts li[data-verdict=${code}]::before{content:"${VERDICT_ICONS[code]}";content:"${VERDICT_ICONS[code]}"/"";color:${ink}}`;
}).join('');

export function VerdictStyles() {
  return <style>{RULES}</style>;
}
