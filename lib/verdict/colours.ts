// The one colour of each verdict, used by every place that colours one: badges, the
// overview's verdict bars, the charts' outcome bars and the XLSX/PDF fills. Each
// verdict has one hue in three strengths: `ink` for text and borders (at least 4.5:1
// on `wash` and on white), `solid` for bars and chart marks, `wash` for backgrounds
// and spreadsheet fills under black text. Colour is never the only signal: every
// coloured thing also carries the verdict in words (and a shape on the pages).
// tests/verdict-colours.test.ts fails when a page, stylesheet or export sets a verdict
// colour of its own.
import type { PaceCode } from './pace';
import type { VerdictCode } from './types';

export type VerdictColour = { ink: string; solid: string; wash: string };

export const VERDICT_COLOURS: Record<VerdictCode, VerdictColour> = {
  exceeded: { ink: '#0b5e2c', solid: '#1e7a44', wash: '#cdebd7' },
  met: { ink: '#17603a', solid: '#3a9d63', wash: '#e1f3e7' },
  met_within_tolerance: { ink: '#44600f', solid: '#a3c45c', wash: '#eef5d6' },
  missed: { ink: '#9b1c1c', solid: '#c0392b', wash: '#fadcd9' },
  pending: { ink: '#4b5563', solid: '#c7cbd1', wash: '#eceef1' },
  needs_judgment: { ink: '#7a4a00', solid: '#e0a030', wash: '#fdebc8' },
  not_comparable: { ink: '#374151', solid: '#6b7280', wash: '#e5e7eb' },
};

/**
 * A pace verdict (序时进度) takes the colour of the annual verdict it reads like: done as
 * exceeded, on pace as met, behind or lagging as missed; so green, red and grey mean the
 * same in a round's summary as on the pages and scorecards.
 */
export const PACE_COLOURS: Record<PaceCode, VerdictColour> = {
  done: VERDICT_COLOURS.exceeded, on_pace: VERDICT_COLOURS.met, behind_pace: VERDICT_COLOURS.missed, lagging: VERDICT_COLOURS.missed,
  pending: VERDICT_COLOURS.pending, not_comparable: VERDICT_COLOURS.not_comparable,
};

/** A colour as a spreadsheet writes it: "#3a9d63" → "FF3A9D63" (opaque ARGB). */
export function argb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}

/** Inline style of a badge or chip showing a verdict: its ink on its wash, bordered in ink. */
export function verdictBadgeStyle(code: VerdictCode): { color: string; borderColor: string; background: string } {
  const colour = VERDICT_COLOURS[code];
  return { color: colour.ink, borderColor: colour.ink, background: colour.wash };
}
