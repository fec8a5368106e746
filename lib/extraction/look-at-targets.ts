// Round 26 (rules26b): a caption's line that invites the viewer to look at this year's targets ("再看看今年的小目标", "一起来看看2026年的
// 新目标"): a heading over the list (sections.ts), so never the first half of a line the page wrapped (prepare-text.ts).
// A spoken turn to this year's targets on a line of its own: a verb of looking or telling (看看, 来看, 说说,
// 聊聊), the year (group: its digits) or 今年, and at most a short modifier before 目标 (小目标, 新目标, 主要目标).
export const lookAtTargets = (year: string) => String.raw`(?:再|一起|接着|下面|然后|我们)?(?:来)?(?:看看|看一看|瞧瞧|来看|说说|聊聊|听听)(?:${year} ?年|今年|新的?一年)(?:的|全[区县市旗])?[^\n\d。,;:!?]{0,3}?目标(?:任务)?(?:吧|啦)?[ \t]*(?=\n)`;

/** A whole line that is such a turn (any year). */
export const LOOK_AT_TARGETS_LINE = new RegExp(`^[ \\t]*${lookAtTargets(String.raw`(?:19|20)\d{2}`).replace(/\(\?=\\n\)$/, '$')}`);
