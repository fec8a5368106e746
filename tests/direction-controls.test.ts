// Invisible text-direction controls in names, on real PostgreSQL: refused on input with a
// field message in both languages (nothing stored), and stripped from the exported files
// (CSV, XLSX, PDF, DOCX) when a value holding them was stored before the rule.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import { createDistrict } from '@/lib/districts/mutations';
import { scorecardCsv } from '@/lib/export/csv';
import { scorecardPdf } from '@/lib/export/pdf';
import { scorecardXlsx } from '@/lib/export/xlsx';
import { loadMessages } from '@/lib/i18n/messages';
import { recordOutcome } from '@/lib/outcomes/mutations';
import { assignTargetUnits, createUnit } from '@/lib/responsible-units/mutations';
import { roundBriefingDocx } from '@/lib/round-outputs/briefing-docx';
import { loadRoundOutputs } from '@/lib/round-outputs/data';
import { reminderMessage } from '@/lib/reminders/message';
import { roundSummaryXlsx } from '@/lib/round-outputs/summary-xlsx';
import { openRound } from '@/lib/rounds/mutations';
import { openScorecard } from '@/lib/scorecard/rows';
import { createUser } from '@/lib/users/mutations';
import { makeUser } from './fixtures/users';
// Aliased: the name "use…" reads as a React hook to the linter.
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();
const CONTROLS = ['\u202E', '\u202A', '\u202D', '\u2066', '\u2067', '\u2069', '\u200E', '\u200F'];
const ANY_CONTROL = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

