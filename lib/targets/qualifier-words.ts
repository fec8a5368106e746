// The words that qualify a target figure, in one place for both readers of targets:
// lib/targets/parse-as-written.ts (what staff type) and the report extractor
// (lib/extraction/figure-parser.ts). A word added here is read the same way by both.

/** Before the figure: the target is a ceiling ("控制在3%", "不超过5.5%"). */
export const CAP_WORDS = ['控制在', '控制', '不超过', '不高于', '不多于', '低于'] as const;
/** Before the figure: the target is a floor ("不低于35万亩", "超过6%"). */
export const FLOOR_WORDS = ['不低于', '不少于', '至少', '超过', '高于'] as const;
/** Before a % figure: the target is a fall ("下降3%"). */
export const REDUCTION_WORDS = ['下降', '减少', '降低', '压减', '压降'] as const;
/** After the figure, longest first. */
export const ABOUT_SUFFIXES = ['左右', '上下'] as const;
export const FLOOR_SUFFIXES = ['及以上', '以上'] as const;
export const CAP_SUFFIXES = ['以内', '之内', '及以下', '以下', '内'] as const;
/** Between the two figures of a range ("6%—6.5%"). */
export const RANGE_SEPARATORS = ['——', '—', '–', '-', '~', '〜', '～', '到', '至'] as const;

export type SuffixBound = 'about' | 'floor' | 'cap' | null;

/** Every suffix, longest first, as a regular-expression alternation. */
export const SUFFIX_ALTERNATION = [...FLOOR_SUFFIXES, ...CAP_SUFFIXES, ...ABOUT_SUFFIXES].sort((a, b) => b.length - a.length).join('|');

export function suffixBound(suffix: string | undefined): SuffixBound {
  if (!suffix) return null;
  if ((ABOUT_SUFFIXES as readonly string[]).includes(suffix)) return 'about';
  if ((FLOOR_SUFFIXES as readonly string[]).includes(suffix)) return 'floor';
  return 'cap';
}

/** Which bound words a prefix holds; "不超过" is a cap, not a floor (超过) as well. */
export function prefixBounds(prefix: string): Array<'reduction' | 'floor' | 'cap'> {
  const found: Array<'reduction' | 'floor' | 'cap'> = [];
  if (REDUCTION_WORDS.some((word) => prefix.includes(word))) found.push('reduction');
  if (FLOOR_WORDS.some((word) => containsUnnegated(prefix, word))) found.push('floor');
  if (CAP_WORDS.some((word) => containsUnnegated(prefix, word))) found.push('cap');
  return found;
}

function containsUnnegated(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    // "不超过" holds 超过 and "不高于" holds 高于; neither is a floor.
    if (word.startsWith('不') || text[at - 1] !== '不') return true;
  }
  return false;
}

/** "与经济增长同步", "快于经济增长", "高于经济增速": a target relative to GDP growth. */
export const RELATIVE_WORDING = /同步|(?:快于|高于|不低于|跑赢)(?:经济增长|经济增速|经济发展|地区生产总值|GDP)/;

/**
 * Round 29 (rules29c): "农村居民收入增幅高于城镇居民", "…增长快于城镇居民": the rural figure compared with the urban one, a relative
 * target as README-independent's conventions read it (relative to urban residents' income, not to GDP). The whole wording only:
 * a figure after it ("高于城镇居民2个百分点") is a margin, read elsewhere.
 */
export const URBAN_COMPARISON = /^(?:增长|增幅|增速)?(?:要|继续)?(?:快于|高于)城镇(?:居民)?(?:收入)?(?:增长|增幅|增速)?$/;

/** "持平", "与上年基本持平": no change — growth of 0. */
export const LEVEL_OFF = /^(?:与上年|与去年|比上年|较上年)?(?:基本)?持平$/;

/**
 * "确保增长5.5%、力争6%": a binding figure and a higher one aimed for. The report commits
 * to the first as a floor and hopes for more, so the target is at least the 确保 figure;
 * the 力争 figure is an aim, not a second target. Alone, "确保增长5.5%" stays exact: the
 * report names no higher figure, so nothing says more than 5.5% is expected.
 * BINDING_WORD must stand before the first figure; AIM_AFTER_BINDING is what joins the two.
 */
export const BINDING_WORD = '确保';
export const AIM_AFTER_BINDING = /^[、,;]?(?:力争|争取|努力)(?:增长|达到|实现)?$/;
