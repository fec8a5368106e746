// Imports real CSV and XLSX files into a seeded database.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/sessions';
import type { Db } from '@/lib/db/client';
import { useTestDatabase } from '@/tests/test-database';
import { importOutcomes } from './actions';
import { IMPORT_COLUMNS, templateCsv } from './parse-file';

let db: Db;
let admin: SessionUser;
let staff: SessionUser;
let bozhouDocumentId: number;

const header = IMPORT_COLUMNS.join(',');
// 2024 GDP of Bozhou, revised to a preliminary vintage of the figure the same report states; and a new 2024 CPI figure.
const goodRows = (documentId: number) => [
  `520304,gdp,2024,growth,5,%,preliminary,${documentId},,,地区生产总值增长5%,`,
  `520304,budget_revenue,2024,growth,2.8,%,estimate,${documentId},,,一般公共预算收入增长2.8%,`,
];
const csv = (lines: string[]) => new TextEncoder().encode(`\uFEFF${header}\n${lines.join('\n')}\n`);

async function run(user: SessionUser, mode: 'preview' | 'commit', name: string, bytes: Uint8Array) {
  const result = await executeAction(importOutcomes, { db, user }, { mode, file: { name, bytes } });
  if (!result.ok) throw new Error(`import failed: ${result.code}`);
  return result.data;
}

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  const bozhou = await db.district.findUniqueOrThrow({ where: { code: '520304' } });
  bozhouDocumentId = (await db.sourceDocument.findFirstOrThrow({ where: { districtId: bozhou.id, year: 2025 } })).id;
  const adminRow = await db.user.create({ data: { username: 'import-admin', displayName: 'Import Admin', passwordHash: 'x', role: 'admin' } });
  const staffRow = await db.user.create({ data: { username: 'import-staff', displayName: 'Import Staff', passwordHash: 'x', role: 'staff', districts: { create: { districtId: bozhou.id } } } });
  admin = { id: adminRow.id, username: adminRow.username, displayName: adminRow.displayName, role: 'admin', mustChangePassword: false, districtIds: [] };
  staff = { id: staffRow.id, username: staffRow.username, displayName: staffRow.displayName, role: 'staff', mustChangePassword: false, districtIds: [bozhou.id] };
});

