import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { createUser, replaceTemporaryPassword, signInAs, signInAsAdmin } from './support/auth';

// A round's 督查通报 on its page and its 推进情况汇总表 downloaded as DOCX and XLSX from
// the page's links, read back; on 章贡区's 2030, a district and year no other spec writes
// (its target comes from a document this spec writes, labelled as a test). Units of
// 章贡区 are counted by no other spec. Screenshots: test-results/screenshots/round-outputs-*.png.
const CODE = '360702';
const DISTRICT = '章贡区';
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/round-outputs-${name}.png`, fullPage: true });

function docxParagraphs(file: string): string[] {
  const xml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(file)))['word/document.xml']!);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) =>
    [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((run) => (run[0] === '<w:tab/>' ? '\t' : run[1] ?? '')).join(''));
}

async function download(page: Page, name: RegExp): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('round-briefing').getByRole('link', { name }).click()]);
  return file.path();
}

test('the round page shows the 督查通报; the 汇总表 downloads as DOCX and XLSX and reads back', async ({ page, browser, playwright, baseURL }) => {
  test.setTimeout(300_000);
  const suffix = Date.now().toString(36);
  await signInAsAdmin(page);

  await page.goto('/targets/new');
  await page.getByRole('combobox', { name: '区县' }).selectOption({ label: DISTRICT });
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('指标').selectOption({ label: '城镇新增就业' });
  await page.getByLabel('年份').fill('2030');
  await page.getByLabel('口径').selectOption('level');
  await page.getByLabel('目标原文').fill('4500人以上');
  await page.getByLabel('来源文件').selectOption('new');
  await page.getByLabel('文件类型').selectOption('work_report');
  await page.getByLabel('标题').fill(`章贡区2030年目标（汇总表测试 ${suffix}）`);
  await page.getByLabel('文件正文').fill('【端到端测试夹具，非官方数据】2030年主要预期目标：城镇新增就业4500人以上。');
  await page.getByLabel('原文引文').fill('城镇新增就业4500人以上');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('form-status')).toHaveText('目标已保存。');

  await page.goto(`/units/${CODE}?year=2030`);
  const create = page.getByRole('form', { name: '新增责任单位' });
  await create.getByLabel('单位全称').fill('区人力资源和社会保障局');
  await create.getByLabel('简称').fill('区人力社保局');
  await create.getByRole('button', { name: '添加单位' }).click();
  await expect(create.getByTestId('form-status')).toHaveText('责任单位已添加。');
  await page.reload();
  const jobs = page.getByRole('form', { name: /^城镇新增就业：4500人以上/ });
  await jobs.getByLabel('牵头单位').selectOption({ label: '区人力社保局' });
  await jobs.getByRole('button', { name: '保存分工' }).click();
  await expect(jobs.getByTestId('form-status')).toHaveText('分工已保存。');
  const keyTask = page.getByRole('form', { name: '添加重点工作' });
  await keyTask.getByLabel('重点工作（按报告原文）').fill('测试任务：建成社区食堂5个');
  await keyTask.getByLabel('牵头单位').selectOption({ label: '区人力社保局' });
  await keyTask.getByRole('button', { name: '添加重点工作' }).click();
  await expect(keyTask.getByTestId('form-status')).toHaveText('重点工作已添加。');

  await page.goto(`/units/${CODE}/rounds`);
  const open = page.getByRole('form', { name: '发起填报轮次' });
  await open.getByLabel('年度').selectOption('2030');
  await open.getByLabel('期间').selectOption({ label: '上半年' });
  await open.getByLabel('截止日期').fill('2030-07-10');
  await open.getByRole('button', { name: '发起轮次' }).click();
  await expect(open.getByTestId('form-status')).toHaveText('已发起填报轮次，生成 2 项填报任务。');
  await page.reload();
  const roundHref = (await page.getByRole('link', { name: '2030年上半年' }).getAttribute('href'))!;

  // The figure (admins may report for any unit): 1800 of the 2250 that 1—6月 needs.
  await page.goto(roundHref);
  await page.getByTestId('summary-row').filter({ hasText: '城镇新增就业4500人以上' }).getByRole('link', { name: '区人力社保局' }).click();
  await page.getByRole('textbox', { name: '数值', exact: true }).fill('1800');
  await page.getByLabel('来源文件', { exact: true }).selectOption('new');
  await page.getByLabel('标题', { exact: true }).fill(`章贡区2030年上半年就业进度（汇总表测试 ${suffix}）`);
  await page.getByLabel('文件正文', { exact: true }).fill('【端到端测试夹具，非官方数据】2030年1—6月，全区城镇新增就业1800人。');
  await page.getByLabel('原文引文', { exact: true }).fill('城镇新增就业1800人');
  await page.getByRole('button', { name: '报送' }).click();
  await expect(page.getByTestId('item-state')).toContainText('已报送');

  await page.goto(roundHref);
  const briefing = page.getByTestId('round-briefing');
  await expect(briefing.getByRole('heading', { name: '督查通报' })).toBeVisible();
  const sentence = '列入本次通报的量化指标1项，达到序时进度0项、占比0.0%；未达到序时进度的为：城镇新增就业4500人以上（上半年累计1800人，区人力社保局牵头）。'
    + '列入本次通报的重点工作1项，已完成0项、序时推进0项、滞后0项、待填报1项。';
  await expect(briefing).toContainText(sentence);
  await shot(page, 'page-zh-1280');

  const docx = docxParagraphs(await download(page, /Word/));
  expect(docx[0]).toBe('章贡区2030年政府工作报告目标任务上半年推进情况汇总表');
  expect(docx[1]).toMatch(/^填报单位：章贡区\t填报日期：\d{4}年\d{1,2}月\d{1,2}日$/);
  expect(docx.slice(2, 14)).toEqual([
    '序号', '目标任务', '责任单位', '上半年推进情况', '序时进度判定',
    '一、经济社会发展主要预期目标', '1', '城镇新增就业4500人以上', '区人力社保局（牵头）', '上半年累计1800人', `来源：章贡区2030年上半年就业进度（汇总表测试 ${suffix}）`, '未达到序时进度',
  ]);
  expect(docx.slice(14, 20)).toEqual(['二、重点工作', '1', '测试任务：建成社区食堂5个', '区人力社保局（牵头）', '未填报', '待填报']);
  expect(docx.at(-1)).toBe(sentence);
  // The 通报 on its own: title, office and date, then the same sentence.
  const notice = docxParagraphs(await download(page, /通报全文/));
  expect(notice[0]).toBe('关于《章贡区2030年政府工作报告》目标任务上半年推进情况的通报');
  expect(notice[1]).toMatch(/^通报单位：章贡区人民政府办公室\t\d{4}年\d{1,2}月\d{1,2}日$/);
  expect(notice.slice(2, 5)).toEqual(['一、总体情况', sentence, '二、未达到序时进度、滞后及逾期未报送的事项']);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download(page, /Excel/));
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getCell('A1').value).toBe('章贡区2030年政府工作报告目标任务上半年推进情况汇总表');
  expect((sheet.getRow(5).values as unknown[]).slice(1)).toEqual([1, '城镇新增就业4500人以上', '区人力社保局（牵头）', `上半年累计1800人\n来源：章贡区2030年上半年就业进度（汇总表测试 ${suffix}）`, '未达到序时进度']);
  expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '3:3' });

  // Checked on the server: anonymous callers sign in first; staff of another district are refused.
  const fileUrl = `${roundHref}/summary.docx`;
  const anonymous = await playwright.request.newContext({ baseURL });
  const refused = await anonymous.get(fileUrl, { maxRedirects: 0 });
  expect(refused.status()).toBe(307);
  expect(refused.headers().location).toContain('/sign-in');
  await createUser(page, { username: `ro-out-${suffix}`, displayName: '汇总表外区', role: '工作人员', password: 'ro-out-temp-1', district: '梁平区' });
  const outsider = await (await browser.newContext()).newPage();
  await signInAs(outsider, `ro-out-${suffix}`, 'ro-out-temp-1');
  await replaceTemporaryPassword(outsider, 'ro-out-temp-1', 'ro-out-final-1');
  expect((await outsider.request.get(fileUrl)).status()).toBe(403);

  await page.goto(roundHref);
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'page-zh-390');
  await page.getByRole('button', { name: /English/ }).click();
  await expect(briefing.getByRole('heading', { name: 'Supervision briefing' })).toBeVisible();
  await expect(briefing).toContainText('Quantified targets in this briefing: 1, of which 0 on pace (0.0%); behind pace: New urban jobs');
  await shot(page, 'page-en-390');
  const english = new ExcelJS.Workbook();
  await english.xlsx.readFile(await download(page, /Excel/));
  expect(english.worksheets[0]!.getCell('A1').value).toBe('Zhanggong District: 2030 Government Work Report targets and tasks, progress summary (H1)');
});
