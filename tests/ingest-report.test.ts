import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/sessions';
import { extractProposals } from '@/lib/extraction/extract-proposals';
import { INDICATORS } from '@/lib/indicators/catalog';
import { loadExistingRecords } from '@/lib/ingest/existing';
import { acceptProposal, createIngestDocument, rejectProposal } from '@/lib/ingest/mutations';
import { reviewItems } from '@/lib/ingest/proposals';
import { recordOutcome } from '@/lib/outcomes/mutations';
import { makeUser } from './fixtures/users';
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();
// The extractor's own made-up fixture (a fictional district and example.gov.cn), labelled as test text.
const TEXT = `测试文本 / test text（非官方）\n${fs.readFileSync(path.join(process.cwd(), 'lib/extraction/fixtures/numbered-list.txt'), 'utf8')}`;

let staff: SessionUser;
let outsider: SessionUser;
let districtId: number;
let documentId: number;

const form = () => ({ districtId, year: 2023, kind: 'work_report', title: '测试文本 / test text', text: TEXT.replace(/\n/g, '\r\n') });
const items = async () => {
  const document = await db.sourceDocument.findUniqueOrThrow({ where: { id: documentId } });
  return reviewItems(extractProposals(document.fullText, { reportYear: 2023, indicators: INDICATORS }), await loadExistingRecords(db, documentId, districtId));
};
const find = async (kind: string, indicatorKey: string, measure: string) =>
  (await items()).find((item) => item.kind === kind && item.proposal.indicatorKey === indicatorKey && item.proposal.measure === measure)!;

beforeAll(async () => {
  const district = await db.district.create({ data: { code: '999101', nameZh: '测试区', nameEn: 'Test District', pinyin: 'Ceshi', provinceZh: '测试省', provinceEn: 'Test Province' } });
  districtId = district.id;
  const other = await db.district.findFirstOrThrow({ where: { code: '500155' } });
  staff = await makeUser(db, 'ingester', 'staff', [districtId]);
  outsider = await makeUser(db, 'ingest-outsider', 'staff', [other.id]);
});

