// Round 21 (rules21a): a table copied out of a Word document (.doc) keeps Word's end-of-cell mark, the control character U+0007,
// after each cell and a second one at each row's end ("地区生产总值增速\u00075.6%\u00076%左右\u0007\u0007"). Shown, the cells run
// together ("…增速5.6%6%左右"): last year's figure and the target read as one. The mark is a cell boundary and nothing else,
// so it is read as the tab between two cells, and the marks ending a row as spaces, one character for one (no offset moves).
const ROW_END = /\u0007+(?=\r?\n|$)/g;
const CELL_END = /\u0007/g;

/** `text` with Word's end-of-cell marks read as cell boundaries (see above). */
export function readWordCellMarks(text: string): string {
  if (!text.includes('\u0007')) return text;
  return text.replace(ROW_END, (marks) => ' '.repeat(marks.length)).replace(CELL_END, '\t');
}
