// Round 28 (rules28c): some PDF converters do not hang a clause's mark at the end of the line it closes, as the page set it, but
// open the next line with it ("…零售总额完成68.3亿元" over "、增长5.9%;…", "…稳定在47.2万亩" over ",总产量达到18.6万吨。"). No
// heading, list item or paragraph opens on a comma, an enumeration comma, a semicolon or a full stop: such a line goes on from the
// content line above it, whatever either line's length or what the line above ends on (a figure with its unit ends a table's row
// too, which is why the page-width rules leave it open).
const CLAUSE_MARK_FIRST = /^[,，、;；。]/;

/** The content line `following` opens on a clause's mark, so it continues the line before it. */
export function opensOnClauseMark(following: string): boolean {
  return CLAUSE_MARK_FIRST.test(following.trimStart());
}
