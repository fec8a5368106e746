// Round 26 (rules26a): a bulletin defines the scope it reports on in a bracket between the district's name and the first indicator
// ("…区辖区(含两个功能区,简称全区,下同)地区生产总值…", "某县(以下简称全县)…"). The note's commas are no clause boundary: the clause
// opens before the name, and the note itself is read as blank, so the name before it decides whose figure it is.
const DEFINITION_NOTE = /\([^()\n。;:\d]{0,30}(?:简称|下同)[^()\n。;:\d]{0,16}\)\s*$/;
const NOTE_REACH = 48;

/** The start of a definition note that ends right before `at` (not before `floor`), else null. */
export function definitionNoteBefore(text: string, at: number, floor: number): number | null {
  const from = Math.max(floor, at - NOTE_REACH);
  const note = DEFINITION_NOTE.exec(text.slice(from, at));
  return note ? from + note.index : null;
}
