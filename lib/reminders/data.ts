// What the reminder pass reads: open rounds due within DUE_SOON_DAYS or past due, with
// each unit's count of open items (one grouped query), and, for one reminder, its words
// and recipients: the unit's accounts (user_unit) that are enabled and have an e-mail.
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { OPEN_ITEM_STATES } from '@/lib/rounds/types';
import { targetWording } from '@/lib/targets/display-wording';
import { periodName } from '@/lib/verdict/period';
import { beijingToday, DUE_SOON_DAYS, type RoundForReminders } from './schedule';
import type { ReminderSource } from './send-pass';

const DAY_MS = 86_400_000;

export function roundReminderSource(options: { appUrl: string; now?: () => Date }): ReminderSource {
  return {
    async openRounds(db: Db): Promise<RoundForReminders[]> {
      const now = options.now?.() ?? new Date();
      // Rounds due later than the "due soon" window call for nothing yet.
      const latestDue = new Date(Date.parse(`${beijingToday(now)}T00:00:00Z`) + DUE_SOON_DAYS * DAY_MS);
      const rounds = await db.reportingRound.findMany({ where: { state: 'open', dueOn: { lte: latestDue } }, select: { id: true, dueOn: true } });
      if (rounds.length === 0) return [];
      const open = await db.roundItem.groupBy({
        by: ['roundId', 'unitId'],
        where: { roundId: { in: rounds.map((round) => round.id) }, state: { in: [...OPEN_ITEM_STATES] } },
        _count: { _all: true },
      });
      return rounds.map((round) => ({
        roundId: round.id,
        dueDate: round.dueOn.toISOString().slice(0, 10),
        closed: false,
        units: open.filter((row) => row.roundId === round.id).map((row) => ({ unitId: row.unitId, openItems: row._count._all })),
      }));
    },

    async details(tx: Prisma.TransactionClient, due) {
      const round = await tx.reportingRound.findUnique({
        where: { id: due.roundId },
        select: { state: true, title: true, year: true, periodMonths: true, dueOn: true, districtId: true, district: { select: { nameZh: true, nameEn: true } } },
      });
      // Read again inside the sending transaction: a round closed or items submitted since the scan send nothing.
      if (!round || round.state !== 'open') return null;
      const [unit, items, members] = await Promise.all([
        tx.responsibleUnit.findUniqueOrThrow({ where: { id: due.unitId }, select: { name: true } }),
        tx.roundItem.findMany({
          where: { roundId: due.roundId, unitId: due.unitId, state: { in: [...OPEN_ITEM_STATES] } },
          select: { target: { select: { asWritten: true, measure: true, indicator: { select: { nameZh: true } } } }, keyTask: { select: { wording: true } } },
          orderBy: { id: 'asc' },
        }),
        tx.userUnit.findMany({
          where: { unitId: due.unitId, user: { disabled: false, email: { not: null } } },
          select: { user: { select: { email: true } } },
          orderBy: { userId: 'asc' },
        }),
      ]);
      if (items.length === 0) return null;
      const period = periodName({ months: round.periodMonths });
      return {
        districtId: round.districtId,
        recipients: members.flatMap(({ user }) => (user.email ? [user.email] : [])),
        content: {
          kind: due.kind,
          daysLeft: due.daysLeft,
          round: { zh: round.title, en: `${round.year} ${period.en}` },
          district: { zh: round.district.nameZh, en: round.district.nameEn },
          unit: unit.name,
          dueDate: round.dueOn.toISOString().slice(0, 10),
          items: items.map((item) => (item.target ? targetWording(item.target.indicator.nameZh, item.target.measure, item.target.asWritten) : item.keyTask?.wording ?? '')),
          todoUrl: new URL('/todo', options.appUrl).toString(),
        },
      };
    },
  };
}
