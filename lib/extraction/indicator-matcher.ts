// Finds catalogue indicators in report text by their Chinese names and aliases.
// Only catalogue indicators are ever proposed, so this list is also the extractor's
// notion of a "headline figure".
import { INDICATORS } from '@/lib/indicators/catalog';

export type Mention = {
  /** One key, or several for a combined name ("城乡居民人均可支配收入" → urban, rural). */
  keys: string[];
  start: number;
  end: number;
};

// Names whose figures follow with 分别 ("分别增长5%、7%"), or whose name is split by a
// clause ("粮食连年丰收,产量达36.3万吨"): patterns rather than fixed spellings.
const PATTERNS: ReadonlyArray<{ pattern: string; keys: string[] }> = [
  { pattern: '(?:城乡|城镇和农村|城镇、农村|城镇与农村|城镇及农村)(?:常住)?居民(?:人均)?可支配收入', keys: ['urban_income', 'rural_income'] },
  { pattern: '粮食(?:[^\\d。;,、面]{0,6},)?总?产量', keys: ['grain_output'] },
];

// Spellings seen in reports that the catalogue does not list yet. They live here, not in
// lib/indicators/catalog.ts, because prisma/seed/figures.test.ts pins which seed quotes
// carry a catalogue name; moving them into the catalogue means updating that list too.
const EXTRA_SPELLINGS: ReadonlyArray<{ text: string; key: string }> = [
  { text: '优良天数占比', key: 'air_quality_good_days' },
  { text: '空气优良天数比率', key: 'air_quality_good_days' },
];

// A spelling that continues a longer, different name ("进出口总额" is not exports).
const NOT_AFTER: Readonly<Record<string, readonly string[]>> = {
  exports: ['进'],
};

type Spelling = { text: string; key: string };

const SPELLINGS: Spelling[] = INDICATORS.flatMap((indicator) =>
  [indicator.nameZh, ...indicator.aliases].map((text) => ({ text, key: indicator.key })),
)
  .concat(EXTRA_SPELLINGS)
  .sort((a, b) => b.text.length - a.text.length);

const KEY_BY_SPELLING = new Map(SPELLINGS.map((spelling) => [spelling.text, spelling.key]));

// One alternation, patterns first and then longest spelling first, so that at any
// position the longest name wins ("单位地区生产总值能耗" over "地区生产总值"), and a
// scan left to right never finds a short alias inside a longer name it already passed.
const MENTION = new RegExp(
  [...PATTERNS.map((named) => `(${named.pattern})`), `(${SPELLINGS.map((s) => escapeRegExp(s.text)).join('|')})`].join('|'),
  'gi',
);

/** All indicator mentions in text[from, to), left to right, not overlapping. */
export function findMentions(text: string, from = 0, to = text.length): Mention[] {
  const mentions: Mention[] = [];
  const pattern = new RegExp(MENTION.source, MENTION.flags);
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    if (end > to) break;
    const keys = keysOf(match);
    if (keys.length > 0 && !continuesLongerName(text, match.index, keys)) mentions.push({ keys, start: match.index, end });
  }
  return mentions;
}

function keysOf(match: RegExpExecArray): string[] {
  for (let group = 0; group < PATTERNS.length; group += 1) {
    if (match[group + 1] !== undefined) return [...PATTERNS[group]!.keys];
  }
  const key = KEY_BY_SPELLING.get(match[0]) ?? SPELLINGS.find((s) => s.text.toLowerCase() === match[0].toLowerCase())?.key;
  return key ? [key] : [];
}

function continuesLongerName(text: string, start: number, keys: string[]): boolean {
  const before = NOT_AFTER[keys[0] ?? ''] ?? [];
  return keys.length === 1 && before.some((prefix) => text.slice(start - prefix.length, start) === prefix);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
