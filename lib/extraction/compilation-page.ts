// Round 20 (rules20a): a page of a report compilation ("…政府工作报告汇编 第37/52页") may open on the tail of the report before it: another
// county's targets and figures, then the page's own report from its title and session line ("——2025年1月16日在某某县第十七届人民代表
// 大会第四次会议上"). What stands before that title is no part of the report when it holds figures and never names the report's
// district: it is blanked (spaces of the same length, so every offset stands) before the report is read. A news item's lead before the
// full text it introduces names the district, and stays.
import { districtStem } from './district-name';

// The report's session line, the district named in it.
const SESSION_LINE = /^[ \t*>]*——[ \t]*(?:19|20)\d{2} ?年\d{1,2} ?月\d{1,2} ?日[ \t]*在([\u4e00-\u9fff]{2,20}?)第[一二三四五六七八九十]+届人民代表大会/m;
// The report's title, a few lines above its session line.
const TITLE_LINE = /[^\n]*政府工作报告[^\n]*\n(?:[ \t]*\n){0,3}$/;
const FIGURE = /\d(?:\.\d+)? ?(?:%|[万亿]?元|万?人|万?吨|万?亩)/;

/** The text with another report's tail before the report's own title blanked. */
export function blankPrecedingReport(text: string): string {
  const session = SESSION_LINE.exec(text);
  if (!session) return text;
  const title = TITLE_LINE.exec(text.slice(0, session.index));
  if (!title || title.index === 0) return text;
  const before = text.slice(0, title.index);
  const stem = districtStem(session[1]!);
  if (stem.length < 2 || before.includes(stem) || !FIGURE.test(before)) return text;
  return before.replace(/[^\n]/g, ' ') + text.slice(title.index);
}
