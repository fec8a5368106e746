// One queue item as a checkbox value: what the reviewer saw when ticking it, so a
// bulk confirmation confirms exactly those figures and that verdict basis, nothing newer.
// Format: "<targetId or 0>:<outcome ids, comma-separated>:<basis outcome id or 0>".
export type QueueSelection = { targetId: number | null; outcomeIds: number[]; basisOutcomeId: number | null };

const FORMAT = /^(\d{1,10}):((?:\d{1,10}(?:,\d{1,10}){0,49})?):(\d{1,10})$/;

export function encodeSelection(selection: QueueSelection): string {
  return `${selection.targetId ?? 0}:${selection.outcomeIds.join(',')}:${selection.basisOutcomeId ?? 0}`;
}

/** null when the text is not a selection (a forged or truncated value). */
export function decodeSelection(text: string): QueueSelection | null {
  const match = FORMAT.exec(text);
  if (!match) return null;
  const targetId = Number(match[1]);
  const outcomeIds = match[2] ? match[2].split(',').map(Number) : [];
  const basisOutcomeId = Number(match[3]);
  if (targetId === 0 && outcomeIds.length === 0) return null;
  return { targetId: targetId || null, outcomeIds, basisOutcomeId: basisOutcomeId || null };
}
