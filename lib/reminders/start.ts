// Starts the reminder e-mails with the app (scripts/start.ts) when SMTP_URL is set;
// without it there is nothing to send through and no loop runs. Its own small database
// pool and SMTP connection, both closed by stop().
import { createDb } from '@/lib/db/client';
import { roundReminderSource } from './data';
import { startReminderLoop } from './loop';
import { senderAddress, smtpTransport } from './transport';

export type RemindersEnv = Partial<Record<'SMTP_URL' | 'SMTP_FROM' | 'APP_URL' | 'PORT' | 'REMINDER_INTERVAL_SECONDS', string>> & Record<string, string | undefined>;

const DEFAULT_INTERVAL_SECONDS = 300;

export function startReminders(databaseUrl: string, env: RemindersEnv, log: (line: string) => void): { stop(): Promise<void> } | null {
  if (!env.SMTP_URL) {
    log('Reminder e-mails off (SMTP_URL not set).');
    return null;
  }
  const db = createDb(databaseUrl);
  const transport = smtpTransport(env.SMTP_URL);
  const seconds = Number(env.REMINDER_INTERVAL_SECONDS ?? DEFAULT_INTERVAL_SECONDS);
  const intervalMs = (Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_INTERVAL_SECONDS) * 1000;
  const loop = startReminderLoop({
    db, transport, from: senderAddress(env.SMTP_URL, env.SMTP_FROM), intervalMs, log,
    source: roundReminderSource({ appUrl: env.APP_URL ?? `http://localhost:${env.PORT ?? '3000'}` }),
    onPass: (result) => { if (result.sent > 0 || result.failed > 0) log(`reminders: ${result.sent} sent, ${result.failed} failed`); },
  });
  log(`Reminder e-mails on, checked every ${intervalMs / 1000} s.`);
  return {
    async stop() {
      await loop.stop();
      transport.close();
      await db.$disconnect();
    },
  };
}
