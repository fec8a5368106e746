// A year outside the forms' range (0, 99999, empty) was refused with "年份不正确。 / Invalid
// year.", which does not say what a valid year is. The one message names the range every
// form's schema allows (2000—2100), in zh and en.
import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/sessions';
import { loadMessages } from '@/lib/i18n/messages';
import { createIngestDocument } from '@/lib/ingest/mutations';
import { makeUser } from './fixtures/users';
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();
let staff: SessionUser;
let districtId: number;

beforeAll(async () => {
  const district = await db.district.create({ data: { code: '999132', nameZh: '测试年份区', nameEn: 'Year Test District', pinyin: 'Nianfen', provinceZh: '测试省', provinceEn: 'Test Province' } });
  districtId = district.id;
  staff = await makeUser(db, 'year-range-staff', 'staff', [districtId]);
});

describe('a year out of range', () => {
  it('is refused on the paste form with a message that names the range, storing nothing', async () => {
    const before = await db.sourceDocument.count();
    for (const year of ['0', '99999', '', '1999', '2101']) {
      const result = await executeAction(createIngestDocument, { db, user: staff }, { districtId, year, kind: 'work_report', title: '测试文本', text: '测试文本 / test text' });
      expect(result).toMatchObject({ ok: false, fieldErrors: { year: 'year_invalid' } });
    }
    expect(await db.sourceDocument.count()).toBe(before);
    const zh = (loadMessages('zh').validation as Record<string, string>).year_invalid!;
    const en = (loadMessages('en').validation as Record<string, string>).year_invalid!;
    for (const text of [zh, en]) expect(text).toMatch(/2000.*2100/);
  });
});
