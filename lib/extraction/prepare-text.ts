// Turns a report as captured from the web into text the extractor can read, while
// remembering where every character came from: quotes must be exact substrings of
// the ORIGINAL text, so every index the extractor finds is mapped back through `origin`.
//
// Three things happen, none of which changes a character's identity:
// 1. full-width → half-width (normalizeWidth keeps the length);
// 2. page furniture lines (navigation, copyright, "本文地址", share buttons) are dropped,
//    so nothing can ever be proposed from them;
// 3. line-number artefacts of scanned/converted documents ("22、…固\n23、定资产投资")
//    are dropped and the broken sentence is joined again.
import { normalizeWidth } from '@/lib/text/normalize-width';

export type PreparedText = {
  original: string;
  /** Normalised, furniture-free, artefact-free text. */
  text: string;
  /** origin[i] is the index in `original` of text[i]. */
  origin: Int32Array;
};

// Short lines that are site chrome rather than report. Matched against a trimmed line.
const FURNITURE_EXACT = /^(?:导航菜单|网站地图|首页|返回顶部|上一篇.*|下一篇.*|验证码[:：]?|笔记|复制|问答|搜索|记笔记|写下来|筛选地域|一级目录|报告年份|打印|分享|注册\s*\|\s*登录|\d+\s*\/\s*\d+|第\s*\d+\s*页.*|-\s*\d+\s*-)$/;
const FURNITURE_MARKERS = /^首页\s*[>›»]|当前位置|本文地址|链接地址|本文仅代表|不代表本站|本站|版权所有|版权声明|copyright|©|留言与评论|条评论|由会员分享|珍藏版|配套讲稿|特殊限制|关\s*键\s*词|如PPT文件|部分文档作品|官网原文|导出笔记|https?:\/\/|www\.|\.html?\b|\.docx?\b|\.pdf\b|ICP备|责任编辑|来源[:：]|浏览次数|字号[:：]/i;
// A furniture marker inside a long paragraph is more likely quoted text than chrome.
const FURNITURE_MAX_LENGTH = 400;
const SENTENCE_END = /[。！？!?；;:：][”’"」』)]*$/;
const LINE_NUMBER = /^(\s*)(\d{1,3})、/;

/** end excludes the line break (\n or \r\n); next is where the following line starts. */
type Line = { start: number; end: number; next: number; text: string };

export function isFurnitureLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.length > FURNITURE_MAX_LENGTH) return false;
  if (FURNITURE_EXACT.test(trimmed)) return true;
  // "- 配套讲稿:" style bullets of document-sharing sites.
  if (/^-\s/.test(trimmed) && trimmed.length < 40) return true;
  return FURNITURE_MARKERS.test(trimmed);
}

export function prepareText(original: string): PreparedText {
  const normalized = normalizeWidth(original);
  const lines = splitLines(normalized);
  const furniture = lines.map((line) => isFurnitureLine(line.text));
  const artefacts = findLineNumberArtefacts(lines, furniture);

  // [from, to, isNewline]: kept stretches of the normalised text, in order.
  const pieces: Array<[number, number, boolean]> = [];
  lines.forEach((line, index) => {
    const artefact = artefacts.get(index);
    // A joined line continues the previous one: drop the line break kept after it.
    if (artefact?.join && pieces.at(-1)?.[2]) pieces.pop();
    if (!furniture[index]) pieces.push([line.start + (artefact?.prefixLength ?? 0), line.end, false]);
    // Only the \n of a \r\n is kept, so later stages see one kind of line break.
    if (line.next > line.end) pieces.push([line.next - 1, line.next, true]);
  });

  const length = pieces.reduce((sum, [from, to]) => sum + (to - from), 0);
  const origin = new Int32Array(length);
  let text = '';
  let cursor = 0;
  for (const [from, to] of pieces) {
    text += normalized.slice(from, to);
    for (let i = from; i < to; i += 1) origin[cursor++] = i;
  }
  return { original, text, origin };
}

/** Maps a [start, end) range of the prepared text back to the original. */
export function toOriginal(prepared: PreparedText, start: number, end: number): { quote: string; start: number; end: number } {
  const from = prepared.origin[start] ?? prepared.original.length;
  const to = end > start ? (prepared.origin[end - 1] ?? from) + 1 : from;
  return { quote: prepared.original.slice(from, to), start: from, end: to };
}

/** True when characters were removed inside the range (a join across a line-number artefact). */
export function spansRemovedText(prepared: PreparedText, start: number, end: number): boolean {
  if (end <= start) return false;
  return (prepared.origin[end - 1] ?? 0) - (prepared.origin[start] ?? 0) + 1 !== end - start;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    if (newline === -1) {
      lines.push({ start, end: text.length, next: text.length, text: text.slice(start) });
      return lines;
    }
    const end = newline > start && text[newline - 1] === '\r' ? newline - 1 : newline;
    lines.push({ start, end, next: newline + 1, text: text.slice(start, end) });
    start = newline + 1;
  }
}

/**
 * Scanned reports number their physical lines ("1、", "2、", … on consecutive lines)
 * and cut sentences anywhere. A real numbered list is told apart because its items
 * end in punctuation; a run of at least three consecutively numbered lines, most of
 * whose predecessors end mid-sentence, is treated as artefacts.
 */
function findLineNumberArtefacts(lines: Line[], furniture: boolean[]): Map<number, { prefixLength: number; join: boolean }> {
  const content = lines.map((line, index) => ({ line, index })).filter(({ line, index }) => line.text.trim() !== '' && !furniture[index]);
  const result = new Map<number, { prefixLength: number; join: boolean }>();
  let run: number[] = [];
  const flush = () => {
    const unterminated = run.slice(1).filter((position) => !SENTENCE_END.test(content[position - 1]!.line.text.trimEnd())).length;
    if (run.length >= 3 && unterminated * 2 >= run.length - 1) {
      for (const position of run) {
        const { line, index } = content[position]!;
        const previous = content[position - 1];
        const join = previous !== undefined && previous.index === index - 1 && !SENTENCE_END.test(previous.line.text.trimEnd());
        result.set(index, { prefixLength: LINE_NUMBER.exec(line.text)![0].length, join });
      }
    }
    run = [];
  };
  let expected = -1;
  content.forEach(({ line }, position) => {
    const match = LINE_NUMBER.exec(line.text);
    const number = match ? Number(match[2]) : null;
    if (number !== null && number === expected && run.length > 0) {
      run.push(position);
    } else {
      flush();
      if (number !== null) run = [position];
    }
    expected = number === null ? -1 : number + 1;
  });
  flush();
  return result;
}
