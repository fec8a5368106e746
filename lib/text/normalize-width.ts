// Reports and spreadsheets mix full-width and half-width forms ("６．５％", "二〇二四").
// Everything that reads numbers from user or report text goes through this first.

import { radicalAsIdeograph } from './radicals';

/**
 * Maps full-width ASCII (digits, letters, ％, ．, －, ＋, ，) to half-width, radical code
 * points to the ideographs they stand for (radicals.ts), and
 * 〇 between digits to 0. Keeps the string length unchanged, so character
 * offsets found in the normalised text are valid in the original.
 */
export function normalizeWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) {
      out += String.fromCharCode(code - 0xfee0);
    } else if (code === 0x3000) {
      out += ' ';
    } else if (code >= 0x2e80 && code <= 0x2fdf) {
      // Round 17 (rules17a): radical code points a PDF's font put for ideographs (⽣ for 生, ⻓ for 长), see radicals.ts.
      out += radicalAsIdeograph(text[i]!);
    } else {
      out += text[i];
    }
  }
  return out.replace(/〇/g, (match, index: number) => (isDigitNear(out, index) ? '0' : match));
}

function isDigitNear(text: string, index: number): boolean {
  const before = text[index - 1] ?? '';
  const after = text[index + 1] ?? '';
  return /[0-9〇.]/.test(before) || /[0-9〇.]/.test(after);
}
