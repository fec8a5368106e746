import { expect, test } from '@playwright/test';
import { createUser, signInAsAdmin } from './support/auth';

// Forms that, refused, fell back to the stored choices unseen (React resets a form after its
// action), so the next save quietly dropped what had been chosen. The unit-members form on
// /units/<code> (its district, unit and staff accounts are this spec's own: a code no other spec
// uses), a user's row on /admin (accounts of this spec's own) and an indicator's 数值越高越好 tick.
function districtCode(): string {
  return `4691${String(1 + (Math.floor(Date.now() / 1000) % 99)).padStart(2, '0')}`;
}

test('a refused unit-members save keeps the ticked accounts', async ({ browser, page }) => {
  test.setTimeout(120_000);
  const suffix = Date.now().toString(36);
  const code = districtCode();
  const district = `成员测试区${code}`;
  await signInAsAdmin(page);
  await page.goto('/admin/districts');
  const add = page.getByRole('form', { name: '新增区县' });
  await add.getByLabel('行政区划代码').fill(code);
  await add.getByLabel('中文名称').fill(district);
  await add.getByLabel('英文名称').fill(`Members Test District ${code}`);
  await add.getByLabel('拼音').fill(`Chengyuan Ceshi ${code}`);
  await add.getByLabel('省级（中文）').fill('海南省');
  await add.getByLabel('省级（英文）').fill('Hainan');
  await add.getByRole('button', { name: '创建区县' }).click();
  await expect(add.getByTestId('form-status')).toHaveText('区县已创建。');
  const [kept, leaving] = [`mem-a-${suffix}`, `mem-b-${suffix}`];
  for (const username of [kept, leaving]) {
    await createUser(page, { username, displayName: username, role: '工作人员', password: `${username}-temp`, district });
  }

  // The admin manages the units in one tab...
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const units = await context.newPage();
  await signInAsAdmin(units);
  await units.goto(`/units/${code}`);
  const create = units.getByRole('form', { name: '新增责任单位' });
  await create.getByLabel('单位全称').fill(`区统计局（测试${suffix}）`);
  await create.getByLabel('简称').fill(`区统计局${suffix}`);
  await create.getByRole('button', { name: '添加单位' }).click();
  await expect(units.getByTestId('unit')).toHaveCount(1);
  // A long unbroken short name (40 letters, the most allowed) wraps on a phone instead of widening the page.
  await create.getByLabel('单位全称').fill('W'.repeat(100));
  await create.getByLabel('简称').fill('W'.repeat(40));
  await create.getByRole('button', { name: '添加单位' }).click();
  await expect(units.getByTestId('unit')).toHaveCount(2);
  await units.setViewportSize({ width: 390, height: 844 });
  expect(await units.evaluate(() => document.documentElement.scrollWidth), 'the units page fits a phone').toBeLessThanOrEqual(390);
  await units.screenshot({ path: 'test-results/screenshots/units-long-name-390.png', fullPage: true });
  await units.setViewportSize({ width: 1280, height: 900 });
  const members = units.getByRole('form', { name: `区统计局（测试${suffix}） · 填报账号` });
  const [keptBox, leavingBox] = [members.getByRole('checkbox', { name: kept }), members.getByRole('checkbox', { name: leaving })];

  // ...while, in another, the second account becomes a reviewer: the members form is now stale.
  await page.goto('/admin');
  const row = page.getByTestId('user-row').filter({ has: page.getByRole('rowheader', { name: leaving }) });
  await row.getByRole('combobox', { name: '角色' }).selectOption({ label: '审核人' });
  await row.getByRole('button', { name: '保存', exact: true }).click();
  await expect(row.getByTestId('form-status')).toHaveText('已保存。');

  await keptBox.check();
  await leavingBox.check();
  await members.getByRole('button', { name: '保存账号' }).click();
  await expect(members.getByText('只能选择负责本区县的工作人员账号。')).toBeVisible();
  // Both ticks survive the refusal; nothing was written.
  await expect(keptBox).toBeChecked();
  await expect(leavingBox).toBeChecked();
  await units.screenshot({ path: 'test-results/screenshots/unit-members-refused.png', fullPage: true });

  // Unticking the disabled account saves the one that is still eligible.
  await leavingBox.uncheck();
  await members.getByRole('button', { name: '保存账号' }).click();
  await expect(members.getByTestId('form-status')).toHaveText('已保存。');
  await units.reload();
  await expect(members.getByRole('checkbox', { name: kept })).toBeChecked();
  await context.close();
});

test('a refused save of a user row keeps the role, e-mail and tick chosen', async ({ page }) => {
  const suffix = Date.now().toString(36);
  const [holder, changed] = [`row-a-${suffix}`, `row-b-${suffix}`];
  const taken = `${holder}@e2e.test`;
  await signInAsAdmin(page);
  await createUser(page, { username: holder, displayName: holder, role: '审核人', password: `${holder}-temp`, email: taken });
  await createUser(page, { username: changed, displayName: changed, role: '审核人', password: `${changed}-temp` });
  await page.goto('/admin');
  const row = page.getByTestId('user-row').filter({ has: page.getByRole('rowheader', { name: changed }) });
  const [role, email, disabled] = [row.getByRole('combobox', { name: '角色' }), row.getByRole('textbox', { name: '邮箱' }), row.getByRole('checkbox', { name: '已停用' })];
  await role.selectOption({ label: '管理员' });
  await email.fill(taken);
  await disabled.check();
  await row.getByRole('button', { name: '保存', exact: true }).click();
  await expect(row.getByText('该邮箱已被其他账号使用。')).toBeVisible();
  await expect(role).toHaveValue('admin');
  await expect(email).toHaveValue(taken);
  await expect(disabled).toBeChecked();
  // Nothing was written: the stored account is still an enabled reviewer without an e-mail.
  await page.reload();
  await expect(role).toHaveValue('reviewer');
  await expect(email).toHaveValue('');
  await expect(disabled).not.toBeChecked();
});

test('a refused indicator save keeps the 数值越高越好 tick as sent', async ({ page }) => {
  // A refusal writes nothing, so no other spec sees energy_saving change.
  await signInAsAdmin(page);
  await page.goto('/admin/indicators/energy_saving');
  const form = page.getByTestId('indicator-form');
  const tick = form.getByRole('checkbox', { name: '数值越高越好' });
  const stored = await tick.isChecked();
  await tick.setChecked(!stored);
  await form.getByLabel('增速容差（百分点）').fill('-1');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('容差不能为负数。')).toBeVisible();
  await expect(tick).toBeChecked({ checked: !stored });
  await page.reload();
  await expect(form.getByRole('checkbox', { name: '数值越高越好' })).toBeChecked({ checked: stored });
});