async function bytes(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

describe('direction controls in names', () => {
  it('refuses them in unit, user and district names with a message in both languages, storing nothing', async () => {
    const admin = await makeUser(db, 'bidi-admin', 'admin');
    const liangping = await db.district.findUniqueOrThrow({ where: { code: '500155' }, select: { id: true } });
    const before = { units: await db.responsibleUnit.count(), users: await db.user.count(), districts: await db.district.count() };
    for (const control of CONTROLS) {
      expect(await executeAction(createUnit, { db, user: admin }, { districtId: liangping.id, name: `区财政局${control}RTL`, shortName: '区财政局' }))
        .toMatchObject({ ok: false, code: 'validation', fieldErrors: { name: 'direction_controls' } });
    }
    expect(await executeAction(createUnit, { db, user: admin }, { districtId: liangping.id, name: '区财政局', shortName: `财政${'\u202E'}局` }))
      .toMatchObject({ ok: false, fieldErrors: { shortName: 'direction_controls' } });
    expect(await executeAction(createUser, { db, user: admin }, { username: 'bidi-staff', displayName: '填报员\u202ERTL', role: 'reviewer', password: 'a-long-enough-password' }))
      .toMatchObject({ ok: false, code: 'validation', fieldErrors: { displayName: 'direction_controls' } });
    expect(await executeAction(createDistrict, { db, user: admin }, {
      code: '110101', nameZh: '东城区\u2067', nameEn: 'Dongcheng', pinyin: 'dongcheng', provinceZh: '北京市', provinceEn: 'Beijing',
    })).toMatchObject({ ok: false, code: 'validation', fieldErrors: { nameZh: 'direction_controls' } });
    expect({ units: await db.responsibleUnit.count(), users: await db.user.count(), districts: await db.district.count() }).toEqual(before);
    // Ordinary names still pass.
    expect(await executeAction(createUnit, { db, user: admin }, { districtId: liangping.id, name: '区财政局', shortName: '区财政局' })).toMatchObject({ ok: true });

    expect((loadMessages('zh').validation as Record<string, string>).direction_controls).toBe('含有不可见的方向控制字符，请删除后重试。');
    expect((loadMessages('en').validation as Record<string, string>).direction_controls).toBe('Contains invisible text-direction characters; remove them and try again.');
  });

  it('strips them from the exports of names stored before the rule', async () => {
    // Stored straight in the database, as a value typed before the rule would be.
    const zhanggong = await db.district.update({ where: { code: '360702' }, data: { nameZh: '章贡区\u202E测试' }, select: { id: true } });
    const unit = await db.responsibleUnit.create({ data: { districtId: zhanggong.id, name: '区统计局\u202ERTL', shortName: '统计\u2067局' } });
    const target = await db.target.findFirstOrThrow({ where: { districtId: zhanggong.id, year: 2024, indicator: { key: 'gdp' } }, select: { id: true } });
    const admin = await makeUser(db, 'bidi-exporter', 'admin');
    expect(await executeAction(assignTargetUnits, { db, user: admin }, { targetId: target.id, leadUnitId: String(unit.id), coUnitIds: [] })).toMatchObject({ ok: true });

    const scorecard = () => openScorecard({ district: '360702', year: 2024 });
    const csv = (await bytes(scorecardCsv(await scorecard(), 'zh'))).toString('utf8');
    expect(csv).toContain('章贡区测试');
    expect(csv).toContain('区统计局RTL');
    expect(csv).not.toMatch(ANY_CONTROL);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytes(scorecardXlsx(await scorecard(), 'zh'))) as unknown as ArrayBuffer);
    const xlsxText = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String)).join('\n');
    expect(xlsxText).toContain('章贡区测试');
    expect(xlsxText).not.toMatch(ANY_CONTROL);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bidi-'));
    const file = path.join(dir, 'scorecard.pdf');
    fs.writeFileSync(file, await bytes(scorecardPdf(await scorecard(), 'zh')));
    const pdfText = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    fs.rmSync(dir, { recursive: true });
    expect(pdfText.replace(/\s+/g, '')).toContain('章贡区测试');
    expect(pdfText).not.toMatch(ANY_CONTROL);

    const roundId = (await executeAction(openRound, { db, user: admin }, { districtId: zhanggong.id, year: 2024, periodMonths: 6, dueOn: '2024-07-10' }) as { ok: true; data: { roundId: number } }).data.roundId;
    const { summary } = (await loadRoundOutputs(roundId, { sql: db, now: new Date('2024-07-01T02:00:00Z') }))!;
    const docx = strFromU8(unzipSync(new Uint8Array(await roundBriefingDocx(summary, 'zh')))['word/document.xml']!);
    expect(docx).toContain('章贡区测试');
    expect(docx).not.toMatch(ANY_CONTROL);
    const round = new ExcelJS.Workbook();
    await round.xlsx.load((await roundSummaryXlsx(summary, 'zh')) as unknown as ArrayBuffer);
    const roundText = round.worksheets[0]!.getSheetValues().flat().map(String).join('\n');
    expect(roundText).toContain('统计局');
    expect(roundText).not.toMatch(ANY_CONTROL);
  });

  it('strips them from quotes and source titles in the CSV (text from documents is not refused on input)', async () => {
    // An outcome recorded as usual, then its quote, the target's quote and the documents'
    // titles given controls in the database, as text copied from a document could hold them.
    // Outcomes are append-only: their trigger is held off for that one write.
    const bozhou = await db.district.findUniqueOrThrow({ where: { code: '520304' }, select: { id: true } });
    const gdp = await db.target.findFirstOrThrow({ where: { districtId: bozhou.id, year: 2025, indicator: { key: 'gdp' } }, select: { id: true, quote: true, sourceDocumentId: true } });
    const staff = await makeUser(db, 'bidi-recorder', 'staff', [bozhou.id]);
    // Made-up fixture text, labelled as such: not an official figure.
    const document = { documentId: 'new', newKind: 'statistical_bulletin', newTitle: '测试夹具 bidi fixture', newText: '测试夹具（非官方数据）：地区生产总值同比增长6.2%。' };
    expect(await executeAction(recordOutcome, { db, user: staff }, {
      targetId: gdp.id, baseRevision: 0, value: '6.2', unit: '%', vintage: 'preliminary', quote: '地区生产总值同比增长6.2%', ...document,
    })).toMatchObject({ ok: true });
    const outcomeDocument = await db.sourceDocument.findFirstOrThrow({ where: { title: document.newTitle }, select: { id: true } });
    await db.target.update({ where: { id: gdp.id }, data: { quote: `\u202E${gdp.quote}\u2069` } });
    await db.$executeRaw`UPDATE source_document SET title = title || E'\\u200F' WHERE id IN (${gdp.sourceDocumentId}, ${outcomeDocument.id})`;
    await db.$transaction([
      db.$executeRawUnsafe('ALTER TABLE outcome DISABLE TRIGGER outcome_append_only'),
      db.$executeRaw`UPDATE outcome SET quote = E'\\u2066' || quote || E'\\u202C' WHERE source_document_id = ${outcomeDocument.id}`,
      db.$executeRawUnsafe('ALTER TABLE outcome ENABLE TRIGGER outcome_append_only'),
    ]);
    expect(await db.outcome.count({ where: { sourceDocumentId: outcomeDocument.id, quote: '\u2066地区生产总值同比增长6.2%\u202C' } })).toBe(1);

    const csv = (await bytes(scorecardCsv(await openScorecard({ district: '520304', year: 2025 }), 'zh'))).toString('utf8');
    expect(csv).not.toMatch(ANY_CONTROL);
    expect(csv).toContain(',地区生产总值同比增长6.2%,');
    expect(csv).toContain(',测试夹具 bidi fixture,');
    const sourceTitle = (await db.sourceDocument.findUniqueOrThrow({ where: { id: gdp.sourceDocumentId }, select: { title: true } })).title;
    expect(sourceTitle).toMatch(ANY_CONTROL);
    expect(csv).toContain(sourceTitle.replace(ANY_CONTROL, ''));
    expect(csv).toContain(gdp.quote.includes(',') || gdp.quote.includes('"') ? gdp.quote.replaceAll('"', '""') : gdp.quote);
  });

  it('refuses them in a round\'s title (it heads the round\'s pages, to-dos and e-mails), opening nothing', async () => {
    const admin = await makeUser(db, 'bidi-rounds', 'admin');
    const district = await db.district.findUniqueOrThrow({ where: { code: '500155' }, select: { id: true } });
    const unit = await db.responsibleUnit.create({ data: { districtId: district.id, name: '区标题测试局', shortName: '标题测试局' } });
    const target = await db.target.findFirstOrThrow({ where: { districtId: district.id }, select: { id: true, year: true } });
    expect(await executeAction(assignTargetUnits, { db, user: admin }, { targetId: target.id, leadUnitId: String(unit.id), coUnitIds: [] })).toMatchObject({ ok: true });
    const before = await db.reportingRound.count();
    for (const control of CONTROLS) {
      expect(await executeAction(openRound, { db, user: admin }, { districtId: district.id, year: target.year, periodMonths: 6, dueOn: `${target.year}-07-10`, title: `上半年${control}检查` }))
        .toMatchObject({ ok: false, code: 'validation', fieldErrors: { title: 'direction_controls' } });
    }
    expect(await db.reportingRound.count()).toBe(before);
    expect(await executeAction(openRound, { db, user: admin }, { districtId: district.id, year: target.year, periodMonths: 6, dueOn: `${target.year}-07-10`, title: '上半年检查' }))
      .toMatchObject({ ok: true });
  });

  it('strips them from reminder e-mails built from stored names and wordings', () => {
    const message = reminderMessage({
      kind: 'due_soon', daysLeft: 2, round: { zh: '2025年上半年\u202E检查', en: '2025 H1\u2067' }, district: { zh: '梁平区\u200F', en: 'Liangping' },
      unit: '区财政局\u202ERTL', dueDate: '2025-07-10', items: ['\u2066地区生产总值增长6%左右\u2069'], todoUrl: 'http://localhost/todo',
    });
    expect(message.subject).not.toMatch(ANY_CONTROL);
    expect(message.text).not.toMatch(ANY_CONTROL);
    expect(message.subject).toContain('2025年上半年检查');
    expect(message.text).toContain('区财政局RTL');
    expect(message.text).toContain('1. 地区生产总值增长6%左右');
  });
});
