/**
 * Round 27 (rules27a): a statistical bulletin pasted without its title line ("…2024年国民经济和社会发展统计公报" cut off,
 * the text opening on its preamble "2024年,全区坚持…") is still a bulletin: it is known by the bulletin's own chapter
 * headings, one a line — "一、综合" first, then the sectors ("二、农业", "三、工业", "五、国内贸易", "八、居民收入"),
 * letter-spaced or not ("一、综 合"). A work or plan report numbers its parts with long titles ("一、2024年工作回顾",
 * "（一）农业农村"), never a bare sector noun under 一、综合.
 *
 * Its year is the first year its opening (up to the second chapter) writes: the preamble's or the GDP sentence's
 * ("2024年,全区…", "2024年全区地区生产总值…"); a span of years ("2020-2024年", a chart's caption) is not that year.
 */

const GAP = '[ \\t\\u3000?]*';
const CHAPTER_NOUNS = [
  '综合', '人口', '农业', '农林牧渔业', '工业', '工业和建筑业', '建筑业', '能源', '固定资产投资', '投资', '国内贸易', '贸易',
  '对外经济', '对外开放', '开放型经济', '交通', '交通运输', '邮电', '邮电通信', '旅游', '财政', '金融', '财政和金融', '财政金融',
  '居民收入', '人民生活', '人民生活和社会保障', '社会保障', '教育', '科技', '科学技术', '教育和科技', '文化', '卫生', '体育',
  '资源和环境', '环境保护', '城乡建设', '价格',
];
const spaced = (noun: string) => [...noun].join(GAP);
const CHAPTER = new RegExp(`^${GAP}([一二三四五六七八九十]{1,3})、${GAP}(${CHAPTER_NOUNS.map(spaced).join('|')})${GAP}$`, 'gm');
// A span of years (a chart's or a table's "2020-2024年") is skipped by matching it first.
// …and so is a dated line's year ("2025年3月18日", the day it was published).
const OPENING_YEAR = /(?:19|20)\d{2}[-—–~至到](?:19|20)\d{2} ?年|((?:19|20)\d{2}) ?年(?! ?\d{1,2} ?月)/g;
const MIN_CHAPTERS = 3;

/** The year an untitled bulletin reviews, or null when the text is not laid out in a bulletin's chapters. */
export function untitledBulletinYear(text: string): number | null {
  const chapters = [...text.matchAll(CHAPTER)];
  if (chapters.length < MIN_CHAPTERS) return null;
  const first = chapters[0]!;
  if (first[1] !== '一' || first[2]!.replace(/[ \t\u3000?]/g, '') !== '综合') return null;
  const opening = text.slice(0, chapters[1]!.index);
  for (const match of opening.matchAll(OPENING_YEAR)) if (match[1] !== undefined) return Number(match[1]);
  return null;
}
