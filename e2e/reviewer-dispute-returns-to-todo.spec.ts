import { expect, test } from '@playwright/test';
import { createUser, replaceTemporaryPassword, signInAs, signInAsAdmin } from './support/auth';

// Made-up text for this test only, labelled as a fixture: not an official figure.
const FIXTURE_TEXT = '【端到端测试夹具，非官方数据】章贡区2024年地区生产总值同比增长5.9%，核实后为6.0%（测试用语句）。';
const FIRST_QUOTE = '地区生产总值同比增长5.9%';
const SECOND_QUOTE = '核实后为6.0%';
const REASON = '与统计公报不符，请核对（测试）';

test('a reviewer disputes a figure: it returns to the recorder’s to-do with the reason, and leaves it once recorded again', async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await browser.newPage();
  await signInAsAdmin(admin);
  await createUser(admin, { username: 'zg-staff', displayName: '章贡录入员', role: '工作人员', password: 'temporary-pass-zg1', district: '章贡区' });
  await createUser(admin, { username: 'zg-reviewer', displayName: '章贡审核员', role: '审核人', password: 'temporary-pass-zg2' });

  const staff = await (await browser.newContext()).newPage();
  await signInAs(staff, 'zg-staff', 'temporary-pass-zg1');
  await replaceTemporaryPassword(staff, 'temporary-pass-zg1', 'zg-staff-password-new');
  await staff.goto('/todo');
  const row = () => staff.getByTestId('todo-row').filter({ hasText: '地区生产总值' }).filter({ hasText: '6.2%左右' });
  await expect(row()).toHaveAttribute('data-todo', 'no_outcome');
  await row().getByRole('link', { name: /录入/ }).click();
  await staff.getByLabel('数值', { exact: true }).fill('5.9');
  await staff.getByLabel('数据口径').selectOption('final');
  await staff.getByLabel('来源文件').selectOption('new');
  await staff.getByLabel('标题').fill('端到端测试夹具 章贡区（非官方）');
  await staff.getByLabel('文件正文').fill(FIXTURE_TEXT);
  await staff.getByLabel('原文引文').fill(FIRST_QUOTE);
  await staff.getByRole('button', { name: '保存' }).click();
  await expect(staff.getByTestId('form-status')).toHaveText('已保存为第 1 版。');
  await staff.goto('/todo');
  await expect(row()).toHaveCount(0);
  await expect(staff.getByTestId('todo-count')).toHaveCount(0);

  // The reviewer disputes it with a reason.
  const reviewer = await (await browser.newContext()).newPage();
  await signInAs(reviewer, 'zg-reviewer', 'temporary-pass-zg2');
  await replaceTemporaryPassword(reviewer, 'temporary-pass-zg2', 'zg-reviewer-password-new');
  await reviewer.goto('/review');
  const reviewRow = reviewer.getByTestId('review-row').filter({ hasText: FIRST_QUOTE });
  await reviewRow.getByLabel('意见').fill(REASON);
  await reviewRow.getByRole('button', { name: '提出异议' }).click();
  await expect(reviewRow.getByTestId('form-status')).toHaveText('审核意见已保存。');

  // Back on the recorder's to-do, first, with the reason.
  await staff.goto('/todo');
  await expect(staff.getByTestId('todo-row').first()).toHaveAttribute('data-todo', 'disputed');
  await expect(row()).toHaveAttribute('data-todo', 'disputed');
  await expect(row().getByTestId('dispute-reason')).toHaveText(`审核意见：${REASON}`);
  // The header's to-do count holds the dispute, so it is seen from any page.
  await staff.goto('/');
  await expect(staff.getByTestId('todo-count')).toHaveText('1');
  await expect(staff.getByTestId('todo-count')).toHaveAttribute('aria-label', '1 项待办');
  await staff.goto('/todo');
  await staff.screenshot({ path: 'test-results/screenshots/todo-disputed-zh.png', fullPage: true });

  // Recorded again: it leaves the to-do.
  await row().getByRole('link', { name: /录入/ }).click();
  await staff.getByLabel('数值', { exact: true }).fill('6.0');
  await staff.getByLabel('数据口径').selectOption('final');
  await staff.getByLabel('来源文件').selectOption('new');
  await staff.getByLabel('标题').fill('端到端测试夹具 章贡区 核实（非官方）');
  await staff.getByLabel('文件正文').fill(FIXTURE_TEXT);
  await staff.getByLabel('原文引文').fill(SECOND_QUOTE);
  await staff.getByRole('button', { name: '保存' }).click();
  await expect(staff.getByTestId('form-status')).toHaveText('已保存为第 2 版。');
  const targetId = /\/targets\/(\d+)\//.exec(staff.url())?.[1];
  await staff.goto('/todo');
  await expect(row()).toHaveCount(0);
  await expect(staff.getByTestId('todo-count')).toHaveCount(0);

  // 6.0% against 6.2%左右 is 基本完成; the reviewer overrides it to 未完成, and that is the status the target page heads with.
  await reviewer.goto(`/targets/${targetId}/review`);
  await reviewer.getByLabel('审核方式').selectOption('override');
  await reviewer.getByLabel('判定结果').selectOption({ label: '未完成' });
  await reviewer.getByLabel('理由').fill('按统计公报口径未达预期（测试）');
  await reviewer.getByRole('button', { name: '提交' }).click();
  await expect(reviewer.getByTestId('form-status')).toHaveText('审核意见已保存。');
  await reviewer.goto(`/targets/${targetId}`);
  await expect(reviewer.getByTestId('final-status')).toHaveAttribute('data-verdict', 'missed');
  await expect(reviewer.getByTestId('final-status')).toContainText('未完成');
  await expect(reviewer.getByTestId('computed-verdict')).toHaveText(/基本完成.*（已被审核人改判）/);
  await reviewer.getByTestId('verdict-of-record').screenshot({ path: 'test-results/screenshots/target-overridden-zh.png' });
});
