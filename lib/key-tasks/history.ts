// What changed in one audit row of a key task, field by field, for its page's history:
// an edit lists the fields whose before and after differ; a withdrawal its reason and the
// open-round items it removed. Pure: units come in as a map id → short name.
type Change = { field: 'wording' | 'source' | 'leadUnitId' | 'coUnitIds' | 'reason' | 'removedOpenRoundItems'; before: string | null; after: string | null };

type Facts = { wording?: unknown; leadUnitId?: unknown; coUnitIds?: unknown; source?: unknown; reason?: unknown; removedOpenRoundItems?: unknown };

function record(value: unknown): Facts {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Facts) : {};
}

function unitName(units: Map<number, string>, id: unknown): string | null {
  return typeof id === 'number' ? (units.get(id) ?? `#${id}`) : null;
}

function sourceText(source: unknown): string | null {
  const quote = record(source) as { quote?: unknown };
  return typeof quote.quote === 'string' ? quote.quote : null;
}

export function historyChanges(action: string, before: unknown, after: unknown, units: Map<number, string>): Change[] {
  const [b, a] = [record(before), record(after)];
  if (action === 'key_task.withdraw') {
    const removed = Array.isArray(a.removedOpenRoundItems) ? a.removedOpenRoundItems.length : 0;
    return [
      { field: 'reason', before: null, after: typeof a.reason === 'string' ? a.reason : null },
      ...(removed > 0 ? [{ field: 'removedOpenRoundItems' as const, before: null, after: String(removed) }] : []),
    ];
  }
  if (action !== 'key_task.edit') return [];
  const coNames = (ids: unknown) => (Array.isArray(ids) ? ids.map((id) => unitName(units, id)).filter(Boolean).join('、') || null : null);
  const changes: Change[] = [
    { field: 'wording', before: typeof b.wording === 'string' ? b.wording : null, after: typeof a.wording === 'string' ? a.wording : null },
    { field: 'source', before: sourceText(b.source), after: sourceText(a.source) },
    { field: 'leadUnitId', before: unitName(units, b.leadUnitId), after: unitName(units, a.leadUnitId) },
    { field: 'coUnitIds', before: coNames(b.coUnitIds), after: coNames(a.coUnitIds) },
  ];
  return changes.filter((change) => change.before !== change.after);
}
