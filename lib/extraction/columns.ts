// Round 14 (rules14a): a page set in two columns, copied from a PDF or a newspaper page as text, keeps the page's
// lines: each line holds a stretch of the left column, a run of spaces (the gutter) and a stretch of the right
// column ("固定资产投        委员们建议,加快…" / "资增长6.2%;社会…        力争全区接待…"). Read line by line, the left
// column's clause runs into the right column's text and goes on on the next line. This reader finds such a block —
// lines whose one wide gap stands at the same place, both sides prose that fills its column — and gives its lines
// in reading order: the left column's stretches (and the left column's lines after the block, while it runs on
// alone), then the right column's. Nothing moves in the text: each stretch keeps its offsets, so quotes stay
// verbatim. A space-aligned table (figures, or several gaps a row), a running header with one gap, an indented
// heading or a caption's spaced phrase is left alone: a block needs three or more lines whose gaps line up, prose
// on both sides, and a left column whose lines end at its edge.

/** A line as prepare-text splits it; `physical` is the index of the line it was cut from. */
export type ColumnLine = { start: number; end: number; next: number; text: string; physical: number };

export type ColumnReading = {
  /** The lines in reading order (the same lines when no page is in columns). */
  lines: ColumnLine[];
  /** Indices (in `lines`) of column lines cut by the column's edge: joined to the next. */
  joins: Set<number>;
  /** Indices (in `lines`) after which a column's stream ends: no join crosses them. */
  breaks: Set<number>;
};

// A gutter is at least three places wide (a full-width space is two).
const MIN_GAP = 3;
// Lines of one block put their right column at the same place, give or take a character.
const ALIGN = 4;
// A column line ends at its column's edge, give or take two characters (half-width digits make lines uneven).
const EDGE = 5;
const MIN_LINES = 3;
const HAN = /[\u3400-\u9fff]/g;
const SENTENCE_END = /[。！？!?；;:：][”’"」』)）]*$/;
// Round 18 (rules18c): …or a bullet sign (a newspaper's box of targets, "●城镇新增就业…", "■…", "◆…"), and a page jump
// after one ("▲下转A2版"): each opens its own line, never the end of the item above.
const ITEM_START = /^\s*(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+(?:、|\.(?!\d))|——|[-•·●○■□◆◇▲△▶►★☆])/;
const FIGURE_END = /(?:\d|%|\d\s?[万亿]?(?:元|人|户|吨|斤|亩|公顷|家|个))(?:以上|以内|以下|左右|上下)?$/;
const FIGURE_GOES_ON = /^(?:[\d.%]|以上|以内|以下|左右|上下|亿|万|元|人|户|吨|斤|亩|公顷|家|个|[,，;；、。)）])/;
const JUMP_OUT = /[(（【]?(?:下转|转)第?\s*[一二三四五六七八九十\d]+\s*[版页][)）】]?\s*$/;

type Gap = { from: number; to: number; startAt: number; endAt: number };
type Shape = { gaps: Gap[]; indent: number; width: number; blank: boolean };

const isSpace = (char: string) => char === ' ' || char === '\u3000';
const place = (char: string) => (char.charCodeAt(0) >= 0x2e80 ? 2 : 1);
const han = (text: string) => text.match(HAN)?.length ?? 0;

/** The line's wide inner gaps (display places and offsets), its indent and its filled width, read from the original. */
function shape(original: string, line: { start: number; end: number }): Shape {
  const gaps: Gap[] = [];
  let at = 0;
  let indent = -1;
  let width = 0;
  let runFrom = -1;
  let runStart = 0;
  for (let i = line.start; i < line.end; i += 1) {
    const char = original[i]!;
    if (isSpace(char)) {
      if (runFrom < 0) {
        runFrom = at;
        runStart = i;
      }
    } else {
      if (indent < 0) indent = at;
      else if (runFrom >= 0 && at - runFrom >= MIN_GAP) gaps.push({ from: runFrom, to: at, startAt: runStart, endAt: i });
      runFrom = -1;
      width = at + place(char);
    }
    at += place(char);
  }
  return { gaps, indent: Math.max(indent, 0), width, blank: indent < 0 };
}

type Row = { index: number; gap: Gap | null; side: 'both' | 'left' | 'right' };

