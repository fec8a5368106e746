import { expect, test, type Page } from '@playwright/test';
import { createUser, replaceTemporaryPassword, signInAs, signInAsAdmin } from './support/auth';

// Issue 17's leftovers, in the browser. A reviewer of 播州区 adds a unit and two key tasks
// of 2025 (names carry a run suffix: no other spec writes Bozhou's units or key tasks),
// edits one (a second, stale tab is refused), withdraws the other with a reason, and the
// units page shows it withdrawn. Then the admin records a 1—6月 figure for Bozhou's 2025
// 一般公共预算收入 (a series no other spec reads or writes; fixture text, not official) and
// the reviewer finds it in the queue labelled with its period and verifies it.
// Screenshots (zh/en, desktop and 390 px): test-results/screenshots/key-task-*.png.
const CODE = '520304';
const DISTRICT = '播州区';
const H1_TEXT = '【端到端测试夹具，非官方数据】播州区2025年1—6月一般公共预算收入增长1.7%（审核队列测试用语句）。';

async function shots(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `test-results/screenshots/key-task-${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} fits a phone`).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `test-results/screenshots/key-task-${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('a reviewer edits a key task, withdraws another with a reason, and verifies an in-year figure from the queue', async ({ browser, page }) => {
  test.setTimeout(240_000);
  const suffix = Date.now().toString(36);
  const [edited, withdrawn] = [`推进城区排水管网改造（测试${suffix}）`, `建设智慧停车平台（测试${suffix}）`];
  await signInAsAdmin(page);
  const username = `kt-rev-${suffix}`;
  await createUser(page, { username, displayName: username, role: '审核人', password: `${username}-temp`, district: DISTRICT });

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const reviewer = await context.newPage();
  await signInAs(reviewer, username, `${username}-temp`);
  await replaceTemporaryPassword(reviewer, `${username}-temp`, `${username}-final`);

  // A unit and two key tasks.
  await reviewer.goto(`/units/${CODE}?year=2025`);
  const unit = reviewer.getByRole('form', { name: '新增责任单位' });
  await unit.getByLabel('单位全称').fill(`区住房和城乡建设局（测试${suffix}）`);
  await unit.getByLabel('简称').fill(`区住建局${suffix}`);
  await unit.getByRole('button', { name: '添加单位' }).click();
  await expect(reviewer.getByTestId('unit').filter({ hasText: `区住建局${suffix}` })).toHaveCount(1);
  await unit.getByLabel('单位全称').fill(`区交通运输局（测试${suffix}）`);
  await unit.getByLabel('简称').fill(`区交通局${suffix}`);
  await unit.getByRole('button', { name: '添加单位' }).click();
  await expect(reviewer.getByTestId('unit').filter({ hasText: `区交通局${suffix}` })).toHaveCount(1);
  // A target's units, refused (the lead also ticked as a co-unit): the form keeps both choices
  // instead of falling back to the stored ones. A refusal writes nothing, so Bozhou's targets stay as they were.
  const assign = reviewer.locator('form[id^="target-"]').first();
  await assign.getByLabel('牵头单位').selectOption({ label: `区交通局${suffix}` });
  const assignCo = assign.getByRole('checkbox', { name: `区交通局${suffix}` });
  await assignCo.check();
  await assign.getByRole('button', { name: '保存分工' }).click();
  await expect(assign.getByText('牵头单位不能同时是配合单位。')).toBeVisible();
  await expect(assignCo).toBeChecked();
  await expect(assign.getByLabel('牵头单位').locator('option:checked')).toHaveText(`区交通局${suffix}`);
  const create = reviewer.getByRole('form', { name: '添加重点工作' });
  // Refused (no lead unit), the form keeps the co-unit ticked; unticked again before the real adds.
  const createCo = create.getByRole('checkbox', { name: `区交通局${suffix}` });
  await create.getByLabel('重点工作（按报告原文）').fill(edited);
  await createCo.check();
  await create.getByRole('button', { name: '添加重点工作' }).click();
  await expect(create.getByText('有配合单位时须先指定牵头单位。')).toBeVisible();
  await expect(createCo).toBeChecked();
  await createCo.uncheck();
  for (const wording of [edited, withdrawn]) {
    await create.getByLabel('重点工作（按报告原文）').fill(wording);
    await create.getByLabel('牵头单位').selectOption({ label: `区住建局${suffix}` });
    await create.getByRole('button', { name: '添加重点工作' }).click();
    await expect(reviewer.getByTestId('key-tasks')).toContainText(wording);
  }

  // Edit: two tabs read version 1; the first saves, the second is refused and changes nothing.
  const taskLink = async (wording: string) => (await reviewer.getByTestId('key-tasks').getByRole('listitem').filter({ hasText: wording }).getByRole('link', { name: '查看与修改' }).getAttribute('href'))!;
  const editedHref = await taskLink(edited);
  const withdrawnHref = await taskLink(withdrawn);
  const stale = await context.newPage();
  await stale.goto(editedHref);
  await reviewer.goto(editedHref);
  const form = reviewer.getByRole('form', { name: '修改重点工作' });
  // A refused edit keeps what was ticked (the form resets to its defaults after each submission).
  const coUnit = form.getByRole('checkbox', { name: `区交通局${suffix}` });
  await coUnit.check();
  await form.getByLabel('重点工作（按报告原文）').fill('');
  await form.getByRole('button', { name: '保存修改' }).click();
  await expect(form.getByText('必填。')).toBeVisible();
  await expect(coUnit).toBeChecked();
  await form.getByLabel('重点工作（按报告原文）').fill(`${edited}，年内完成20公里`);
  await form.getByRole('button', { name: '保存修改' }).click();
  await expect(form.getByTestId('form-status')).toHaveText('重点工作已修改。');
  await expect(reviewer.getByTestId('key-task-wording')).toHaveText(`${edited}，年内完成20公里`);
  await expect(reviewer.getByTestId('key-task-history')).toContainText('修改重点工作');
  await expect(reviewer.getByTestId('key-task-history')).toContainText(`表述：${edited} → ${edited}，年内完成20公里`);
  await expect(coUnit).toBeChecked();
  const staleForm = stale.getByRole('form', { name: '修改重点工作' });
  await staleForm.getByLabel('重点工作（按报告原文）').fill('旧页面上的改写');
  await staleForm.getByRole('button', { name: '保存修改' }).click();
  await expect(staleForm.getByTestId('form-status')).toContainText('该重点工作已被他人修改，本次修改未保存');
  await reviewer.reload();
  await expect(reviewer.getByTestId('key-task-wording')).toHaveText(`${edited}，年内完成20公里`);
  await stale.close();
  await shots(reviewer, 'edited-zh');

  // Withdraw: a reason is required; then the task shows as withdrawn here and on the units page.
  await reviewer.goto(withdrawnHref);
  const withdraw = reviewer.getByRole('form', { name: '撤销重点工作' });
  await withdraw.getByRole('button', { name: '撤销该重点工作' }).click();
  await expect(withdraw.getByText('请填写理由。')).toBeVisible();
  await expect(reviewer.getByTestId('withdrawal')).toHaveCount(0);
  await withdraw.getByLabel('撤销理由').fill('项目改由市级统筹实施');
  await withdraw.getByRole('button', { name: '撤销该重点工作' }).click();
  await expect(reviewer.getByTestId('withdrawal')).toContainText('理由：项目改由市级统筹实施');
  // The form is gone from the page now, so the page says what the withdrawal removed, once.
  await expect(reviewer.getByTestId('flash-notice')).toHaveText(/^已撤销；\d+ 项进行中轮次的填报任务已移出。$/);
  await expect(reviewer).not.toHaveURL(/notice=/);
  await expect(reviewer.getByRole('form', { name: '修改重点工作' })).toHaveCount(0);
  await expect(reviewer.getByTestId('key-task-history')).toContainText('撤销重点工作');
  await shots(reviewer, 'withdrawn-zh');
  await reviewer.goto(`/units/${CODE}?year=2025`);
  await expect(reviewer.getByTestId('key-tasks').getByRole('listitem').filter({ hasText: withdrawn }).getByTestId('withdrawn-badge')).toHaveText('已撤销');
  await expect(reviewer.getByTestId('key-tasks').getByRole('listitem').filter({ hasText: edited }).getByTestId('withdrawn-badge')).toHaveCount(0);
  await reviewer.getByTestId('key-tasks').scrollIntoViewIfNeeded();
  await shots(reviewer, 'units-zh');

  // The admin records Bozhou's 2025 一般公共预算收入 for 1—6月.
  const list = await (await page.request.get(`/api/v1/targets?district=${CODE}&year=2025&indicator=budget_revenue`)).json();
  const target = (list.data as { id: number }[])[0]!;
  await page.goto(`/targets/${target.id}/outcomes/new`);
  await page.getByLabel('期间', { exact: true }).selectOption({ label: '上半年（1—6月）' });
  await page.getByLabel('数值', { exact: true }).fill('1.7');
  await page.getByLabel('单位').selectOption('%');
  await page.getByLabel('数据口径').selectOption('preliminary');
  await page.getByLabel('来源文件').selectOption('new');
  await page.getByLabel('标题').fill(`端到端测试夹具 播州区1—6月财政收入（非官方 ${suffix}）`);
  await page.getByLabel('文件正文').fill(H1_TEXT);
  await page.getByLabel('原文引文').fill('1—6月一般公共预算收入增长1.7%');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('form-status')).toContainText('已保存为第');
  // The target page's in-year table says the figure is not yet checked.
  await page.goto(`/targets/${target.id}`);
  const inYearRow = page.getByTestId('in-year-table').locator('tr[data-period="6"]');
  await expect(inYearRow.getByTestId('in-year-review')).toContainText('未审核');

  // The reviewer's queue shows it with its period, and verifying it takes it off the queue.
  // The reviewer is assigned 播州区 only: the queue holds that district's items.
  await reviewer.goto('/review');
  const card = reviewer.getByTestId('review-row').filter({ hasText: `非官方 ${suffix}` });
  const figure = card.getByRole('listitem').filter({ has: reviewer.locator('[data-testid="figure-period"][data-period="6"]') });
  await expect(figure.getByTestId('figure-period')).toHaveText('上半年（1—6月）累计');
  await expect(figure).toContainText('1.7%');
  // What it decides: the stored pace verdict of 上半年 rests on it.
  await expect(figure.getByTestId('figure-pace')).toContainText('上半年序时进度');
  await expect(figure.getByTestId('figure-pace').locator('[data-pace]')).toHaveCount(1);
  await shots(reviewer, 'queue-zh');
  // The same figure in English.
  await context.addCookies([{ name: 'locale', value: 'en', url: reviewer.url() }]);
  await reviewer.reload();
  await expect(figure.getByTestId('figure-period')).toHaveText('H1 (Jan–Jun), cumulative');
  await expect(figure.getByTestId('figure-pace')).toContainText('Pace at H1');
  await shots(reviewer, 'queue-en');
  await context.addCookies([{ name: 'locale', value: 'zh', url: reviewer.url() }]);
  await reviewer.reload();
  await figure.getByRole('button', { name: '核实无误' }).click();
  await expect(card.getByText('审核意见已保存。')).toBeVisible();
  await reviewer.reload();
  await expect(reviewer.locator('[data-testid="figure-period"][data-period="6"]').filter({ hasText: '上半年' })).toHaveCount(0);
  // Verified, the in-year table on the target page says so in words, as the annual table does.
  await page.reload();
  await expect(inYearRow.getByTestId('in-year-review')).toContainText('已核实');

  // English: the key task page and the withdrawn badge read in English.
  await context.addCookies([{ name: 'locale', value: 'en', url: reviewer.url() }]);
  await reviewer.goto(withdrawnHref);
  await expect(reviewer.getByTestId('withdrawn-badge').first()).toHaveText('Withdrawn');
  await expect(reviewer.getByTestId('withdrawal')).toContainText('Reason: 项目改由市级统筹实施');
  await shots(reviewer, 'withdrawn-en');
  await reviewer.goto(editedHref);
  await expect(reviewer.getByRole('heading', { name: 'Edit key task' })).toBeVisible();
  await shots(reviewer, 'edited-en');
  await context.close();
});
