// A statistical bulletin pasted under the year its title names (《2024年…统计公报》 → 2024)
// gives that year's outcomes. It used to be read as a work report of that year, whose
// review covers the year before: every figure of the 2024 bulletin was proposed, and on
// accept stored, as 2023's.
import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/sessions';
import { loadExistingRecords } from '@/lib/ingest/existing';
import { readDocument } from '@/lib/ingest/extract-document';
import { acceptProposal, createIngestDocument } from '@/lib/ingest/mutations';
import { reviewItems } from '@/lib/ingest/proposals';
import { makeUser } from './fixtures/users';
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();

const BULLETIN = [
  '测试文本 / test text（非官方）',
  '青禾区2024年国民经济和社会发展统计公报',
  '青禾区统计局',
  '2025年3月20日',
  '初步核算，全年全区地区生产总值268.4亿元，比上年增长5.6%。',
  '全年一般公共预算收入15.2亿元，增长4.1%。',
].join('\n');
const REPORT = [
  '测试文本 / test text（非官方）',
  '青禾区政府工作报告',
  '过去一年，全区地区生产总值达到268.4亿元，增长5.6%。',
  '2025年全区经济社会发展的主要预期目标是：地区生产总值增长6%左右。',
].join('\n');

let staff: SessionUser;
let districtId: number;

async function pasted(kind: string, year: number, text: string) {
  const created = await executeAction(createIngestDocument, { db, user: staff }, { districtId, year, kind, title: `测试文本 ${kind}`, text });
  if (!created.ok) throw new Error(JSON.stringify(created));
  const document = await db.sourceDocument.findUniqueOrThrow({ where: { id: created.data.documentId } });
  const { extraction, inYear } = await readDocument(db, document);
  return { documentId: document.id, items: reviewItems(extraction, await loadExistingRecords(db, document.id, districtId), inYear.proposals) };
}

beforeAll(async () => {
  const district = await db.district.create({ data: { code: '999131', nameZh: '测试公报区', nameEn: 'Bulletin Test District', pinyin: 'Gongbao', provinceZh: '测试省', provinceEn: 'Test Province' } });
  districtId = district.id;
  staff = await makeUser(db, 'bulletin-year-staff', 'staff', [districtId]);
});

describe('the year of a pasted document', () => {
  it('a statistical bulletin under its own year proposes, and stores, that year', async () => {
    const { documentId, items } = await pasted('statistical_bulletin', 2024, BULLETIN);
    const outcomes = items.filter((item) => item.kind === 'outcome');
    expect(outcomes.length).toBeGreaterThanOrEqual(4);
    expect(new Set(outcomes.map((item) => item.proposal.year))).toEqual(new Set([2024]));
    const gdp = outcomes.find((item) => item.proposal.indicatorKey === 'gdp' && item.proposal.measure === 'growth')!;
    const accepted = await executeAction(acceptProposal, { db, user: staff }, { documentId, key: gdp.key, year: String(gdp.proposal.year), baseRevision: '0' });
    expect(accepted).toMatchObject({ ok: true });
    const stored = await db.outcome.findFirstOrThrow({ where: { districtId, sourceDocumentId: documentId, measure: 'growth' } });
    expect(stored.year).toBe(2024);
  });

  it('a work report keeps its year for its targets and the year before for its review', async () => {
    const { items } = await pasted('work_report', 2025, REPORT);
    expect(items.filter((item) => item.kind === 'target').map((item) => item.proposal.year)).toEqual([2025]);
    expect(new Set(items.filter((item) => item.kind === 'outcome').map((item) => item.proposal.year))).toEqual(new Set([2024]));
  });
});
