// Traditional-character text ("地區生產總值增長") is read through simplified characters,
// one character for one, so every offset stays valid in the original and quotes stay
// verbatim. The mapping is OpenCC's own character table (TSCharacters, shipped with
// opencc-js); its phrase tables are not needed for report vocabulary and would change
// lengths.
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';

let table: Map<string, string> | null = null;
// Below this share of distinct characters with a simplified form, the text is simplified
// Chinese with the odd traditional name in it, and is left alone.
const TRADITIONAL_SHARE = 0.02;
const TRADITIONAL_MIN = 3;
const SAMPLE = 20_000;

function simplifiedTable(): Map<string, string> {
  if (table) return table;
  table = new Map();
  // "發 发|髮 发|…": a traditional character, then its simplified form(s); the first is the usual one.
  for (const entry of TS_CHARACTERS.split('|')) {
    const [traditional, simplified] = entry.split(' ');
    if (traditional && simplified && traditional.length === simplified.length && traditional !== simplified) table.set(traditional, simplified);
  }
  return table;
}

/** The text in simplified characters, same length, when it is written in traditional ones; else the text itself. */
export function toSimplified(text: string): string {
  const map = simplifiedTable();
  const chars = new Set<string>();
  // A document is written in one script: its first pages tell which.
  for (let i = 0; i < Math.min(text.length, SAMPLE); i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x3400 && code <= 0x9fff) chars.add(text[i]!);
  }
  if (chars.size === 0) return text;
  let changed = 0;
  for (const char of chars) if (map.has(char)) changed += 1;
  if (changed < TRADITIONAL_MIN || changed / chars.size < TRADITIONAL_SHARE) return text;
  const out: string[] = new Array(text.length);
  for (let i = 0; i < text.length; i += 1) out[i] = map.get(text[i]!) ?? text[i]!;
  return out.join('');
}
