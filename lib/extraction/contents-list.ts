// Round 18 (rules18b): a slide deck or a long report may open with its table of contents ("目录", then
// "一 2025年工作回顾", "二 2026年目标任务", "三 重点工作"): the entries name the review and the plan exactly as
// their headings will, so the sections would start in the contents and take last year's slides for the plan.
// The list is blanked (same length, so every offset stands) before headings are looked for.

// "目录" alone on its line, perhaps bracketed or spaced ("【目录】", "目 录", "目录 CONTENTS").
const CONTENTS_HEAD = /^[ \t]*[【[]?目[ \t\u3000]*录[】\]]?(?:[ \t]*CONTENTS)?[ \t]*$/i;
// An entry: a list number, then a short title with no figure but a year ("二 2026年目标任务", "3. 重点工作").
const CONTENTS_ENTRY = /^[ \t]*(?:[一二三四五六七八九十]{1,3}|\d{1,2}|第[一二三四五六七八九十]{1,3}(?:部分|章|篇))[、.．\s][ \t]*(?:(?:19|20)\d{2} ?年)?[^\d%\n]{1,20}[ \t]*$/;

/** The text with every contents list (a 目录 line and at least two numbered entries under it) blanked. */
export function blankContentsLists(text: string): string {
  if (!/目[ \t\u3000]*录/.test(text)) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (!CONTENTS_HEAD.test(lines[i] ?? '')) continue;
    let end = i + 1;
    while (end < lines.length && CONTENTS_ENTRY.test(lines[end] ?? '')) end++;
    if (end - i - 1 < 2) continue;
    for (let j = i; j < end; j++) lines[j] = ' '.repeat((lines[j] ?? '').length);
    changed = true;
    i = end - 1;
  }
  return changed ? lines.join('\n') : text;
}
