// The SMTP connection reminders go out through: SMTP_URL (smtp://user:pass@host:587,
// smtps://… for TLS from the start), with short timeouts, since a send runs inside the
// transaction that records it (send-pass.ts).
import nodemailer, { type Transporter } from 'nodemailer';

export function smtpTransport(url: string): Transporter {
  return nodemailer.createTransport({ url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 } as never);
}

/** The sender address: SMTP_FROM, else no-reply at the SMTP host. */
export function senderAddress(url: string, from: string | undefined): string {
  if (from) return from;
  return `"政府工作报告目标追踪 Target tracker" <no-reply@${new URL(url).hostname || 'localhost'}>`;
}
