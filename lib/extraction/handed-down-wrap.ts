// Round 28 (rules28c): a target handed down by the level above ("完成州下达的节能降耗目标任务", "完成省、市下达的节能降碳目标任务") is one
// fixed phrase, and a page's or a narrow column's wrap may fall anywhere inside it: "…完成州下达的节能降" over "耗目标任务", "…完成省、
// 潭江" over a page number, a running header and "市下达的节能降碳目标任务". No heading or item opens on the rest of such a phrase, so a
// line that ends inside it goes on in the next content line when the two halves make the whole phrase (and the first half alone does
// not: "…完成市下达的目标任务" over the next item is a complete line).
const OPEN_HANDED_DOWN = /(?:全面|确保)?完成[^\d。，,;；:：!?！？\s]{0,10}$/;
const REST_OF_PHRASE = /^[^\d。，,;；:：!?！？\s]{0,12}?(?:目标任务|任务|目标)/;
const HANDED_DOWN_PHRASE = /^(?:全面|确保)?完成[^\d。,;:\n]{0,8}?(?:下达|(?<=[省市州盟]|上级)定)的?[^\d。,;:\n]{0,6}?(?:目标任务|任务|目标)/;

/** The line `written` ends inside a handed-down target's phrase that `following` (the next content line) completes. */
export function cutInsideHandedDown(written: string, following: string): boolean {
  const open = OPEN_HANDED_DOWN.exec(written.trimEnd());
  if (!open || HANDED_DOWN_PHRASE.test(open[0])) return false;
  const rest = REST_OF_PHRASE.exec(following.trimStart());
  return rest !== null && HANDED_DOWN_PHRASE.test(open[0] + rest[0]);
}
