// Round 19 (rules19c): a PDF whose embedded font carries no character map comes out of a text extractor (pdfminer and the
// tools built on it) with every glyph it could not name written as its glyph number, "(cid:N)": "增长5.3(cid:8)；",
// "政(cid:3)府(cid:3)工(cid:3)作". The number is the glyph's place in the font. A TrueType font keeps its Latin glyphs in the
// standard Macintosh order (glyph 3 the space, 4 "!", … 8 "%", … 15 ",", 17 ".", 29 ":", 30 ";", … up to 97 "~"): printable
// ASCII shifted by 29. Read as it stands, a rate is a bare number (no "%": "5.3(cid:8)" is no percentage) and a spaced
// title or name is cut by brackets.
//
// Each token is read as the character it stands for, one character for one (no offset moves): the character takes the
// token's LAST place (so a quote that ends on it ends on the whole token) and the places before it become invisible
// characters, which the prepared text drops (prepare-text.ts). A token for a digit is NOT read as that digit: a font
// whose glyphs are in another order would turn every figure into a wrong one, which is worse than none; it is read as
// a garbled character (■), like any other glyph number outside the printable range, so the figure holding it is
// flagged or skipped, never guessed.
const GLYPH_CODE = /\(cid:(\d{1,5})\)/g;
const FIRST_PRINTABLE = 3;
const LAST_PRINTABLE = 97;
const MAC_ORDER_SHIFT = 29;
const GARBLED = '■';
const INVISIBLE = '\u200b';

function glyphCharacter(code: number): string {
  if (code < FIRST_PRINTABLE || code > LAST_PRINTABLE) return GARBLED;
  const character = String.fromCharCode(code + MAC_ORDER_SHIFT);
  return /\d/.test(character) ? GARBLED : character;
}

/** `text` with every "(cid:N)" token read as its character, padded to the token's length (see above). */
export function readGlyphCodes(text: string): string {
  if (!text.includes('(cid:')) return text;
  return text.replace(GLYPH_CODE, (token, code: string) => INVISIBLE.repeat(token.length - 1) + glyphCharacter(Number(code)));
}
