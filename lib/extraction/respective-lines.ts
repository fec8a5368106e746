// Round 25 (rules25b): a long image's text, one bullet a line, may wrap a clause of respective figures onto a bullet of its own
// ("• 城乡居民人均可支配收入分别达到41860元 20540元" over "• 分别增长4.5% 6.9%"): the second bullet names nothing and says
// 分别 of the series the line above named, so it is the rest of that clause. The line is joined to the one above, its bullet
// dropped, and read as "…20540元分别增长4.5% 6.9%" is. Only under a line that itself gives a series 分别 and ends on its last
// figure: a 分别 line under a heading, a sentence's full stop or a nameless line keeps its own line (and its figures no name).
const RESPECTIVE_LINE = /^[ \t]*(?:[-•·▪●◆■▶►★\u2022][ \t]*)?(?=分别(?:增长|下降|达到|为|是|完成|实现|控制在|稳定在)[ \t]?-?\d)/;
const SERIES_ABOVE = /分别[^。;!?\n]*\d(?:\.\d+)?[ \t]?(?:%|[万亿]?元|万?人|万?户|万?吨|万?亩)?[ \t]*$/;

type Line = { text: string };

/** Lines that go on with the respective series above them: index → the bullet's length (dropped), joined to the line above. */
export function respectiveContinuations(lines: Line[], furniture: boolean[]): Map<number, { prefixLength: number; join: boolean }> {
  const result = new Map<number, { prefixLength: number; join: boolean }>();
  lines.forEach((line, index) => {
    const opening = RESPECTIVE_LINE.exec(line.text);
    const above = lines[index - 1];
    if (!opening || !above || furniture[index] || furniture[index - 1] || !SERIES_ABOVE.test(above.text)) return;
    result.set(index, { prefixLength: opening[0].length, join: true });
  });
  return result;
}
