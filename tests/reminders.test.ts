// Reminder e-mails against a real SMTP server in this process (smtp-server) and the
// real database: who gets which message, once, also with two schedulers at the same
// time, nothing when the round is closed, and a message the server refused is sent on
// the next pass rather than lost.
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@/lib/db/client';
import { roundReminderSource } from '@/lib/reminders/data';
import { startReminderLoop } from '@/lib/reminders/loop';
import { runReminderPass } from '@/lib/reminders/send-pass';
import { startReminders } from '@/lib/reminders/start';
import { smtpTransport } from '@/lib/reminders/transport';
import { targetWording } from '@/lib/targets/display-wording';
import { makeUser } from '@/tests/fixtures/users';
import { useTestDatabase } from '@/tests/test-database';

type Received = { to: string[]; subject: string; text: string };

/** An SMTP server on a free port that keeps what it receives; `refuse` makes it answer 554 while true, `delayMs` slows each message. */
async function smtpServer() {
  const received: Received[] = [];
  const state = { refuse: false, delayMs: 0 };
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(async (mail) => {
        await new Promise((resolve) => setTimeout(resolve, state.delayMs));
        if (state.refuse) return callback(Object.assign(new Error('mailbox unavailable (test)'), { responseCode: 554 }));
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address).sort(), subject: mail.subject ?? '', text: mail.text ?? '' });
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { received, state, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('reminder e-mails', () => {
  let db: Db;
  let url: string;
  let smtp: Awaited<ReturnType<typeof smtpServer>>;
  let roundId: number;
  const ids = { ndrc: 0, hr: 0, nobody: 0, hrItem: 0 };
  let quotes = { open: '', submitted: '', returned: '' };
  const source = roundReminderSource({ appUrl: 'http://tracker.test' });
  const pass = (at: string, client: Db = db) =>
    runReminderPass({ db: client, transport: smtpTransport(smtp.url), from: 'tracker@test.example', source, now: new Date(at) });

  beforeAll(async () => {
    ({ db, url } = await useTestDatabase());
    smtp = await smtpServer();
    const district = await db.district.findUniqueOrThrow({ where: { code: '520304' } });
    const unit = (name: string, shortName: string) => db.responsibleUnit.create({ data: { districtId: district.id, name, shortName } });
    const [ndrc, hr, nobody] = await Promise.all([unit('区发展和改革委员会', '区发展改革委'), unit('区人力资源和社会保障局', '区人力社保局'), unit('区统计局', '区统计局')]);
    Object.assign(ids, { ndrc: ndrc.id, hr: hr.id, nobody: nobody.id });
    const member = async (username: string, email: string | null, unitId: number, disabled = false) => {
      const user = await makeUser(db, username, 'staff', [district.id]);
      await db.user.update({ where: { id: user.id }, data: { email, disabled } });
      await db.userUnit.create({ data: { userId: user.id, unitId } });
    };
    await member('ndrc1', 'ndrc1@test.example', ndrc.id);
    await member('ndrc2', 'ndrc2@test.example', ndrc.id);
    await member('ndrc-gone', 'gone@test.example', ndrc.id, true);
    await member('hr1', 'hr1@test.example', hr.id);
    await member('stats1', null, nobody.id);
    const admin = await makeUser(db, 'opener', 'admin');
    const targets = await db.target.findMany({ where: { districtId: district.id, year: 2025 }, orderBy: { id: 'asc' }, take: 4, select: { id: true, asWritten: true, measure: true, indicator: { select: { nameZh: true } } } });
    const round = await db.reportingRound.create({
      data: { districtId: district.id, year: 2025, title: '2025年上半年', periodMonths: 6, dueOn: new Date('2025-07-10T00:00:00Z'), openedById: admin.id },
    });
    roundId = round.id;
    const [gdp, second, third, fourth] = targets;
    if (!gdp || !second || !third || !fourth) throw new Error('seed has fewer than 4 targets for 播州区 2025');
    await db.roundItem.createMany({
      data: [
        { roundId, targetId: gdp.id, unitId: ndrc.id, unitRole: 'lead', state: 'todo' },
        { roundId, targetId: second.id, unitId: ndrc.id, unitRole: 'lead', state: 'submitted', submittedAt: new Date('2025-07-05T00:00:00Z') },
        { roundId, targetId: third.id, unitId: hr.id, unitRole: 'lead', state: 'returned', returnReason: '缺少来源' },
        { roundId, targetId: fourth.id, unitId: nobody.id, unitRole: 'lead', state: 'todo' },
      ],
    });
    ids.hrItem = (await db.roundItem.findFirstOrThrow({ where: { roundId, unitId: hr.id } })).id;
    // The reminder names each target by its display wording (targetWording), not the raw quote.
    const words = (target: typeof gdp) => targetWording(target.indicator.nameZh, target.measure, target.asWritten);
    quotes = { open: words(gdp), submitted: words(second), returned: words(third) };
  });

  afterAll(async () => smtp.close());

  it('sends nothing before the 3-day window', async () => {
    expect(await pass('2025-07-06T15:00:00Z')).toEqual({ sent: 0, alreadySent: 0, nothingToSend: 0, failed: 0 });
    expect(smtp.received).toHaveLength(0);
  });

  it('sends "due soon" once to each unit with open items, to its enabled members with an e-mail', async () => {
    expect(await pass('2025-07-07T02:00:00Z')).toEqual({ sent: 2, alreadySent: 0, nothingToSend: 1, failed: 0 });
    const [ndrc, hr] = [...smtp.received].sort((a, b) => a.to[0]!.localeCompare(b.to[0]!)).reverse();
    expect(ndrc?.to).toEqual(['ndrc1@test.example', 'ndrc2@test.example']);
    expect(ndrc?.subject).toBe('【填报提醒】2025年上半年推进情况将于2025年7月10日截止（区发展和改革委员会，1项待填报） / Reminder: 2025 H1 progress due 10 July 2025 (区发展和改革委员会, 1 open)');
    expect(ndrc?.text).toContain('播州区2025年上半年推进情况填报将于2025年7月10日截止（还有3天），贵单位尚有1项未提交或被退回：');
    expect(ndrc?.text).toContain(`1. ${quotes.open}`);
    expect(ndrc?.text).not.toContain(quotes.submitted);
    expect(ndrc?.text).toContain('http://tracker.test/todo');
    expect(ndrc?.text).toContain('Progress for Bozhou District, 2025 H1, is due on 10 July 2025 (in 3 days).');
    expect(hr?.to).toEqual(['hr1@test.example']);
    expect(hr?.text).toContain(`1. ${quotes.returned}`);
    const sent = await db.reminderSent.findMany({ where: { roundId }, orderBy: { unitId: 'asc' } });
    expect(sent.map((row) => [row.unitId, row.kind, row.recipients])).toEqual([
      [ids.ndrc, 'due_soon', ['ndrc1@test.example', 'ndrc2@test.example']], [ids.hr, 'due_soon', ['hr1@test.example']],
    ]);
    const audit = await db.auditLog.findMany({ where: { action: 'reminder.send', entityType: 'reporting_round', entityId: String(roundId) } });
    expect(audit).toHaveLength(2);
    expect(audit.every((row) => row.actorLabel === 'system:reminders')).toBe(true);
  });

  it('does not send "due soon" again on later passes', async () => {
    expect(await pass('2025-07-09T02:00:00Z')).toMatchObject({ sent: 0, alreadySent: 2 });
    expect(smtp.received).toHaveLength(2);
  });

  it('keeps a message the SMTP server refused for the next pass, then sends "overdue" once with two schedulers at the same time', async () => {
    smtp.received.length = 0;
    smtp.state.refuse = true;
    expect(await pass('2025-07-11T02:00:00Z')).toMatchObject({ sent: 0, failed: 2 });
    expect(await db.reminderSent.count({ where: { roundId, kind: 'overdue' } })).toBe(0);
    smtp.state.refuse = false;
    // Two app instances, each with its own connection pool, racing on the same reminders
    // while the server takes 300 ms per message.
    smtp.state.delayMs = 300;
    const other = createDb(url);
    try {
      const results = await Promise.all([pass('2025-07-11T02:00:00Z'), pass('2025-07-11T02:00:01Z', other), pass('2025-07-11T02:00:02Z', other)]);
      expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(2);
      expect(results.reduce((sum, result) => sum + result.alreadySent, 0)).toBe(4);
    } finally {
      await other.$disconnect();
      smtp.state.delayMs = 0;
    }
    expect(smtp.received.map((mail) => mail.to.join(','))).toEqual(expect.arrayContaining(['ndrc1@test.example,ndrc2@test.example', 'hr1@test.example']));
    expect(smtp.received).toHaveLength(2);
    expect(smtp.received[0]?.subject).toMatch(/^【逾期催办】2025年上半年推进情况已于2025年7月10日截止（.+，1项未填报） \/ Overdue: /);
    expect(smtp.received[0]?.text).toContain('（已逾期1天）');
  });

  it('sends nothing for a unit that has since submitted, or for a closed round', async () => {
    smtp.received.length = 0;
    await db.reminderSent.deleteMany({ where: { roundId, kind: 'overdue' } });
    await db.roundItem.update({ where: { id: ids.hrItem }, data: { state: 'submitted' } });
    expect(await pass('2025-07-12T02:00:00Z')).toMatchObject({ sent: 1 });
    expect(smtp.received.map((mail) => mail.to)).toEqual([['ndrc1@test.example', 'ndrc2@test.example']]);
    await db.reminderSent.deleteMany({ where: { roundId, kind: 'overdue' } });
    await db.reportingRound.update({ where: { id: roundId }, data: { state: 'closed', closedAt: new Date('2025-07-12T03:00:00Z') } });
    expect(await pass('2025-07-12T04:00:00Z')).toEqual({ sent: 0, alreadySent: 0, nothingToSend: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    await db.reportingRound.update({ where: { id: roundId }, data: { state: 'open', closedAt: null } });
  });

  it('runs as a loop that passes right away and again after the interval, and stops', async () => {
    smtp.received.length = 0;
    await db.reminderSent.deleteMany({ where: { roundId } });
    const passes: number[] = [];
    const loop = startReminderLoop({
      db, transport: smtpTransport(smtp.url), from: 'tracker@test.example', source, intervalMs: 100,
      now: () => new Date('2025-07-08T02:00:00Z'), onPass: (result) => passes.push(result.sent),
    });
    await expect.poll(() => passes.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await loop.stop();
    const count = passes.length;
    expect(passes[0]).toBe(1); // the NDRC's due-soon message (HR's item is submitted now)
    expect(passes.slice(1).every((sent) => sent === 0)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(passes.length).toBe(count);
    expect(smtp.received).toHaveLength(1);
  });

  it('does not start without SMTP_URL', () => {
    const lines: string[] = [];
    expect(startReminders(url, {}, (line) => lines.push(line))).toBeNull();
    expect(lines).toEqual(['Reminder e-mails off (SMTP_URL not set).']);
  });

  it('starts from the environment as npm start does, on the real clock, and stops', async () => {
    smtp.received.length = 0;
    // A round of another period due tomorrow (Beijing), with one open item of the NDRC.
    const first = await db.reportingRound.findUniqueOrThrow({ where: { id: roundId } });
    const tomorrow = new Date(Date.parse(`${new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)}T00:00:00Z`) + 86_400_000);
    const soon = await db.reportingRound.create({
      data: { districtId: first.districtId, year: 2025, title: '2025年前三季度', periodMonths: 9, dueOn: tomorrow, openedById: first.openedById },
    });
    const item = await db.roundItem.findFirstOrThrow({ where: { roundId, unitId: ids.ndrc, state: 'todo' } });
    await db.roundItem.create({ data: { roundId: soon.id, targetId: item.targetId, unitId: ids.ndrc, unitRole: 'lead', state: 'todo' } });
    // The first round, long past due on the real clock, is closed: only the new round calls for a message.
    await db.reportingRound.update({ where: { id: roundId }, data: { state: 'closed', closedAt: new Date() } });
    const lines: string[] = [];
    const reminders = startReminders(url, { SMTP_URL: smtp.url, SMTP_FROM: 'tracker@test.example', APP_URL: 'http://tracker.test', REMINDER_INTERVAL_SECONDS: '1' }, (line) => lines.push(line));
    expect(reminders).not.toBeNull();
    await expect.poll(() => smtp.received.length, { timeout: 15_000 }).toBe(1);
    // A few more passes at 1 s: nothing more goes out.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    await reminders?.stop();
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]).toMatchObject({ to: ['ndrc1@test.example', 'ndrc2@test.example'] });
    expect(smtp.received[0]?.subject).toMatch(/^【填报提醒】2025年前三季度推进情况将于/);
    expect(smtp.received[0]?.text).toContain('（还有1天）');
    expect(lines).toEqual(expect.arrayContaining(['Reminder e-mails on, checked every 1 s.', 'reminders: 1 sent, 0 failed']));
    expect(await db.reminderSent.count({ where: { roundId: soon.id } })).toBe(1);
  });
});
