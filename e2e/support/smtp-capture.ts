// Playwright's global setup: a real SMTP server (smtp-server) in the runner process, on
// the fixed port the app's SMTP_URL names (playwright.config.ts), writing every message
// it accepts as one JSON line to E2E_SMTP_CAPTURE, which specs read (readCapturedMail).
// The webServer starts before global setup; the app's first reminder passes find no
// round due, so nothing is sent before this server listens.
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { E2E_SMTP_CAPTURE, E2E_SMTP_PORT } from '../../playwright.config';

export type CapturedMail = { to: string[]; from: string; subject: string; text: string };

export default async function startSmtpCapture(): Promise<() => Promise<void>> {
  fs.mkdirSync(path.dirname(E2E_SMTP_CAPTURE), { recursive: true });
  fs.writeFileSync(E2E_SMTP_CAPTURE, '');
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then((mail) => {
        const captured: CapturedMail = {
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address).sort(),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          subject: mail.subject ?? '',
          text: mail.text ?? '',
        };
        // One appendFileSync per message: a line is whole before the SMTP reply says "accepted".
        fs.appendFileSync(E2E_SMTP_CAPTURE, `${JSON.stringify(captured)}\n`);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.on('error', reject);
    server.listen(E2E_SMTP_PORT, '127.0.0.1', resolve);
  });
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

/** Every message the test SMTP server has accepted so far in this run. */
export function readCapturedMail(): CapturedMail[] {
  if (!fs.existsSync(E2E_SMTP_CAPTURE)) return [];
  return fs.readFileSync(E2E_SMTP_CAPTURE, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as CapturedMail);
}
