// Round 23 (rules23b): a summary post's part on the whole five-year plan ("■ “十四五”回眸", "▌十四五成就巡礼", "■ 过去五年 · 回顾") lists the
// period's totals under its heading ("经营主体总量突破7万户", "五年地区生产总值年均增长6.3%"): none is last year's outcome. The
// heading is the nearest line above a figure's line that holds no digit; its part ends at the next such line.

// A post's marked heading (■, ▌, ◆) that names the five years (十四五, 五年) and looks back on them. A report's numbered part
// ("一、过去五年工作回顾") is none: it goes on to last year's own paragraph.
const FIVE_YEAR_HEADING = /^[■□◆◇▶►▌#]+[^\d。,;:]{0,6}(?:[“"]?十[一二三四五六七八九]五[”"]?|(?:过去|近)?五年)[^\d。,;:]{0,6}?(?:回眸|回顾|成就|成绩单?|答卷|巡礼|来)[^\d。,;:]{0,4}$/;
const HEADING_LINE_MAX = 20;
const MAX_LINES_BACK = 15;
const LOOK_BACK = 1500;

/** Whether the figure at `position` stands in the part under a five-year look-back heading (not before `floor`). */
export function underFiveYearHeading(text: string, position: number, floor = 0): boolean {
  // Only the lines just above are read: a text without line breaks is never scanned back whole for each figure.
  const above = text.slice(Math.max(floor, position - LOOK_BACK), position);
  const lines = above.split('\n').slice(0, -1).reverse().slice(0, MAX_LINES_BACK);
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '' || /\d/.test(line)) continue;
    return line.length <= HEADING_LINE_MAX && FIVE_YEAR_HEADING.test(line);
  }
  return false;
}
