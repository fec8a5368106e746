// Deadlines in whole Beijing calendar days: a round due 2025-07-10 may be submitted
// all of that day (Beijing time); from 07-11 its open items are 1 day late. Pure.
const DAY_MS = 86_400_000;
const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** The Beijing calendar date of an instant, YYYY-MM-DD. */
export function beijingDate(at: Date): string {
  return new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** A DATE column (UTC midnight) as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export type Deadline = {
  /** Days left until the due date: 0 on the day itself; negative once past. */
  daysLeft: number;
  /** Days late for an open item (0 when not late or not open). */
  overdueDays: number;
};

export function deadline(dueOn: string, today: string, open: boolean): Deadline {
  const daysLeft = daysBetween(today, dueOn);
  return { daysLeft, overdueDays: open && daysLeft < 0 ? -daysLeft : 0 };
}

/** A submission counts as on time when made (Beijing date) on or before the due date. */
export function submittedOnTime(submittedAt: Date | null, dueOn: string): boolean {
  return submittedAt !== null && beijingDate(submittedAt) <= dueOn;
}
