// Round 13 (rules13b): footnotes of a report copied from a PDF. The page prints a marker after a figure
// ("一般公共预算收入完成82.36亿元,增长2.7%1,", "…增长7.1%①;") and the note at the page's foot, under a rule or
// above the page number ("1 同口径增长5.8%。", "① 剔除土地出让收入一次性因素后,同口径增长9.3%。"). Read where it
// stands, the note is a clause without a name, far from its figure; read at its marker, it is a clause of the
// figure's sentence, as a report that writes the note in brackets gives it. prepare-text moves the note's text
// to its marker (offsets still map to the original) and reads the marker as a comma.

/** A line as prepare-text splits it: [start, end) in the text, without its line break. */
export type FootnoteLine = { start: number; end: number; text: string };

export type Footnote = {
  /** Index of the marker in the text (one character: "①" or "1"), read as a comma. */
  marker: number;
  /**
   * Round 14 (rules14a): where the note is read: right after the marker, or after the level's own rate when the marker
   * stands on the level ("完成17.35亿元①,增长1.8%": the note follows "增长1.8%", never parting the level from its rate).
   */
  anchor: number;
  /** Round 14 (rules14a): the note states a figure; one that does not ("按调查队初步测算数") is dropped, its marker too. */
  figure: boolean;
  /** The note's text, [from, to) stretches in the text, without its marker and its closing full stop. */
  body: Array<[number, number]>;
  /** The note's lines, and the rule above it: dropped where they stand. */
  lines: number[];
};