/** Reads the blocks of two columns in `lines`; `original` gives the display widths (full-width signs take two places). */
export function readColumns<L extends { start: number; end: number; next: number; text: string }>(lines: L[], original: string): ColumnReading {
  const plain = (): ColumnReading => ({ lines: lines.map((line, physical) => ({ start: line.start, end: line.end, next: line.next, text: line.text, physical })), joins: new Set(), breaks: new Set() });
  // Cheap test first: most documents have no line with a wide inner gap (two spaces at least, a full-width one being one).
  if (lines.filter((line) => /[ \u3000]{2}/.test(line.text)).length < MIN_LINES) return plain();
  const shapes = lines.map((line) => (line.text.includes('\t') || line.next <= line.end ? null : shape(original, line)));
  if (shapes.filter((found) => found !== null && found.gaps.length > 0).length < MIN_LINES) return plain();
  const blocks: Array<{ rows: Row[]; edge: number; rightEdge: number }> = [];
  for (let index = 0; index < lines.length; index += 1) {
    const first = shapes[index];
    if (!first || first.gaps.length === 0) continue;
    let found: { rows: Row[]; edge: number; rightEdge: number } | null = null;
    for (const gap of first.gaps) {
      found = blockFrom(lines, shapes, index, gap.to);
      if (found) break;
    }
    if (found) {
      // The right column may start higher than the left: its lines above the block, indented to the gutter, are its own.
      const gutter = found.rows[0]!.gap!.to;
      let above = index - 1;
      while (above >= 0 && !blocks.some((block) => block.rows.at(-1)!.index >= above) && shapes[above] && !shapes[above]!.blank && shapes[above]!.gaps.length === 0 && Math.abs(shapes[above]!.indent - gutter) <= ALIGN) above -= 1;
      for (let row = index - 1; row > above; row -= 1) found.rows.unshift({ index: row, gap: null, side: 'right' });
      blocks.push(found);
      index = found.rows.at(-1)!.index;
    }
  }
  if (blocks.length === 0) return plain();

  const out: ColumnLine[] = [];
  const joins = new Set<number>();
  const breaks = new Set<number>();
  let cursor = 0;
  const physicalLine = (index: number) => ({ start: lines[index]!.start, end: lines[index]!.end, next: lines[index]!.next, text: lines[index]!.text, physical: index });
  for (const block of blocks) {
    const firstIndex = block.rows[0]!.index;
    for (; cursor < firstIndex; cursor += 1) out.push(physicalLine(cursor));
    const lefts: Array<{ line: ColumnLine; full: boolean }> = [];
    const rights: Array<{ line: ColumnLine; full: boolean }> = [];
    for (const row of block.rows) {
      const line = lines[row.index]!;
      const shaped = shapes[row.index]!;
      if (row.side !== 'right') {
        const end = row.gap ? row.gap.startAt : line.start + line.text.trimEnd().length;
        const width = row.gap ? row.gap.from : shaped.width;
        lefts.push({ line: { start: line.start, end, next: line.next, text: line.text.slice(0, end - line.start), physical: row.index }, full: width >= block.edge - EDGE });
      }
      if (row.side !== 'left') {
        const start = row.gap ? row.gap.endAt : line.start + (line.text.length - line.text.trimStart().length);
        rights.push({ line: { start, end: line.end, next: line.next, text: line.text.slice(start - line.start), physical: row.index }, full: shaped.width >= block.rightEdge - EDGE });
      }
    }
    const stream = (parts: Array<{ line: ColumnLine; full: boolean }>) => {
      parts.forEach((part, position) => {
        out.push(part.line);
        const following = parts[position + 1]?.line.text;
        // A column's line that reaches the column's edge without ending its sentence was cut by the edge.
        // (A line ending on a figure goes on only into the figure's unit or qualifier: "…增长5%" / "左右;…"; a card's items,
        // one a line, "地区生产总值增长6%左右" / "固定资产投资增长8%以上", stay apart.)
        const figureEnds = FIGURE_END.test(part.line.text.trimEnd()) && !FIGURE_GOES_ON.test(following?.trimStart() ?? '');
        if (following !== undefined && part.full && !figureEnds && !SENTENCE_END.test(part.line.text.trimEnd()) && !ITEM_START.test(following) && !/^\s{2,}/.test(following)) joins.add(out.length - 1);
      });
      breaks.add(out.length - 1);
    };
    stream(lefts);
    stream(rights);
    cursor = block.rows.at(-1)!.index + 1;
  }
  for (; cursor < lines.length; cursor += 1) out.push(physicalLine(cursor));
  return { lines: out, joins, breaks };
}

