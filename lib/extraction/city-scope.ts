// Round 21 (rules21b): whether the text's district calls itself 全市. A county-level city (its name ends in 市: "某某市人民政府…") says
// 全市 for itself as a county says 全县 ("报告提出今年全市地区生产总值增长7%左右"); in any other district's text 全市 is the city above
// it, whose figures are never the district's. The plan finder (sections.ts) reads the text before the readers' context is built,
// so it asks here, with the district found the same way.
import { findDistrict } from './reading-context';

let last: { text: string; city: boolean } | null = null;

export function callsItselfCity(text: string): boolean {
  if (last?.text !== text) last = { text, city: findDistrict(text)?.endsWith('市') ?? false };
  return last.city;
}
