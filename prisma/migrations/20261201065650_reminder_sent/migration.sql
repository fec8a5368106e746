-- Reminder e-mails of reporting rounds (issue 17): one row per round × unit × kind,
-- inserted in the transaction that sends the message. The primary key is what makes a
-- reminder go out once however many app instances send (lib/reminders/send-pass.ts).
CREATE TYPE "ReminderKind" AS ENUM ('due_soon', 'overdue');

CREATE TABLE "reminder_sent" (
    "round_id" INTEGER NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "kind" "ReminderKind" NOT NULL,
    -- A CHECK rather than NOT NULL: Prisma declares list columns nullable (String[]).
    "recipients" TEXT[] CONSTRAINT "reminder_sent_recipients_present" CHECK ("recipients" IS NOT NULL),
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "reminder_sent_pkey" PRIMARY KEY ("round_id", "unit_id", "kind")
);
CREATE INDEX "reminder_sent_unit_id_idx" ON "reminder_sent"("unit_id");
ALTER TABLE "reminder_sent" ADD CONSTRAINT "reminder_sent_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "reporting_round"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "reminder_sent" ADD CONSTRAINT "reminder_sent_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "responsible_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
