// Listings of a report's parts name its review and its plan exactly as their headings will, and hold no figure:
// both kinds are blanked to spaces of the same length (so every range still points at the text) before the
// headings are looked for (sections.ts).

// Round 18 (rules18a): a news item's sentence that lists the report's parts ("报告共分三个部分：一、2024年工作回顾；二、2025年目标
// 任务和重点工作；三、…") names the parts, and neither reviews nor plans: its "2024年工作回顾" is no review heading, nor its
// "2025年目标任务" the plan's start, which would take the real review after it for the plan. It is blanked to spaces (the same
// length, so every range still points at the text) before the headings are looked for; it holds no figure (a percentage ends it).
const OUTLINE = /(?:报告|全文)(?:共|一共|总共)?分为?[一二三四五六七八九十两\d]+个?部分[:：][^。\n%]*(?:。|(?=\n)|$)/g;

// Round 18 (rules18b): a slide deck or a long report may open with its table of contents ("目录", then
// "一 2025年工作回顾", "二 2026年目标任务", "三 重点工作"): the entries name the review and the plan exactly as
// their headings will, so the sections would start in the contents and take last year's slides for the plan.
// The list is blanked (same length, so every offset stands) before headings are looked for.

// Round 25 (rules25a): a web copy of a report may open on its outline ("提纲:", then "一、2024年工作回顾", "二、2025年工作安排",
// each part's "(一)…" under it, a blank line between entries): the same list under another head word. Blank lines between
// entries do not end the list; a part's number met again ("一、" after "二、") is the body's first heading, which ends it.

// "目录" (or "提纲") alone on its line, perhaps bracketed, spaced or with a colon ("【目录】", "目 录", "目录 CONTENTS", "提纲:").
const CONTENTS_HEAD = /^[ \t]*[【[]?(?:目[ \t\u3000]*录|提[ \t\u3000]*纲)[】\]]?(?:[ \t]*CONTENTS)?[ \t]*[:：]?[ \t]*$/i;
// An entry: a list number, then a short title with no figure but a year ("二 2026年目标任务", "3. 重点工作"); or a part's
// bracketed item under it ("(一)做强先进制造业").
const CONTENTS_ENTRY = /^[ \t]*(?:(?:[一二三四五六七八九十]{1,3}|\d{1,2}|第[一二三四五六七八九十]{1,3}(?:部分|章|篇))[、.．\s]|[(（][一二三四五六七八九十]{1,3}[)）])[ \t]*(?:(?:19|20)\d{2} ?年)?[^\d%\n]{1,20}[ \t]*$/;
const PART_NUMBER = /^[ \t]*(第?[一二三四五六七八九十]{1,3}|\d{1,2})(?=[、.．\s部章篇])/;

/** The text with every contents list (a 目录 line and at least two numbered entries under it) blanked. */
export function blankContentsLists(text: string): string {
  if (!/目[ \t\u3000]*录|提[ \t\u3000]*纲/.test(text)) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (!CONTENTS_HEAD.test(lines[i] ?? '')) continue;
    const end = listEnd(lines, i + 1);
    if (lines.slice(i + 1, end).filter((line) => line.trim() !== '').length < 2) continue;
    for (let j = i; j < end; j++) lines[j] = ' '.repeat((lines[j] ?? '').length);
    changed = true;
    i = end - 1;
  }
  return changed ? lines.join('\n') : text;
}

/** The line after a contents list's last entry, from its first line: entries and blank lines, until a part's number repeats. */
function listEnd(lines: string[], from: number): number {
  const parts = new Set<string>();
  let end = from;
  for (let at = from; at < lines.length; at++) {
    const line = lines[at] ?? '';
    if (line.trim() === '') continue;
    if (!CONTENTS_ENTRY.test(line)) break;
    const part = PART_NUMBER.exec(line)?.[1];
    if (part !== undefined && parts.has(part)) break;
    if (part !== undefined) parts.add(part);
    end = at + 1;
  }
  return end;
}

// Round 25 (rules25a): …and a web copy may give the outline with no head word at all, its parts' headings straight after one
// another ("一、2024年工作回顾" / "二、2025年目标任务和重点工作" / "(一)坚持项目为王" / … / "三、全面加强政府自身建设"), the body's
// own "一、2024年工作回顾" after it. A run of two parts or more whose first heading recurs, alone on its line, after the run is
// such an outline; a body's heading is never followed by the next part's heading, and is not written twice.

/** The text with every headless outline (a run of part headings whose first one recurs after the run) blanked. */
export function blankHeadlessOutlines(text: string): string {
  if (!/(?:^|\n)[ \t]*(?:第?[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]/.test(text)) return text;
  const lines = text.split('\n');
  const lastAt = new Map<string, number>();
  lines.forEach((line, at) => lastAt.set(line.trim(), at));
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!PART_NUMBER.test(line) || !CONTENTS_ENTRY.test(line)) continue;
    const end = listEnd(lines, i);
    const parts = lines.slice(i, end).filter((entry) => PART_NUMBER.test(entry)).length;
    if (parts >= 2 && (lastAt.get(line.trim()) ?? -1) >= end) {
      for (let j = i; j < end; j++) lines[j] = ' '.repeat((lines[j] ?? '').length);
      changed = true;
    }
    i = end - 1;
  }
  return changed ? lines.join('\n') : text;
}

/** The text with its part listings blanked: outline sentences, contents lists and headless outlines. */
export function blankPartListings(text: string): string {
  return blankHeadlessOutlines(blankContentsLists(text.replace(OUTLINE, (outline) => ' '.repeat(outline.length))));
}