/**
 * The block whose gutter ends at `gutter` (the right column's first place), opening on line `index`, or null.
 * Rows: lines with both columns (their gap at the gutter), lines of the left column alone (ending before the
 * gutter) and of the right column alone (indented to it); after the last line with both, the left column's lines
 * that run on alone (to a blank line, a wider line or a page jump) and the right column's.
 */
function blockFrom(lines: Array<{ start: number; text: string }>, shapes: Array<Shape | null>, index: number, gutter: number): { rows: Row[]; edge: number; rightEdge: number } | null {
  const rows: Row[] = [];
  let anchor = gutter;
  const gutters: number[] = [];
  let lastBoth = -1;
  for (let at = index; at < lines.length; at += 1) {
    const shaped = shapes[at];
    if (!shaped || shaped.blank) break;
    const gap = shaped.gaps.reduce<Gap | null>((best, candidate) => (Math.abs(candidate.to - anchor) <= ALIGN && (!best || Math.abs(candidate.to - anchor) < Math.abs(best.to - anchor)) ? candidate : best), null);
    if (gap && gap.from > shaped.indent) {
      rows.push({ index: at, gap, side: 'both' });
      gutters.push(gap.to);
      anchor = [...gutters].sort((a, b) => a - b)[Math.floor(gutters.length / 2)]!;
      lastBoth = rows.length - 1;
    } else if (shaped.indent >= anchor - ALIGN && shaped.indent <= anchor + ALIGN + 4) rows.push({ index: at, gap: null, side: 'right' });
    else if (shaped.width <= anchor - 2 && !JUMP_OUT.test(lines[at]!.text)) rows.push({ index: at, gap: null, side: 'left' });
    else break;
  }
  const both = rows.filter((row) => row.side === 'both');
  if (both.length < MIN_LINES) return null;
  // Rows before the first line with both columns belong to the page above the block.
  if (rows[0]!.side !== 'both') return null;
  // Prose on both sides: a table's cells are figures and units.
  const prose = both.filter((row) => {
    const line = lines[row.index]!;
    return han(line.text.slice(0, row.gap!.startAt - line.start)) >= 3 && han(line.text.slice(row.gap!.endAt - line.start)) >= 3;
  }).length;
  if (prose * 3 < both.length * 2) return null;
  // One gap a row: a table's rows have several.
  const single = both.filter((row) => shapes[row.index]!.gaps.length === 1).length;
  if (single * 3 < both.length * 2) return null;
  // The left column's lines end at its edge (all but a paragraph's last lines).
  const ends = both.map((row) => row.gap!.from).sort((a, b) => a - b);
  const edge = ends.at(-1)!;
  if (ends.filter((end) => end >= edge - EDGE).length * 5 < both.length * 3) return null;
  // Keep the rows up to the last line with both columns, then the left column's run-on lines and the right's.
  const kept = rows.slice(0, lastBoth + 1);
  const rightEdge = Math.max(...both.map((row) => shapes[row.index]!.width));
  // A column runs on alone while its clause goes on (the line above left open) or with a new paragraph that fills
  // the column; a short line after a full stop (a heading of the page: "二、2025年主要预期目标") is the page's again.
  const lastText = (side: 'left' | 'right') => {
    const row = kept.findLast((candidate) => candidate.side === side || candidate.side === 'both');
    if (!row) return '';
    const text = lines[row.index]!.text;
    return side === 'left' && row.gap ? text.slice(0, row.gap.startAt - lines[row.index]!.start) : text.slice(row.gap ? row.gap.endAt - lines[row.index]!.start : 0);
  };
  for (let at = rows[lastBoth]!.index + 1; at < lines.length; at += 1) {
    const shaped = shapes[at];
    const text = lines[at]!.text;
    if (!shaped || shaped.blank || shaped.gaps.length > 0 || JUMP_OUT.test(text)) break;
    const side = shaped.indent >= anchor - ALIGN ? 'right' : shaped.width <= anchor - 2 ? 'left' : null;
    if (side === null) break;
    const full = side === 'left' ? shaped.width >= edge - EDGE : shaped.width >= rightEdge - EDGE;
    // (A numbered heading, "三、重点工作", is the page's: no column runs on into it.)
    if (ITEM_START.test(text) || (SENTENCE_END.test(lastText(side).trimEnd()) && !full)) break;
    kept.push({ index: at, gap: null, side });
  }
  return { rows: kept, edge, rightEdge };
}
