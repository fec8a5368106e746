// Round 20 (rules20c): a newspaper's PDF text layer turns every column line end into a space, wherever the line ends
// ("…完成526.8亿元、增 长5.9%", "规上工业增加 值增长7.4%", "城 镇新增就业4500人", "其中 工业技改投资"): the word cut at the
// column's edge is no word, and its indicator no indicator. In a punctuated paragraph (its clauses parted by marks, not by
// spaces) one space between two Chinese characters, or between a character and the figure it leads to ("完成 156.4亿元"),
// is such a line end and is dropped like letter-spacing (quotes keep it). A paragraph whose spaces stand for its marks (a
// transcript, text without punctuation: fewer than two marks for each such space) keeps them all, and so does any line
// for a space after a figure ("增长6% 规上…", where a clause may end), after a mark, or in a run of spaces (a table's cells),
// and for a space before the line's first clause mark: it ends a run-in heading ("工业生产　全县…", "二、2025年工作安排 今年是…").
// Full-width marks are read as their half-width forms by then (normalizeWidth); the stop and the enumeration comma stay.
const MARK = /[，。；、：！？,;:!?]/g;
const CLAUSE_MARK = /[，。；：！？,;:!?]/;
const LINE_END = /(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff\d])/g;
// Round 26 (rules26b): an item number's mark ("二、今年主要预期目标", "3、提振消费", a poster's parts and items flattened onto one line
// with spaces between its phrases) parts no clause, so it is not weighed as one: counted, a poster's numbered items outweighed its
// spaces, and the space closing a phrase ("…迈上400亿元台阶 规上工业增加值增长9.4%") was dropped as a line end, running the phrase into the
// next name.
const ITEM_NUMBER = /(?<![\d.\u4e00-\u9fff])(?:[一二三四五六七八九十]{1,3}|\d{1,2})[ \t]?、/g;
/** At least this many marks for each candidate line end. */
const MARKS_PER_GAP = 2;
const MIN_MARKS = 3;

// Round 21 (rules21c): a PDF attachment's text rendition may be one line for the whole file, its cover, headings and a flattened
// table ("序号 指标名称 单位 2024年预计 2025年计划 9 外贸出口额 亿元 6.8 7.5") among the paragraphs: a space there parts cells and
// headings, and so many of them outnumber the marks. Only a space inside a clause, a mark near it on both sides, is taken for a
// line end: a table's run of cells, or a title and its headings, runs on far without a mark.
const ANY_MARK = /[，。；、：！？,;:!?]/;
/** A clause runs at most this far from a space to the marks on either side. */
const MAX_CLAUSE = 40;

// Round 22 (rules22a): a PDF viewer's text rendition may also space every figure off its words ("总值 682.47 亿元,比上年增长
// 5.9%"): a space before a figure is then the figure's typesetting and stands for no mark (a clause parted from the last by a
// space opens on words, not on a bare figure), so it is not weighed against the marks; else a bulletin's dozens of figures
// outnumber them and its line ends stay in its words ("按不变价 格计算", "全年粮 食总产量"). It is still dropped with the others.
/** Offsets of the column line ends (spaces) in a punctuated `line`. */
export function columnWrapGaps(line: string): number[] {
  const firstClause = line.search(CLAUSE_MARK);
  const gaps = [...line.matchAll(LINE_END)].map((match) => match.index).filter((at) => firstClause >= 0 && at > firstClause && inClause(line, at));
  if (gaps.length === 0) return [];
  const marks = line.replace(ITEM_NUMBER, '').match(MARK)?.length ?? 0;
  const weighed = gaps.filter((at) => !/\d/.test(line[at + 1]!));
  return marks >= MIN_MARKS && marks >= MARKS_PER_GAP * weighed.length ? gaps : [];
}

/** Whether marks stand within a clause's length on both sides of `at`. */
function inClause(line: string, at: number): boolean {
  const before = line.slice(Math.max(0, at - MAX_CLAUSE), at);
  return ANY_MARK.test(before) && ANY_MARK.test(line.slice(at, at + MAX_CLAUSE));
}
