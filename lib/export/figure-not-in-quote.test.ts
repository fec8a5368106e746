// Evidence that does not state its figure literally is marked in every file: an outcome
// recorded with "原文未直接载明该数值" carries the recorder's reason into 备注 of the CSV,
// the XLSX and the PDF (read back with real readers), in the file's language; a figure
// its quote states gets no such remark.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import { recordOutcome } from '@/lib/outcomes/mutations';
import { openScorecard, type Scorecard } from '@/lib/scorecard/rows';
import { makeUser } from '@/tests/fixtures/users';
import { useTestDatabase } from '@/tests/test-database';
import { scorecardCsv } from './csv';
import { scorecardPdf } from './pdf';
import { scorecardXlsx } from './xlsx';

// Made-up fixture text, labelled as such: not an official figure.
const TEXT = '测试夹具（非官方数据）：2025年城镇新增就业情况另行公布；地区生产总值同比增长6.2%。';
const REASON = '由各街道分项数据相加得出（测试夹具）';

async function bytes(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

describe('figure not in quote, in the exports', () => {
  let scorecard: Scorecard;

  beforeAll(async () => {
    const { db } = await useTestDatabase();
    const bozhou = await db.district.findUniqueOrThrow({ where: { code: '520304' } });
    const staff = await makeUser(db, 'remarks-recorder', 'staff', [bozhou.id]);
    const jobs = await db.target.findFirstOrThrow({ where: { districtId: bozhou.id, year: 2025, indicator: { key: 'new_urban_jobs' } } });
    const gdp = await db.target.findFirstOrThrow({ where: { districtId: bozhou.id, year: 2025, indicator: { key: 'gdp' } } });
    const document = { documentId: 'new', newKind: 'statistical_bulletin', newTitle: '测试夹具 remarks fixture', newText: TEXT };
    const notStated = await executeAction(recordOutcome, { db, user: staff }, {
      targetId: jobs.id, baseRevision: 0, value: '13400', unit: '人', vintage: 'preliminary', quote: '城镇新增就业情况另行公布',
      figureNotInQuote: 'on', figureNotInQuoteReason: REASON, ...document,
    });
    expect(notStated.ok).toBe(true);
    const doc = await db.sourceDocument.findFirstOrThrow({ where: { title: document.newTitle } });
    const stated = await executeAction(recordOutcome, { db, user: staff }, {
      targetId: gdp.id, baseRevision: 0, value: '6.2', unit: '%', vintage: 'preliminary', quote: '地区生产总值同比增长6.2%', documentId: String(doc.id),
    });
    expect(stated.ok).toBe(true);
    scorecard = await openScorecard({ district: '520304', year: 2025 });
  });

  it('CSV: 备注 states that the source does not give the figure, and why', async () => {
    for (const [locale, heading, mark, remark] of [
      ['zh', '备注（判定说明）', '原文未直接载明该数值', `【原文未直接载明该数值：${REASON}】`],
      ['en', 'Remarks (how it was decided)', 'The source does not state this figure directly', `[The source does not state this figure directly: ${REASON}]`],
    ] as const) {
      const records = parse(await bytes(scorecardCsv(scorecard, locale)), { bom: true }) as string[][];
      const header = records[0]!;
      const remarks = (asWritten: string) => records.find((record) => record.includes(asWritten))![header.indexOf(heading)]!;
      expect(remarks('1.3万人')).toContain(remark);
      expect(remarks('6.5%左右')).not.toContain(mark);
    }
  });

  it('XLSX: the printed 备注 column carries the remark', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytes(scorecardXlsx(scorecard, 'zh'))) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('目标任务落实情况')!;
    const header = (sheet.getRow(3).values as unknown[]).map(String);
    const rows = [...Array(sheet.rowCount).keys()].map((index) => sheet.getRow(index + 1));
    const jobs = rows.find((row) => row.getCell(header.indexOf('目标（原文）')).value === '1.3万人')!;
    expect(String(jobs.getCell(header.indexOf('备注（判定说明）')).value)).toContain(`原文未直接载明该数值：${REASON}`);
    const gdp = rows.find((row) => row.getCell(header.indexOf('目标（原文）')).value === '6.5%左右')!;
    expect(String(gdp.getCell(header.indexOf('备注（判定说明）')).value)).not.toContain('原文未直接载明');
  });

  it('PDF: the remark is printed with the row', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-remarks-')), 'remarks.pdf');
    fs.writeFileSync(file, await bytes(scorecardPdf(scorecard, 'zh')));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(`原文未直接载明该数值：${REASON}`.replace(/\s+/g, ''));
    expect(text.split('原文未直接载明该数值').length - 1).toBe(1);
  });
});
