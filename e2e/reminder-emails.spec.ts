import { expect, test } from '@playwright/test';
import { E2E_REMINDER_INTERVAL_SECONDS } from '../playwright.config';
import { createUser, signInAsAdmin } from './support/auth';
import { readCapturedMail } from './support/smtp-capture';

// Reminder e-mails through a real SMTP server (the global setup's, e2e/support/smtp-capture.ts):
// the admin adds a district of this spec's own, gives a test unit there one target and two
// members (one with an e-mail address, one without) and opens two rounds, one due in two
// days and one already past due. The app's reminder loop sends one "due soon" and one
// "overdue" message to the member with an address, and nothing more in later passes. Other
// specs' rounds are due years ahead, so send nothing; this spec reads only messages naming its unit.
//
// Due dates must fall in the round's year or the next, so the year comes from the clock (the
// one before the overdue date's). A seeded district's year would sooner or later be one another
// spec needs empty, so everything happens in a district no other spec touches in any year: its
// code is 369xxx, which no real division, seed or other spec uses (Jiangxi's cities are
// 3601–3611; unit tests' 369xxx districts live in their own databases), derived from the time so
// that a rerun against a kept database (E2E_DATA_DIR) does not collide; the target comes from a
// document this spec writes, labelled as a test.
const UNIT = '区端到端提醒测试局';
const UNIT_SHORT = '区提醒测试局';
const DAY_MS = 86_400_000;

/** 369001–369999 without xx00 (a city's code, refused for a district), from the clock. */
function reminderDistrictCode(): string {
  const n = Math.floor(Date.now() / 1000) % 990;
  return String(369001 + n + Math.floor(n / 99));
}

/** A Beijing calendar day, `days` from today, as "YYYY-MM-DD". */
function beijingDay(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * DAY_MS).toISOString().slice(0, 10);
}

test('a unit gets one "due soon" and one "overdue" e-mail per round, once each', async ({ page }) => {
  test.setTimeout(180_000);
  const suffix = Date.now().toString(36);
  const dueSoon = beijingDay(2);
  const overdue = beijingDay(-3);
  const year = Number(overdue.slice(0, 4)) - 1;
  const withEmail = `rem-a-${suffix}`;
  const withoutEmail = `rem-b-${suffix}`;
  const address = `${withEmail}@e2e.test`;
  const CODE = reminderDistrictCode();
  const DISTRICT = `提醒测试区${CODE}`;
  await signInAsAdmin(page);

  await page.goto('/admin/districts');
  const add = page.getByRole('form', { name: '新增区县' });
  await add.getByLabel('行政区划代码').fill(CODE);
  await add.getByLabel('中文名称').fill(DISTRICT);
  await add.getByLabel('英文名称').fill(`Reminder Test District ${CODE}`);
  await add.getByLabel('拼音').fill(`Tixing Ceshi ${CODE}`);
  await add.getByLabel('省级（中文）').fill('江西省');
  await add.getByLabel('省级（英文）').fill('Jiangxi');
  await add.getByRole('button', { name: '创建区县' }).click();
  await expect(add.getByTestId('form-status')).toHaveText('区县已创建。');

  await page.goto('/targets/new');
  await page.getByRole('combobox', { name: '区县' }).selectOption({ label: DISTRICT });
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('指标').selectOption({ label: '城镇新增就业' });
  await page.getByLabel('年份').fill(String(year));
  await page.getByLabel('口径').selectOption('level');
  await page.getByLabel('目标原文').fill('4000人以上');
  await page.getByLabel('来源文件').selectOption('new');
  await page.getByLabel('文件类型').selectOption('work_report');
  await page.getByLabel('标题').fill(`${DISTRICT}${year}年目标（提醒邮件测试 ${suffix}）`);
  await page.getByLabel('文件正文').fill(`【端到端测试夹具，非官方数据】${year}年主要预期目标：城镇新增就业4000人以上。`);
  await page.getByLabel('原文引文').fill('城镇新增就业4000人以上');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('form-status')).toHaveText('目标已保存。');

  await createUser(page, { username: withEmail, displayName: withEmail, role: '工作人员', password: `${withEmail}-temp`, district: DISTRICT, email: address });
  await createUser(page, { username: withoutEmail, displayName: withoutEmail, role: '工作人员', password: `${withoutEmail}-temp`, district: DISTRICT });

  await page.goto(`/units/${CODE}?year=${year}`);
  const create = page.getByRole('form', { name: '新增责任单位' });
  await create.getByLabel('单位全称').fill(UNIT);
  await create.getByLabel('简称').fill(UNIT_SHORT);
  await create.getByRole('button', { name: '添加单位' }).click();
  await expect(create.getByTestId('form-status')).toHaveText('责任单位已添加。');
  await page.reload();
  const unit = page.getByTestId('unit').filter({ hasText: UNIT_SHORT });
  await unit.getByLabel(withEmail).check();
  await unit.getByLabel(withoutEmail).check();
  await unit.getByRole('button', { name: '保存账号' }).click();
  await expect(unit.getByText('已保存。')).toBeVisible();
  const jobs = page.getByRole('form', { name: /^城镇新增就业：4000人以上/ });
  await jobs.getByLabel('牵头单位').selectOption({ label: UNIT_SHORT });
  await jobs.getByRole('button', { name: '保存分工' }).click();
  await expect(jobs.getByTestId('form-status')).toHaveText('分工已保存。');

  await page.goto(`/units/${CODE}/rounds`);
  const open = page.getByRole('form', { name: '发起填报轮次' });
  for (const [period, due] of [['一季度', overdue], ['上半年', dueSoon]] as const) {
    await open.getByLabel('年度').selectOption(String(year));
    await open.getByLabel('期间').selectOption({ label: period });
    await open.getByLabel('截止日期').fill(due);
    await open.getByRole('button', { name: '发起轮次' }).click();
    await expect(open.getByTestId('form-status')).toHaveText('已发起填报轮次，生成 1 项填报任务。');
    // The form resets after a success; the next round starts from a fresh page.
    await page.reload();
  }

  // This spec's messages: those naming its unit (the subject carries the unit's name).
  const mine = () => readCapturedMail().filter((mail) => mail.subject.includes(`（${UNIT}，`));
  const expected = [
    { to: [address], subject: expect.stringMatching(new RegExp(`^【逾期催办】${year}年一季度推进情况已于.+截止（${UNIT}，1项未填报） / Overdue: `)) },
    { to: [address], subject: expect.stringMatching(new RegExp(`^【填报提醒】${year}年上半年推进情况将于.+截止（${UNIT}，1项待填报） / `)) },
  ];
  const received = () => mine().map(({ to, subject }) => ({ to, subject }));
  await expect.poll(() => mine().length, { timeout: 20_000, intervals: [500] }).toBe(2);
  expect(received()).toEqual(expect.arrayContaining(expected));
  const overdueMail = mine().find((mail) => mail.subject.startsWith('【逾期催办】'))!;
  expect(overdueMail.text).toContain('城镇新增就业4000人以上');
  expect(overdueMail.text).toContain('（已逾期3天）');
  expect(mine().find((mail) => mail.subject.startsWith('【填报提醒】'))!.text).toContain('（还有2天）');

  // Two more passes of the loop send nothing again.
  await page.waitForTimeout((2 * E2E_REMINDER_INTERVAL_SECONDS + 1) * 1000);
  expect(received()).toHaveLength(2);
  expect(received()).toEqual(expect.arrayContaining(expected));
});
