// Round 13 (rules13a): an OCR copy prints a digit it could not read as a mark ("一般公共预算收入9.1■亿元  增长4.2%",
// "□", "�", "?") or as a letter beside the digits ("增长6.O%"). The figure is garbled: flagged, never guessed. Read as
// no figure at all, it also hid the clean rate after it, which the level's clause still gives (extract-outcomes.ts).
const MARK = '(?:[■□▪▫◆◇●○�?]|(?<=[\\d.])[OolI])';
// Round 16 (rules16c): …also when the copy letter-spaces the digits before the mark ("4 2l60元", "1 3■.6亿元").
// Round 22 (rules22c): …or a draft's blank for a figure not yet known, letters standing for every digit ("增长 X%", "XXXXX 元"): no
// figure to read either, flagged as a garbled one is.
// Round 24 (rules24c): …or an editor's bracketed ellipsis where the copy's figure could not be read ("稳定在〔...〕万吨以上", "[…]亿元"):
// no figure either, so the clause is flagged, never proposed as a wording.
const PLACEHOLDER = '(?:[Xx×]{1,6}(?:\\.[Xx×]{1,3})?|[〔\\[(【] ?(?:\\.{2,6}|…{1,2}) ?[〕\\])】])';
const MARKED = new RegExp(`^(?:\\d(?: ?[\\d.])*${MARK}+[\\d.]*|${PLACEHOLDER})\\s?(?:%|[万亿]?元|万?人|万?户|万?吨|万?亩|万?公顷)`);

// Round 26 (rules26b): …or a copy that lost a rate's digits altogether, its sign left after the verb ("规模以上工业增加值增 %一般公共
// 预算收入…", "…增长%"): no figure either, flagged; the sign is the clause's end, so the name run into it keeps its own clause.
const LOST_DIGITS = /^(增长?|下降)?[ \t]?%/;

/** The end of a figure broken by an unreadable mark at `from` ("9.1■亿元"), or with no digits left ("增 %"), or null. */
export function markedFigureEnd(text: string, from: number): number | null {
  const match = MARKED.exec(text.slice(from, from + 24));
  if (match) return from + match[0].length;
  // Only after a rate's verb, the name's own or the connector's just read: a bare % after a name is a table's unit.
  const lost = LOST_DIGITS.exec(text.slice(from, from + 4));
  return lost && (lost[1] !== undefined || /(?:增长?|下降)[ \t]?$/.test(text.slice(Math.max(0, from - 3), from))) ? from + lost[0].length : null;
}