describe('outcome import', () => {
  it('previews each row as revise / unchanged / error with the reason', async () => {
    const bad = [
      '999999,gdp,2024,growth,5,%,estimate,1,,,x,',
      '520304,nonsense,2024,growth,5,%,estimate,1,,,x,',
      `520304,gdp,2024,growth,五,%,estimate,${bozhouDocumentId},,,地区生产总值增长5%,`,
      `520304,gdp,2024,growth,5,亿元,estimate,${bozhouDocumentId},,,地区生产总值增长5%,`,
      '520304,gdp,2024,growth,5,%,estimate,,,,地区生产总值增长5%,',
      `520304,gdp,2024,growth,5,%,estimate,${bozhouDocumentId},,,这句话不在报告里,`,
      // The quote is in the report but states another figure.
      `520304,gdp,2024,growth,5.2,%,estimate,${bozhouDocumentId},,,地区生产总值增长5%,`,
    ];
    const { plan } = await run(admin, 'preview', 'outcomes.csv', csv([...goodRows(bozhouDocumentId), `520304,gdp,2024,growth,5,%,estimate,${bozhouDocumentId},,,地区生产总值增长5%,`, ...bad]));
    expect(plan.map((row) => row.status)).toEqual(['revise', 'unchanged', 'revise', 'error', 'error', 'error', 'error', 'error', 'error', 'error']);
    const reasons = plan.flatMap((row) => (row.status === 'error' ? [row.errors.map((error) => error.zh).join('；')] : []));
    expect(reasons[0]).toContain('未知区县');
    expect(reasons[1]).toContain('未知指标');
    expect(reasons[2]).toContain('阿拉伯数字');
    expect(reasons[3]).toContain('单位不符');
    expect(reasons[4]).toContain('缺少来源文件');
    expect(reasons[5]).toContain('引文在来源文件中找不到');
    const mismatch = plan.at(-1)!;
    expect(mismatch.status === 'error' && mismatch.errors).toEqual([
      { zh: '引文中没有数值 5.2%（已按单位换算核对）', en: 'the quote does not state 5.2 % (unit conversion considered)' },
    ]);
  });

  it('refuses a new source text past 100,000 characters, as a pasted report is (lib/documents/limits.ts)', async () => {
    const text = `地区生产总值增长5%。${'文'.repeat(100_000)}`;
    const { plan } = await run(admin, 'preview', 'long.csv', csv([`520304,gdp,2024,growth,5,%,estimate,,过长的来源正文,${text},地区生产总值增长5%,`]));
    expect(plan.map((row) => row.status)).toEqual(['error']);
    expect(plan[0]!.status === 'error' && plan[0]!.errors).toContainEqual({ zh: '来源正文过长（超过 100,000 字）', en: 'source text too long (over 100,000 characters)' });
  });

  it('commits nothing when one row is bad, and reports that row', async () => {
    const before = await db.outcome.count();
    const result = await run(admin, 'commit', 'outcomes.csv', csv([...goodRows(bozhouDocumentId), '520304,gdp,2024,growth,abc,%,estimate,1,,,x,']));
    expect(result.applied).toBe(false);
    expect(result.plan.find((row) => row.status === 'error')?.line).toBe(4);
    expect(await db.outcome.count()).toBe(before);
  });

  it('commits a good XLSX file with audit entries, and a re-import is a no-op', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('outcomes');
    sheet.addRow([...IMPORT_COLUMNS]);
    for (const line of goodRows(bozhouDocumentId)) sheet.addRow(line.split(','));
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const before = await db.outcome.count();
    const first = await run(staff, 'commit', 'outcomes.xlsx', bytes);
    expect(first).toMatchObject({ applied: true, revised: 1, unchanged: 1 });
    expect(await db.outcome.count()).toBe(before + 1);
    const revised = await db.outcome.findFirstOrThrow({ where: { district: { code: '520304' }, indicator: { key: 'gdp' }, year: 2024 }, orderBy: { revision: 'desc' } });
    expect(revised).toMatchObject({ revision: 2, vintage: 'preliminary', recordedById: staff.id });
    expect(revised).toMatchObject({ vintage: 'preliminary' });
    expect(revised.value.toString()).toBe('5');
    expect(await db.auditLog.count({ where: { action: 'outcome.record', entityId: String(revised.id) } })).toBe(1);
    const again = await run(staff, 'commit', 'outcomes.xlsx', bytes);
    expect(again).toMatchObject({ applied: true, created: 0, revised: 0, unchanged: 2 });
    expect(await db.outcome.count()).toBe(before + 1);
  });

  it('refuses rows of districts a staff member does not hold, and reviewers altogether', async () => {
    const { plan } = await run(staff, 'preview', 'o.csv', csv(['360702,gdp,2023,growth,5,%,estimate,1,,,x,']));
    expect(plan[0]?.status === 'error' && plan[0].errors[0]?.zh).toContain('无权导入');
    const reviewer = await executeAction(importOutcomes, { db, user: { ...staff, role: 'reviewer' } }, { mode: 'preview', file: { name: 'o.csv', bytes: csv([]) } });
    expect(reviewer).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('offers a template whose example row previews cleanly', async () => {
    const { plan } = await run(admin, 'preview', 'template.csv', new TextEncoder().encode(templateCsv()));
    // The earlier test revised this figure, so the example reads as a revision back; what matters is that it is valid.
    expect(plan).toHaveLength(1);
    expect(plan[0]?.status).not.toBe('error');
  });
});
