// Some PDF exports map common characters to the code points of radicals: the font's
// glyph for 生 is named after the Kangxi radical ⽣ (U+2F63), the one for 长 after the
// supplement's ⻓ (U+2ED3), and copying the text gives those code points. They are read
// as the ideographs they stand for, one UTF-16 unit for one, so offsets and quotes stay
// valid in the original.
//
// Kangxi Radicals (U+2F00–U+2FDF) have compatibility decompositions: NFKC gives the
// ideograph. The CJK Radicals Supplement (U+2E80–U+2EFF) has none (but U+2E9F, U+2EF3);
// its table is Unicode's EquivalentUnifiedIdeograph.txt (UCD 15.0) for that block, less
// the entries whose ideograph lies outside the BMP (they would change the length).
const SUPPLEMENT_PAIRS =
  '⺁厂⺂乛⺃乚⺄乙⺅亻⺆冂⺈刀⺉刂⺊卜⺋㔾⺌小⺍小⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺖忄⺗心⺘扌⺙攵⺛旡⺜日⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺥爫⺦丬⺧牛⺨犭⺩王⺫目⺬示⺭礻⺯糹⺰纟⺱罓⺲罒⺳㓁⺴冗⺶羊⺹耂⺺肀⺻聿⺼肉⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻈讠⻉贝⻋车⻌辶⻍辶⻎辶⻏邑⻐钅⻑長⻒镸⻓长⻔门⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟';

let supplement: Map<string, string> | null = null;

function supplementTable(): Map<string, string> {
  if (supplement) return supplement;
  supplement = new Map();
  for (let i = 0; i + 1 < SUPPLEMENT_PAIRS.length; i += 2) supplement.set(SUPPLEMENT_PAIRS[i]!, SUPPLEMENT_PAIRS[i + 1]!);
  return supplement;
}

/** The ideograph a radical code point stands for (one UTF-16 unit), or the character itself. */
export function radicalAsIdeograph(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0x2f00 && code <= 0x2fdf) {
    const ideograph = char.normalize('NFKC');
    return ideograph.length === 1 ? ideograph : char;
  }
  if (code >= 0x2e80 && code <= 0x2eff) return supplementTable().get(char) ?? char;
  return char;
}
