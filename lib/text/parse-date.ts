// Dates typed into forms (<input type="date"> sends YYYY-MM-DD). Strict: JS Date
// would silently turn 2023-02-31 into 3 March, and accepts forms like "2024-1-1"
// differently per engine.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC midnight of a real calendar date written YYYY-MM-DD (years 1000–9999), else null. */
export function parseIsoDate(text: string): Date | null {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}
