// The indicator catalogue the extractor reads with: passed in by the caller (the app
// passes the database's indicator table, the CLI and tests lib/indicators/catalog.ts),
// never imported here, so an alias an admin adds is used by the next extraction.
// Compiling the name pattern costs a little; a catalogue array is compiled once.
import { findMentionsWith, compileMatcher, type Matcher, type Mention } from './indicator-matcher';

/** What the extractor needs of an indicator; lib/indicators/catalog.ts's IndicatorDefinition fits. */
export type IndicatorSpec = {
  key: string;
  nameZh: string;
  aliases: readonly string[];
  /** Unit of a level figure; growth figures are always in %. Null: stated only as a change. */
  levelUnit: string | null;
  higherIsBetter: boolean;
};

export type Catalogue = {
  byKey: ReadonlyMap<string, IndicatorSpec>;
  matcher: Matcher;
  findMentions: (text: string, from?: number, to?: number) => Mention[];
};

const compiled = new WeakMap<readonly IndicatorSpec[], Catalogue>();

export function compileCatalogue(indicators: readonly IndicatorSpec[]): Catalogue {
  const cached = compiled.get(indicators);
  if (cached) return cached;
  const matcher = compileMatcher(indicators);
  const catalogue: Catalogue = {
    byKey: new Map(indicators.map((indicator) => [indicator.key, indicator])),
    matcher,
    findMentions: (text, from, to) => findMentionsWith(matcher, text, from, to),
  };
  compiled.set(indicators, catalogue);
  return catalogue;
}
