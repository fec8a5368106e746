// Round 24 (rules24b): a news item's reactions to the report ("“一般公共预算收入完成31.2亿元、增长5.8%,腰包鼓了!”" over
// "——县人大代表、某局干部 李某"): a paragraph that is one quotation, with an attribution line under it that opens on a dash. A
// deputy or member quoting the report's figures without turning to the coming year is quoting its look back: those are the
// district's results, not targets.

// The attribution under a quotation: a dash, then the speaker's title and name on a short line of their own.
const ATTRIBUTION = /^[ \t\u3000]*(?:——|—|--|－－)[ \t\u3000]*[^\n。!?“”"]{2,40}[ \t\u3000]*$/;

const MAX_REMARK = 300;

/**
 * The quoted paragraph around `position` when it is one quotation ("“…”" alone on its line) whose next non-blank line is an
 * attribution ("——县政协委员 张某"), else null.
 */
export function attributedRemarkAt(text: string, position: number): { start: number; end: number } | null {
  // A remark is a short paragraph: the line is searched within a window, so that a text without line breaks costs no scan per sentence.
  const from = Math.max(0, position - MAX_REMARK);
  const before = text.slice(from, position).lastIndexOf('\n');
  if (before < 0 && from > 0) return null;
  const start = from + before + 1;
  const lineEnd = text.slice(position, position + MAX_REMARK).indexOf('\n');
  if (lineEnd < 0 && position + MAX_REMARK < text.length) return null;
  const end = lineEnd < 0 ? text.length : position + lineEnd;
  const line = text.slice(start, end).trim();
  if (!/^[“"]/.test(line) || !/[”"]$/.test(line)) return null;
  let next = end;
  while (next < text.length && next < end + MAX_REMARK && /\s/.test(text[next]!)) next += 1;
  const attribution = text.slice(next, next + MAX_REMARK).split('\n')[0]!;
  return ATTRIBUTION.test(attribution) ? { start, end } : null;
}
