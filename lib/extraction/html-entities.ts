// Round 20 (rules20c): a page copied from its HTML source, or reposted by a content farm that escaped it twice, keeps
// numeric character references instead of the full-width marks: "&#xff0c;", "&#65292;", and with the ampersand lost,
// "#xff0c;" ("地区生产总值712.6亿元#xff0c;增长6.4%#xff0c;规上…"). Read as they stand, the clauses run together through
// a string of letters and digits, and a figure's clause ends on "#xff0c" (no mark): nothing in the paragraph is read.
// A reference names its character exactly (Unicode, unlike a font's glyph number), so each is read as that character,
// one character for one as glyph-codes.ts does: the character takes the reference's LAST place (a quote that ends on it
// ends on the whole reference) and the places before it become invisible characters, which the prepared text drops.
// A hexadecimal reference is read with or without its ampersand (without it, never right after a Latin letter: a link's
// fragment, "id#x2c;"); a decimal one only with it ("#12;" may be a number's sign in a list); a control character's or an
// impossible code point's reference is left as it stands.
const REFERENCE = /&#[xX]([0-9a-fA-F]{2,6});|(?<![&A-Za-z])#[xX]([0-9a-fA-F]{2,6});|&#(\d{2,7});/g;
const INVISIBLE = '\u200b';
const FIRST_PRINTABLE = 0x20;
const LAST_CODE_POINT = 0x10ffff;

/** `text` with every numeric character reference read as its character, padded to the reference's length. */
export function readCharacterReferences(text: string): string {
  if (!text.includes('#')) return text;
  return text.replace(REFERENCE, (reference, hexadecimal?: string, bare?: string, decimal?: string) => {
    const code = decimal !== undefined ? Number(decimal) : parseInt((hexadecimal ?? bare)!, 16);
    if (code < FIRST_PRINTABLE || code > LAST_CODE_POINT || (code >= 0xd800 && code <= 0xdfff)) return reference;
    const character = String.fromCodePoint(code);
    // An astral character takes two places: the padding shrinks by one, so the length still holds.
    return INVISIBLE.repeat(reference.length - character.length) + character;
  });
}
