// Which reminder e-mails a round calls for now: one "due soon" message per unit while
// its round is due within 3 days (Beijing calendar days, the due day included) and one
// "overdue" message once the due day has passed, each only while the unit still has
// items open (not submitted, or returned) and the round is open. A "due soon" message
// that was never sent before the due day passed is not sent late: the overdue one says more.
// Pure; whether a message went out already is the sender's business (reminder_sent).

export const REMINDER_KINDS = ['due_soon', 'overdue'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** How many calendar days before the due day the "due soon" message goes out. */
export const DUE_SOON_DAYS = 3;

export type RoundForReminders = {
  roundId: number;
  /** The due day as a calendar date, "2025-07-10" (Beijing). */
  dueDate: string;
  closed: boolean;
  units: { unitId: number; openItems: number }[];
};

export type DueReminder = { roundId: number; unitId: number; kind: ReminderKind; daysLeft: number };

const DAY_MS = 24 * 60 * 60 * 1000;
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Today in Beijing as "YYYY-MM-DD". */
export function beijingToday(now: Date): string {
  return new Date(now.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** Calendar days from today (Beijing) to the due day: 0 on the due day, −1 the day after. */
export function daysUntil(dueDate: string, now: Date): number {
  return Math.round((Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${beijingToday(now)}T00:00:00Z`)) / DAY_MS);
}

export function kindFor(daysLeft: number): ReminderKind | null {
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= DUE_SOON_DAYS) return 'due_soon';
  return null;
}

export function dueReminders(rounds: readonly RoundForReminders[], now: Date): DueReminder[] {
  const due: DueReminder[] = [];
  for (const round of rounds) {
    if (round.closed) continue;
    const daysLeft = daysUntil(round.dueDate, now);
    const kind = kindFor(daysLeft);
    if (!kind) continue;
    for (const unit of round.units) if (unit.openItems > 0) due.push({ roundId: round.roundId, unitId: unit.unitId, kind, daysLeft });
  }
  return due;
}
