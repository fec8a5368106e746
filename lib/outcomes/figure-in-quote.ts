// The one rule that a recorded figure and its quote agree: the value, after unit
// conversion, appears in the quote as written there ("13500", "13,500", "1.35万",
// "1.35万人" for 13500 人; not "13500人" for 13500 万人). A negative value needs a decline word or a minus sign
// before the number ("下降2%" for -2). Used by appendOutcomeRevisions, so the
// form, ingestion, import and seeding all apply it; a writer who knows the source
// does not state the figure directly says so with a reason instead.
import { Exact, type ExactDecimal } from '@/lib/numbers/parse-decimal';
import { convertExact, matchUnitPrefix, unitBySymbol } from '@/lib/units/units';

// A number as written: digits with optional thousands separators and a fraction;
// full-width digits and punctuation are normalised first.
const NUMBER = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/g;
const DECLINE = /(下降|减少|降低|回落|下滑|收窄|负增长|减|降|负|-|−)\s*$/;
const MULTIPLIERS: Readonly<Record<string, string>> = { '万': '10000', '亿': '100000000' };

function normalise(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xFEE0))
    .replace(/[，]/g, (c, offset: number, all: string) => (/\d/.test(all[offset - 1] ?? '') && /\d/.test(all[offset + 1] ?? '') ? ',' : c))
    .replace(/．/g, '.').replace(/％/g, '%');
}

/** True when `value` (canonical decimal text) in `unit` (a catalogue symbol) appears in `quote`. */
export function figureInQuote(value: string, unit: string, quote: string): boolean {
  const target = new Exact(value);
  const magnitude = target.abs();
  const valueUnit = unitBySymbol(unit);
  const text = normalise(quote);
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index;
    // A digit or point right before means this is the tail of a longer number.
    if (start > 0 && /[\d.]/.test(text[start - 1]!)) continue;
    const number = new Exact(`${match[1]!.replace(/,/g, '')}${match[2] ? `.${match[2]}` : ''}`);
    if (target.isNegative() && !DECLINE.test(text.slice(Math.max(0, start - 4), start))) continue;
    if (candidates(number, text.slice(start + match[0].length), valueUnit).some((candidate) => candidate.equals(magnitude))) return true;
  }
  return false;
}

/**
 * The quoted number converted into the value's unit when a unit of the same kind follows it
 * ("5000人" is 0.5 万人, never 5000 万人: a figure typed in the form's default unit must not
 * pass on the digits alone); else the number as it stands, and as a multiple when 万/亿 follows.
 */
function candidates(number: ExactDecimal, after: string, valueUnit: ReturnType<typeof unitBySymbol>): ExactDecimal[] {
  const found = [number];
  if (!valueUnit) return found;
  const quotedUnit = matchUnitPrefix(after.trimStart());
  const converted = quotedUnit ? convertExact(number, quotedUnit, valueUnit) : null;
  if (converted) return [converted];
  // "1.35万" with no catalogue unit after it: a multiplier of the value's base unit.
  const multiplier = MULTIPLIERS[after.trimStart()[0] ?? ''];
  if (multiplier) found.push(number.times(multiplier).dividedBy(valueUnit.factor));
  return found;
}
