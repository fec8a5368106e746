// Round 22 (rules22b): whose figures a sentence's later clauses are. A sentence whose first clause opens on another entity's
// scope ("2024年全市地区生产总值增长5.3%,社会消费品零售总额增长4.6%。" in a county's news, "全省:…" aside) keeps that subject
// over its later clauses, which name no subject of their own: "社会消费品零售总额增长4.6%" there is the city's too. A clause
// that names the district's own scope ("…,全县增长6.1%", "我县…", its name) turns the sentence back to the district.
import type { ReadingContext } from './reading-context';

// A first clause (after a stop or a colon) that opens on a time word, then another entity's scope word and a name.
const OTHER_SUBJECT_OPENING = /^\s*[“"]?(?:(?:19|20)\d{2} ?年(?:度|全年)?|去年|上年|全年|今年)?[,\s]?(全[市省国州盟])(?!第|排名|排位|平均|水平|同期|目标)/;
const CLAUSE_BREAK = /[,;、]/;
const SENTENCE_OR_COLON = new Set(['。', ';', '!', '?', '\n', ':']);
// A sentence is looked for within this window only, so a long text without a stop stays linear.
const SENTENCE_SPAN = 200;

/**
 * The other entity's opening words (a time word and its scope word) that govern the reading at `at`, a later clause of the same
 * sentence; null when the reading's own clause opens the sentence, when no other entity's scope opens it, or when the district's own
 * scope or name stands between.
 */
export function otherEntitySubject(text: string, clauseStart: number, at: number, context: ReadingContext): string | null {
  let start = clauseStart;
  while (start > 0 && !SENTENCE_OR_COLON.has(text[start - 1]!)) {
    if (clauseStart - start >= SENTENCE_SPAN) return null;
    start -= 1;
  }
  if (start === clauseStart) return null;
  const opening = OTHER_SUBJECT_OPENING.exec(text.slice(start, clauseStart));
  if (!opening || opening[1] === context.selfScope) return null;
  const firstBreak = text.slice(start, clauseStart).search(CLAUSE_BREAK);
  // The entity's subject must govern a whole first clause before the reading's.
  if (firstBreak < 0) return null;
  const between = text.slice(start + firstBreak, at);
  if (ownWords(context).some((word) => between.includes(word))) return null;
  return opening[0];
}

function ownWords(context: ReadingContext): string[] {
  const kind = context.selfScope.slice(1);
  return [context.selfScope, `我${kind}`, `本${kind}`, `该${kind}`, ...context.districtNames];
}
