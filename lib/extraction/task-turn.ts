// Where a speech or report turns from the year's targets to its work: the figures after the turn are tasks
// (extract-targets.ts), and a run of one-target lines ends there (sections.ts).
// Round 13 (rules13a): a speech turns from the targets to the work with a set phrase, which in text without
// punctuation heads no line of its own ("要实现这些目标 重点抓好以下几个方面 第一 抓工业 …工业投资增长百分之十二"):
// the figures after it are tasks, like those under a task heading. Only where a space stands for the punctuation: after a
// colon a report may list its year's undertakings with figures the seed reports count as targets ("…抓好以下六个方面工作:").
// Round 14 (rules14c): …also when the fields are named before their count ("今年要重点抓好工业振兴 项目建设 民生保障等七个方面工作 力争…",
// "突出抓好产业 项目 民生三方面重点工作"): a count of 方面/项 closing the turn, its fields between.
// …and when the turn ends its line without a stop ("实现上述目标 我们重点抓好以下几方面工作" over "第一 …"): no punctuation there either.
// Round 26 (rules26b): …and when a copy without any punctuation runs the turn into its first item ("…围绕上述目标重点抓好五个方面工作一是
// 项目攻坚…"): the count may follow the verb directly, and the item's 一是/第一/首先 closes the turn as a pause does (after a colon
// the report's own list stays the targets', as above).
// Round 25 (rules25b): …and a speaker's own part heading for the year's work, a pause on either side ("第三个 关于重点工作 我讲几个数").
// Round 28 (rules28c): …and "围绕这些目标" (a speaker's "around these targets, we will…"), the turn said with 围绕 for 为实现.
export const TASK_LEAD_IN = /(?:(?:为|要)(?:确保)?实现(?:上述|这些|以上|今年的?)(?:各项)?目标|围绕(?:上述|这些|以上|今年的?)(?:各项)?目标(?:任务)?|(?:抓好|做好|抓实|推进)以下(?:几个方面|几方面|[一二三四五六七八九十]个方面|几项(?:重点)?工作|[一二三四五六七八九十]+项(?:重点)?工作)(?:工作)?|(?:抓好|做好|抓实|推进|突出)(?:[^\n\d。;:]{2,60}?(?:等)?|(?=[一二三四五六七八九十几]+(?:个)?(?:方面|项)))[一二三四五六七八九十几]+(?:个)?(?:方面|项)(?:的)?(?:重点)?(?:工作|任务)|(?<=^|[ \t\n])关于(?:今年的?)?(?:重点工作|重点任务|主要任务))(?:[ \t]+(?=\S)|[ \t]*(?=\n)|(?=一是|第一|首先))/;

/** Round 15 (rules15b): a line that is only the turn ("我们将重点抓好以下九个方面工作", a caption of its own). */
export function turnsToWork(line: string): boolean {
  const found = TASK_LEAD_IN.exec(line + '\n');
  return found !== null && found.index + found[0].length >= line.trimEnd().length;
}
