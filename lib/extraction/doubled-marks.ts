// Round 21 (rules21a): a page run through a converter that adds its own punctuation after the writer's gives every mark
// twice ("98.36亿元，，增长4.2%，。", "城镇、，农村…分别增长5%、，7%"). Read as it stands, the pair makes an empty clause
// between a level and its rate (the rate finds no name before it) and a "、，" ends a shared name's list ("城镇、，农村
// 居民收入" is read as rural income alone). A pair of marks never means more than one of them, so each pair is read as
// a space and one mark (the mark next to the words after it, as a list's items want it), one character for one (no offset
// moves): the list mark 、 where one stands (the pair sits inside a list), otherwise the stronger stop (。 over ； over ：
// over ，).
// Width is already normalised here: the full-width comma, semicolon and colon stand as "," ";" ":".
const PAIR = /[,、。;:][,、。;:]/g;
const STRENGTH = ',:;。';

/** The one mark a doubled pair stands for. */
function keptMark(first: string, second: string): string {
  if (first === '、' || second === '、') return '、';
  return STRENGTH.indexOf(second) > STRENGTH.indexOf(first) ? second : first;
}

/** `text` with each doubled punctuation mark read as a space and one mark, keeping the text's length (see above). */
export function singleMarks(text: string): string {
  return text.replace(PAIR, (pair) => {
    return ` ${keptMark(pair[0]!, pair[1]!)}`;
  });
}