// "① …", "1 …", "[1] …", "注1:…" opening a line at the page's foot.
// Round 14 (rules14a): …or a superscript digit ("¹ 同口径增长6.1%", marked "增长2.9%¹,").
const NOTE_START = /^[ \t]*(?:([\u2460-\u2473\u00b9\u00b2\u00b3\u2074-\u2079])[ \t]*|(\d)[ \t]+|\[(\d)\][ \t]*|注[ \t]*(\d)[:：][ \t]*)(?=\S)/;
// A rule drawn above the notes ("______________", "————————").
const RULE = /^[ \t]*[_—─━\-]{4,}[ \t]*$/;
const PAGE_NUMBER = /^[-—–·•\s]*\d{1,3}[-—–·•\s]*$|^\d+\s*\/\s*\d+$|^第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?$/;
const SENTENCE_END = /[。！？!?][”’"」』)]*$/;
// A level ("17.35亿元") and its own rate after the marker (",增长1.8%").
const LEVEL_END = /\d\s?(?:[万亿千百]?(?:元|美元|人|户|吨|斤|亩|公顷|千瓦时))$/;
const OWN_RATE = /^[,，]\s*(?:同比|比上年)?(?:增长|下降)\s?-?\d+(?:\.\d+)?\s?%/;
// Round 18 (rules18c): a note that defines the name ("统计口径为5000万元以上项目", "统计范围为…", "地方级财政收入即一般公共预算收入，下同")
// states no figure of the year, whatever number it holds: dropped with its marker, as one without a figure is.
const DEFINITION = /(?:口径|范围|标准)(?:为|是)|是指|[^\d]即[^\d]|下同/;
// Round 18 (rules18c): a marker on the name is read after the name's figure and its own rate ("收入1完成9.1亿元,增长2.6%").
const NAMED_FIGURE = /^(?:同比|比上年)?(?:增长|下降|完成|达到|实现)[^,，;；。\n]*?\d[^,，;；。\n]*(?:[,，]\s*(?:同比|比上年)?(?:增长|下降)\s?-?\d+(?:\.\d+)?\s?%)?/;
// A preview's cut: an ellipsis line, or the site's notice that the preview ends.
const COPY_CUT = /^[ \t]*(?:(?:\.{3,}|…{1,3}|。{3,})[ \t]*$|[(（【]?\s*(?:试读结束|预览结束|预览已结束|试读已结束))/;
// A note stands on the page of its marker: a page holds some fifty lines.
const MARKER_REACH = 60;

/** The notes whose marker stands after a figure or a word of an earlier line, each with its lines. */
export function findFootnotes(lines: FootnoteLine[]): Footnote[] {
  const notes: Footnote[] = [];
  const blank = (index: number) => lines[index]!.text.trim() === '';
  let index = 0;
  while (index < lines.length) {
    if (!NOTE_START.test(lines[index]!.text)) {
      index += 1;
      continue;
    }
    // A group of notes: each may run over several lines (to its full stop, a blank line or the next note).
    const group: Array<{ first: number; last: number; mark: string }> = [];
    let at = index;
    while (at < lines.length && NOTE_START.test(lines[at]!.text)) {
      const start = NOTE_START.exec(lines[at]!.text)!;
      const mark = start[1] ?? start[2] ?? start[3] ?? start[4]!;
      let last = at;
      while (!SENTENCE_END.test(lines[last]!.text.trimEnd()) && last + 1 < lines.length && !blank(last + 1) && !NOTE_START.test(lines[last + 1]!.text) && !PAGE_NUMBER.test(lines[last + 1]!.text.trim()))
        last += 1;
      group.push({ first: at, last, mark });
      at = last + 1;
    }
    let before = index - 1;
    while (before >= 0 && blank(before)) before -= 1;
    let after = at;
    while (after < lines.length && blank(after)) after += 1;
    // At a page's foot: under a rule, or over the page number.
    const ruled = before >= 0 && RULE.test(lines[before]!.text);
    // Round 19 (rules19c): …or where the copy itself ends: a sharing site's preview cuts the document after the first pages' notes
    // ("1 同口径增长5.4%。" over "......" and "(试读结束…)").
    // …or over a gazette's running footer ("某县人民政府公报    2026年第1期", no punctuation) and the page number under it.
    let underFooter = after + 1;
    while (underFooter < lines.length && blank(underFooter)) underFooter += 1;
    const footer = after < lines.length && underFooter < lines.length && !/[，,。；;：:]/.test(lines[after]!.text) && PAGE_NUMBER.test(lines[underFooter]!.text.trim());
    const footed = after < lines.length && (PAGE_NUMBER.test(lines[after]!.text.trim()) || COPY_CUT.test(lines[after]!.text) || footer);
    // A table's numbered rows ("1  地区生产总值增长(%)  5.1  6左右") are no notes.
    // Round 18 (rules18c): the gap after the note's own number ("1  统计口径为…") is the note's, not a table's cell gap.
    const tabular = group.some(({ first, last }) =>
      lines.slice(first, last + 1).some((line, offset) => /\t|\S(?: {2,}|\u3000{2,})\S/.test((offset === 0 ? line.text.replace(NOTE_START, '') : line.text).trim())),
    );
    if ((ruled || footed) && !tabular) {
      for (const { first, last, mark } of group) {
        const found = findMarker(lines, index, mark);
        if (found === null) continue;
        const { marker, line: markerLine } = found;
        const start = NOTE_START.exec(lines[first]!.text)![0].length;
        const body: Array<[number, number]> = [];
        for (let line = first; line <= last; line += 1) {
          const from = lines[line]!.start + (line === first ? start : 0);
          let to = lines[line]!.start + lines[line]!.text.trimEnd().length;
          if (line === last && /[。.]$/.test(lines[line]!.text.trimEnd())) to -= 1;
          if (to > from) body.push([from, to]);
        }
        const noteLines: number[] = [];
        for (let line = first; line <= last; line += 1) noteLines.push(line);
        if (ruled && first === index) noteLines.push(before);
        const line = lines[markerLine]!;
        const after = line.text.slice(marker - line.start + 1);
        const ownRate = LEVEL_END.test(line.text.slice(0, marker - line.start)) ? OWN_RATE.exec(after) : NAMED_FIGURE.exec(after);
        const figure = !DEFINITION.test(bodyText(lines, body)) && body.some(([from, to]) => lines.some((candidate) => candidate.start <= from && to <= candidate.start + candidate.text.length && /\d/.test(candidate.text.slice(from - candidate.start, to - candidate.start))));
        notes.push({ marker, anchor: marker + 1 + (ownRate?.[0].length ?? 0), figure, body, lines: noteLines });
      }
    }
    index = at;
  }
  return notes;
}

/**
 * The marker's place: the last one before the notes, glued to a figure ("2.7%1,", "7.1%①") or a word ("目标2。"),
 * never inside a number ("2.71") nor opening a line.
 */
function findMarker(lines: FootnoteLine[], noteLine: number, mark: string): { marker: number; line: number } | null {
  // A circled or superscript mark is never a digit of the text: it may follow anything.
  const circled = !/[0-9]/.test(mark);
  // Round 18 (rules18c): …or glued to an indicator's name before its verb ("固定资产投资1同比增长4.1%", "财政收入2完成7.8亿元"):
  // a lone digit between a name and 同比/完成/增长 is no number of the text.
  const pattern = circled
    ? new RegExp(`(?<=\\S)${mark}`, 'g')
    : new RegExp(`(?<=[%\\u4e00-\\u9fff])${mark}(?=[,，。;；、:：\\s]|$)|(?<=[\\u4e00-\\u9fff])${mark}(?=同比|比上年|完成|增长|下降|达到|实现)`, 'g');
  for (let line = noteLine - 1; line >= Math.max(0, noteLine - MARKER_REACH); line -= 1) {
    if (NOTE_START.test(lines[line]!.text)) continue;
    const found = [...lines[line]!.text.matchAll(pattern)].at(-1);
    if (found) return { marker: lines[line]!.start + found.index, line };
  }
  return null;
}

function bodyText(lines: FootnoteLine[], body: Array<[number, number]>): string {
  return body
    .map(([from, to]) => {
      const line = lines.find((candidate) => candidate.start <= from && to <= candidate.start + candidate.text.length);
      return line ? line.text.slice(from - line.start, to - line.start) : '';
    })
    .join('');
}
