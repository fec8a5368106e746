// An admin's to-do is the whole country's: it is chosen in SQL and shown a page at a
// time (TODO_PAGE_SIZE rows, oldest first, disputed first), with a count capped at
// TODO_COUNT_CAP, instead of every past target being loaded and judged in memory
// (the benchmark's national admin ran the server out of memory).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { countTodo, findTodo, TODO_PAGE_SIZE } from '@/lib/outcomes/data';
import { makeUser } from './fixtures/users';
import { useTestDatabase } from './test-database';

const YEAR = 2001;
const TEXT = '测试夹具（非官方数据）：全年主要预期目标为地区生产总值增长6%左右。';
const QUOTE = '地区生产总值增长6%左右';

describe('the to-do list at scale', () => {
  it('shows one bounded page, oldest first, and counts every row; a staff member sees only their districts', async () => {
    const { db } = await useTestDatabase();
    const indicatorIds = (await db.indicator.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((row) => row.id);
    const before = await countTodo(await makeUser(db, 'todo-bounded-admin-0', 'admin', []), 2026);
    const districts = 30;
    let ownDistrictId = 0;
    for (let index = 0; index < districts; index += 1) {
      const district = await db.district.create({
        data: { code: String(980000 + index), nameZh: `待办测试区${index}`, nameEn: `Todo fixture ${index}`, pinyin: `daiban${index}`, provinceZh: '测试省', provinceEn: 'Fixture province' },
      });
      if (index === 0) ownDistrictId = district.id;
      const document = await db.sourceDocument.create({
        data: { kind: 'work_report', districtId: district.id, year: YEAR, title: `待办测试夹具 ${index}`, fullText: TEXT, textSha256: createHash('sha256').update(TEXT + index).digest('hex') },
      });
      const quoteStart = TEXT.indexOf(QUOTE);
      await db.target.createMany({
        data: indicatorIds.map((indicatorId) => ({
          districtId: district.id, indicatorId, year: YEAR, measure: 'growth' as const, qualifier: 'about' as const, value: '6', unit: '%', asWritten: '6%左右',
          sourceDocumentId: document.id, quote: QUOTE, quoteStart, quoteEnd: quoteStart + QUOTE.length,
        })),
      });
    }
    const added = districts * indicatorIds.length;
    expect(added).toBeGreaterThan(TODO_PAGE_SIZE);

    const admin = await makeUser(db, 'todo-bounded-admin', 'admin', []);
    const rows = await findTodo(admin, 2026);
    expect(rows).toHaveLength(TODO_PAGE_SIZE);
    expect(await countTodo(admin, 2026)).toBe(before + added);
    // Oldest first: year 2001 precedes every seeded year.
    expect(rows[0]!.year).toBe(YEAR);
    expect(rows.every((row, index) => index === 0 || rows[index - 1]!.year <= row.year)).toBe(true);
    expect(rows.every((row) => row.todo.kind === 'no_outcome' || row.todo.kind === 'only_estimate' || row.todo.kind === 'disputed')).toBe(true);

    const staff = await makeUser(db, 'todo-bounded-staff', 'staff', [ownDistrictId]);
    const own = await findTodo(staff, 2026);
    expect(own).toHaveLength(indicatorIds.length);
    expect(own.every((row) => row.district.id === ownDistrictId)).toBe(true);
    expect(await countTodo(staff, 2026)).toBe(indicatorIds.length);
  });
});
