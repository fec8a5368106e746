// Round 25 (rules25a): 确保 binds the figures listed after its own with 、 in its clause ("确保粮食播种面积稳定在31万亩以上、粮食产量15万吨
// 以上"): the next name, named in full, is committed as the first is. A list after 力争, or a clause of its own, is not.
// Round 28 (rules28c): …and so is the first name's other measure, which a report names by the first name's tail or head: "确保粮食播种面积
// 稳定在6.2万亩、产量稳定在2.3万吨" (产量, read as 粮食's), "确保粮食播种面积稳定在98万亩以上,粮食总产量稳定在60万吨以上" (after a comma, the
// same 粮食). Every outside writer labels both (README-independent: a 确保 figure for an indicator the list does not state is a target). A
// comma's next clause naming something else is a task of its own ("确保省市重点项目完成投资180亿元以上,工业投资增长12%以上"), and a
// sentence that looks back binds nothing this year.
import type { ReadingContext } from './reading-context';
import type { Reading } from './scan-figures';

const BOUND_LIST = /确保([^。\n,;:!?力]{2,30}?)\d[^。\n,;:!?力]*([、,])$/;
const BOUND_LIST_REACH = 48;
const LOOKS_BACK = /去年|上年|过去|(?:19|20)\d{2} ?年/;
const HEAD_LENGTH = 2;

/** The reading's name is listed after a 确保 clause that binds it too. */
export function bindsList(text: string, reading: Reading, context: ReadingContext): boolean {
  const before = text.slice(Math.max(0, reading.start - BOUND_LIST_REACH), reading.start);
  const bound = BOUND_LIST.exec(before);
  if (!bound) return false;
  const sentenceStart = Math.max(text.lastIndexOf('\n', reading.start - 1), text.lastIndexOf('。', reading.start - 1)) + 1;
  const opening = text.slice(sentenceStart, reading.start - before.length + bound.index);
  if (LOOKS_BACK.test(opening)) return false;
  const name = text.slice(reading.start, reading.mentionEnd);
  const full = context.catalogue.findMentions(name, 0, name.length).some((mention) => mention.start === 0 && mention.end === name.length);
  if (bound[2] === '、' && full) return true;
  // The first clause's own name, and its other measure named by its head ("粮食…" / "粮食总产量") or by a tail the name alone is not.
  const first = context.catalogue.findMentions(bound[1]!, 0, bound[1]!.length)[0];
  if (!first) return false;
  const head = bound[1]!.slice(first.start, first.start + HEAD_LENGTH);
  return name.startsWith(head) || !full;
}