describe('ingest a work report', () => {
  it('stores the pasted text once per district, with CRLF normalised, and audits it', async () => {
    const first = await executeAction(createIngestDocument, { db, user: staff }, form());
    expect(first).toMatchObject({ ok: true, data: { created: true } });
    if (!first.ok) return;
    documentId = first.data.documentId;
    const stored = await db.sourceDocument.findUniqueOrThrow({ where: { id: documentId } });
    expect(stored.fullText).toBe(TEXT);
    expect(await db.auditLog.count({ where: { action: 'document.create', entityId: String(documentId) } })).toBe(1);
    const again = await executeAction(createIngestDocument, { db, user: staff }, form());
    expect(again).toEqual({ ok: true, data: { documentId, created: false } });
    expect(await db.sourceDocument.count({ where: { districtId } })).toBe(1);
  });

  it('refuses an empty form, another district and a bad upload, storing nothing', async () => {
    const before = await db.sourceDocument.count();
    expect(await executeAction(createIngestDocument, { db, user: staff }, { ...form(), text: '  ' })).toMatchObject({ ok: false, fieldErrors: { text: 'ingest:text_or_file' } });
    expect(await executeAction(createIngestDocument, { db, user: outsider }, form())).toMatchObject({ ok: false, code: 'forbidden' });
    const file = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'scan.pdf');
    expect(await executeAction(createIngestDocument, { db, user: staff }, { ...form(), text: '', file })).toMatchObject({ ok: false, fieldErrors: { file: 'ingest:type_mismatch' } });
    expect(await db.sourceDocument.count()).toBe(before);
  });

  it('accepts a target and an edited outcome with the proposal quote, offsets and audit', async () => {
    const gdp = await find('target', 'gdp', 'growth');
    const accepted = await executeAction(acceptProposal, { db, user: staff }, { documentId, key: gdp.key, year: '2023' });
    expect(accepted).toMatchObject({ ok: true, data: { kind: 'target' } });
    const target = await db.target.findFirstOrThrow({ where: { districtId, year: 2023, indicator: { key: 'gdp' } } });
    expect([target.qualifier, target.value?.toString(), target.unit, target.asWritten]).toEqual(['about', '6', '%', '6%左右']);
    expect(TEXT.slice(target.quoteStart, target.quoteEnd)).toBe(target.quote);
    expect([target.quoteStart, target.quote]).toEqual([gdp.proposal.start, gdp.proposal.quote]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'target.create', entityId: String(target.id) } });
    expect(audit.actorId).toBe(staff.id);
    expect(audit.after).toMatchObject({ via: 'ingest', edited: false, proposalKey: gdp.key });

    const jobs = await find('outcome', 'new_urban_jobs', 'level');
    const edited = await executeAction(acceptProposal, { db, user: staff }, { documentId, key: jobs.key, year: '2022', value: '0.523', unit: '万人', vintage: 'preliminary' });
    expect(edited).toMatchObject({ ok: true, data: { kind: 'outcome' } });
    const outcome = await db.outcome.findFirstOrThrow({ where: { districtId, year: 2022, indicator: { key: 'new_urban_jobs' } } });
    expect([outcome.revision, outcome.value.toString(), outcome.unit, outcome.vintage]).toEqual([1, '0.523', '万人', 'preliminary']);
    expect(TEXT.slice(outcome.quoteStart, outcome.quoteEnd)).toBe('城镇新增就业5230人');
    expect((await db.auditLog.findFirstOrThrow({ where: { action: 'outcome.record', entityId: String(outcome.id) } })).after).toMatchObject({ edited: true });
  });

  it('checks the revision the card was shown with: a base the series does not have is a conflict, saving nothing', async () => {
    const gdpLevel = await find('outcome', 'gdp', 'level');
    expect(gdpLevel.kind === 'outcome' && gdpLevel.seriesRevision).toBe(0);
    const before = await db.outcome.count({ where: { districtId } });
    // The card was rendered with "no revision yet" (0); a form claiming revision 1 is stale or forged.
    const stale = await executeAction(acceptProposal, { db, user: staff }, { documentId, key: gdpLevel.key, year: '2022', baseRevision: '1' });
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });
    expect(await db.outcome.count({ where: { districtId } })).toBe(before);
  });

  it('refuses bad edits with field errors and saves nothing', async () => {
    const budget = await find('target', 'budget_revenue', 'growth');
    const result = await executeAction(acceptProposal, { db, user: staff }, { documentId, key: budget.key, year: '2023', value: '五', unit: '亿元' });
    expect(result).toMatchObject({ ok: false, fieldErrors: { value: 'decimal.chinese_numeral', unit: 'unit_growth_percent' } });
    expect(await db.target.count({ where: { districtId } })).toBe(1);
  });

  it('on a re-run shows accepted proposals as already recorded and never duplicates them', async () => {
    const again = await executeAction(createIngestDocument, { db, user: staff }, form());
    expect(again).toMatchObject({ ok: true, data: { documentId, created: false } });
    const gdp = await find('target', 'gdp', 'growth');
    const jobs = await find('outcome', 'new_urban_jobs', 'level');
    expect([gdp.status, jobs.status]).toEqual(['recorded', 'recorded']);
    // gdp level and growth share one quote; only the growth one was accepted.
    expect((await find('outcome', 'gdp', 'level')).status).toBe('open');
    const counts = { targets: await db.target.count({ where: { districtId } }), outcomes: await db.outcome.count({ where: { districtId } }) };
    expect(await executeAction(acceptProposal, { db, user: staff }, { documentId, key: gdp.key, year: '2023' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await executeAction(acceptProposal, { db, user: staff }, { documentId, key: jobs.key, year: '2022' })).toMatchObject({ ok: false, code: 'conflict' });
    expect({ targets: await db.target.count({ where: { districtId } }), outcomes: await db.outcome.count({ where: { districtId } }) }).toEqual(counts);
  });

  it('an identical figure already the latest revision is recorded', async () => {
    const gdpLevel = await find('outcome', 'gdp', 'level');
    const indicator = await db.indicator.findUniqueOrThrow({ where: { key: 'gdp' } });
    const other = await db.sourceDocument.create({ data: { kind: 'other', districtId, year: 2023, title: '测试文本 2', fullText: '测试文本：地区生产总值268.4亿元', textSha256: 'f'.repeat(64) } });
    await db.outcome.create({ data: { districtId, indicatorId: indicator.id, year: 2022, measure: 'level', revision: 1, value: '268.40', unit: '亿元', vintage: 'final', sourceDocumentId: other.id, quote: '地区生产总值268.4亿元', quoteStart: 5, quoteEnd: 19 } });
    expect((await find('outcome', 'gdp', 'level')).status).toBe('recorded');
    expect(await executeAction(acceptProposal, { db, user: staff }, { documentId, key: gdpLevel.key, year: '2022' })).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('rejects a proposal (audited) and keeps it rejected; staff of other districts are refused with the reason', async () => {
    const fai = await find('target', 'fixed_asset_investment', 'growth');
    // The document is public to read, so another district's staff get 403 with the reason, not 404.
    expect(await executeAction(rejectProposal, { db, user: outsider }, { documentId, key: fai.key })).toMatchObject({ ok: false, code: 'forbidden', details: { reason: 'other_district' } });
    expect(await executeAction(acceptProposal, { db, user: outsider }, { documentId, key: fai.key, year: '2023' })).toMatchObject({ ok: false, code: 'forbidden', details: { reason: 'other_district' } });
    expect(await executeAction(rejectProposal, { db, user: staff }, { documentId, key: fai.key })).toEqual({ ok: true, data: { rejected: true } });
    expect((await find('target', 'fixed_asset_investment', 'growth')).status).toBe('rejected');
    expect(await db.auditLog.count({ where: { action: 'proposal.reject', entityId: String(documentId) } })).toBe(1);
  });

  it('refuses a proposal key that the text does not produce', async () => {
    expect(await executeAction(acceptProposal, { db, user: staff }, { documentId, key: 'target:gdp:2023:growth:0-5', year: '2023' })).toMatchObject({ ok: false, fieldErrors: { _form: 'ingest:proposal_gone' } });
  });
});

describe('a text too long to extract without freezing the server', () => {
  // Extraction time grows with the square of a text dense in targets (lib/documents/limits.ts):
  // 2,000,000 such characters, the old limit, froze the server for many minutes.
  const dense = (length: number) => '2025年主要预期目标：地区生产总值增长6%左右，'.repeat(Math.ceil(length / 25)).slice(0, length);

  it('is refused when pasted or typed as a record form\'s new source, with its message, storing nothing', async () => {
    const [documents, audits] = [await db.sourceDocument.count(), await db.auditLog.count()];
    expect(await executeAction(createIngestDocument, { db, user: staff }, { ...form(), text: dense(100_001) }))
      .toMatchObject({ ok: false, code: 'validation', fieldErrors: { text: 'ingest:text_too_long' } });
    const target = await db.target.findFirstOrThrow({ where: { districtId: (await db.district.findFirstOrThrow({ where: { code: '500155' } })).id }, select: { id: true } });
    const liangpingStaff = await makeUser(db, 'ingest-long-recorder', 'staff', [(await db.district.findFirstOrThrow({ where: { code: '500155' } })).id]);
    const record = await executeAction(recordOutcome, { db, user: liangpingStaff }, {
      targetId: target.id, baseRevision: 0, value: '6', unit: '%', vintage: 'preliminary', documentId: 'new', newKind: 'other', newTitle: '过长的正文', newText: dense(100_001), quote: '地区生产总值增长6%',
    });
    expect(record).toMatchObject({ ok: false, code: 'validation', fieldErrors: { newText: 'text_too_long' } });
    expect([await db.sourceDocument.count(), await db.auditLog.count()]).toEqual([documents, audits]);
  });

  it('stored before the limit, is not extracted: accepting from it is refused at once with the message', async () => {
    const stored = await db.sourceDocument.create({ data: { kind: 'work_report', districtId, year: 2025, title: '限额之前存入的长文本', fullText: dense(100_001), textSha256: 'd'.repeat(64) } });
    const started = Date.now();
    const result = await executeAction(acceptProposal, { db, user: staff }, { documentId: stored.id, key: 'target:gdp:2025:growth:12', year: '2025' });
    expect(result).toMatchObject({ ok: false, code: 'validation', fieldErrors: { _form: 'ingest:text_too_long' } });
    // Extracting it would take tens of seconds of CPU; the refusal comes before.
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
