// In the 主要预期目标 paragraph, a clause that is plainly a target ("数字经济核心产业增加值
// 增长12%左右", "进出口总额增长8%以上") but names nothing in the catalogue becomes a
// "new indicator?" proposal: staff map it to an indicator or dismiss it. Only the clear
// form is read — a name, a verb, one figure with its unit and qualifier, nothing else —
// so that a sentence of plans never turns into a list of pseudo-indicators.
import { parseFigure } from './figure-parser';
import { qualifierOf } from './interpret';
import { toOriginal, type PreparedText } from './prepare-text';
import type { Reading } from './scan-figures';
import type { Range } from './sections';
import type { UnknownIndicatorProposal } from './types';

const CLAUSE_BOUNDARY = /[,;。\n]/;
// List markers and the words that open a target clause; what follows is the name.
const OPENING = /^(?:\s|[(][一二三四五六七八九十\d]+[)]|\d+[.、)]|[一二三四五六七八九十]+、|——|—|全区|全县|全市|力争|确保|努力|实现)*/;
// The name runs up to the verb; it holds no figure and no clause of its own.
const CLEAR_TARGET = /^([\u4e00-\u9fffA-Za-z]{2,20}?)(?=(?:同比|比上年)?(?:增长|下降|提高|控制在|达到|稳定在|不低于|不少于|不超过)\s?\d)/;
const NOT_A_NAME = /目标|任务|工作|重点|水平|能力|质量$|效益/;

export function findUnknownIndicators(prepared: PreparedText, block: Range, readings: readonly Reading[], year: number): UnknownIndicatorProposal[] {
  const { text } = prepared;
  const found: UnknownIndicatorProposal[] = [];
  let start = block.start;
  while (start < block.end) {
    let end = start;
    while (end < block.end && !CLAUSE_BOUNDARY.test(text[end]!)) end += 1;
    const clauseHasMention = readings.some((reading) => reading.start < end && reading.mentionEnd > start);
    if (!clauseHasMention) {
      const proposal = readClause(prepared, start, end, year);
      if (proposal) found.push(proposal);
    }
    start = end + 1;
  }
  return found;
}

function readClause(prepared: PreparedText, start: number, end: number, year: number): UnknownIndicatorProposal | null {
  const { text } = prepared;
  const clause = text.slice(start, end);
  const opening = OPENING.exec(clause)![0].length;
  const name = CLEAR_TARGET.exec(clause.slice(opening));
  if (!name || NOT_A_NAME.test(name[1]!)) return null;
  const nameEnd = start + opening + name[1]!.length;
  const figure = parseFigure(text, nameEnd);
  // The figure must end the clause: anything after it means the clause says more than a target.
  if (figure.kind !== 'figure' || figure.values.length !== 1 || figure.end !== end || figure.yearAverage || figure.period !== undefined) return null;
  const value = figure.values[0]!;
  const read = qualifierOf(figure, value);
  if (!read) return null;
  const measure = (figure.verb === 'growth' || figure.verb === 'decline') && value.unit === '%' ? 'growth' : 'level';
  return {
    name: name[1]!,
    year,
    measure,
    qualifier: read.qualifier,
    value: read.value,
    valueHigh: value.valueHigh,
    unit: value.unit,
    asWritten: text.slice(figure.wordingStart, value.end),
    ...toOriginal(prepared, start + opening, end),
    confidence: 0.5,
  };
}
