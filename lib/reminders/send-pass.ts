// One pass of the reminder e-mails: every reminder the open rounds call for now
// (schedule.ts) that has not gone out yet is sent, each exactly once however many app
// instances run passes at the same time.
//
// Once: each reminder is sent inside a transaction that first inserts its row into
// reminder_sent (primary key round × unit × kind) with ON CONFLICT DO NOTHING. A second
// instance inserting the same key waits on the first one's uncommitted row; when that
// commits, the second gets no row back and skips; when it rolls back (the SMTP server
// refused the message), the second inserts and sends. The audit row commits with it.
// What remains is the window every mail sender has: the SMTP server accepted the message
// and the commit then failed; the next pass sends it again rather than lose it.
import type { Transporter } from 'nodemailer';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { reminderMessage, type ReminderContent } from './message';
import { dueReminders, type DueReminder, type RoundForReminders } from './schedule';

/** Where the pass reads rounds, units and recipients (lib/reminders/data.ts). */
export type ReminderSource = {
  openRounds(db: Db): Promise<RoundForReminders[]>;
  /** The message's words and its recipients (the unit's staff with an e-mail); null when nothing is open any more. */
  details(tx: Prisma.TransactionClient, due: DueReminder): Promise<{ content: ReminderContent; recipients: string[]; districtId: number } | null>;
};

export type ReminderPassDeps = {
  db: Db;
  transport: Transporter;
  from: string;
  source: ReminderSource;
  now?: Date;
  log?: (line: string) => void;
};

export type PassResult = { sent: number; alreadySent: number; nothingToSend: number; failed: number };

// Sending happens inside the transaction; the SMTP client's own timeouts (transport.ts)
// end a stuck send well before this.
const TRANSACTION_TIMEOUT_MS = 120_000;

export async function runReminderPass(deps: ReminderPassDeps): Promise<PassResult> {
  const now = deps.now ?? new Date();
  const result: PassResult = { sent: 0, alreadySent: 0, nothingToSend: 0, failed: 0 };
  for (const due of dueReminders(await deps.source.openRounds(deps.db), now)) {
    try {
      result[await sendOnce(deps, due)] += 1;
    } catch (error) {
      result.failed += 1;
      deps.log?.(`reminder ${due.kind} for round ${due.roundId}, unit ${due.unitId} not sent: ${(error as Error).message}`);
    }
  }
  return result;
}

async function sendOnce(deps: ReminderPassDeps, due: DueReminder): Promise<'sent' | 'alreadySent' | 'nothingToSend'> {
  return deps.db.$transaction(async (tx) => {
    const details = await deps.source.details(tx, due);
    // Nothing open any more, or no one to write to: nothing is recorded, so a recipient
    // added later (while the reminder is still due) still gets it.
    if (!details || details.recipients.length === 0) return 'nothingToSend';
    const claimed = await tx.$queryRaw<{ round_id: number }[]>`
      INSERT INTO reminder_sent (round_id, unit_id, kind, recipients)
      VALUES (${due.roundId}, ${due.unitId}, ${due.kind}::"ReminderKind", ${details.recipients})
      ON CONFLICT DO NOTHING RETURNING round_id`;
    if (claimed.length === 0) return 'alreadySent';
    const message = reminderMessage(details.content);
    const info = await deps.transport.sendMail({ from: deps.from, to: details.recipients, subject: message.subject, text: message.text }) as { messageId?: string };
    await recordAudit(tx, {
      actor: { label: 'system:reminders' }, action: 'reminder.send', entityType: 'reporting_round', entityId: due.roundId,
      districtId: details.districtId, after: { unitId: due.unitId, kind: due.kind, recipients: details.recipients, messageId: info.messageId ?? null },
    });
    return 'sent';
  }, { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 });
}
