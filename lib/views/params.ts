// Query-string parsing shared by the reading pages. Pure.

/** A four-digit year, or undefined for anything else. */
export function parseYear(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text && /^\d{4}$/.test(text) ? Number(text) : undefined;
}

/** A positive integer id, or null (the page answers 404). */
export function parseId(value: string): number | null {
  if (!/^\d{1,9}$/.test(value)) return null;
  const id = Number(value);
  return id > 0 ? id : null;
}

export function firstParam(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text && text.trim() !== '' ? text.trim() : undefined;
}

/** A 1-based page number (1 for anything else; the data function clamps it to the last page). */
export function parsePage(value: string | string[] | undefined): number {
  const text = Array.isArray(value) ? value[0] : value;
  return text && /^\d{1,6}$/.test(text) && Number(text) > 0 ? Number(text) : 1;
}
