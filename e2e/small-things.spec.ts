import { expect, test } from '@playwright/test';
import { createUser, signInAs, signInAsAdmin } from './support/auth';

test.describe.configure({ mode: 'serial' });

// Issue 16's small things: the password change says it worked and lands on the to-do
// list; a mistyped confirmation keeps what was typed; the record-outcome form offers
// only the units the target allows.
test('password change: mismatch keeps the fields, success says so on the to-do page; unit picker', async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await browser.newPage();
  await signInAsAdmin(admin);
  await createUser(admin, { username: 'small-staff', displayName: '小事录入员', role: '工作人员', password: 'small-temp-pass-1', district: '梁平区' });

  const staff = await (await browser.newContext()).newPage();
  await signInAs(staff, 'small-staff', 'small-temp-pass-1');
  await expect(staff).toHaveURL(/\/account\/password$/);

  // A mistyped confirmation: refused, and all three fields keep what was typed.
  await staff.getByLabel('当前密码').fill('small-temp-pass-1');
  await staff.getByLabel('新密码', { exact: true }).fill('small-new-pass-22');
  await staff.getByLabel('确认新密码').fill('small-new-pass-23');
  await staff.getByRole('button', { name: '修改密码' }).click();
  await expect(staff.getByLabel('确认新密码')).toHaveAttribute('aria-invalid', 'true');
  await expect(staff.getByLabel('当前密码')).toHaveValue('small-temp-pass-1');
  await expect(staff.getByLabel('新密码', { exact: true })).toHaveValue('small-new-pass-22');
  await expect(staff.getByLabel('确认新密码')).toHaveValue('small-new-pass-23');

  // Correcting only the confirmation is enough; the staff member lands on the to-do with the message.
  await staff.getByLabel('确认新密码').fill('small-new-pass-22');
  await staff.getByRole('button', { name: '修改密码' }).click();
  await expect(staff).toHaveURL(/\/todo$/);
  await expect(staff.getByTestId('flash-notice')).toHaveText('密码已修改。');
  await expect(staff.getByRole('heading', { level: 1 })).toBeVisible();
  // Shown once: a reload does not repeat it.
  await staff.reload();
  await expect(staff.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(staff.getByTestId('flash-notice')).toHaveCount(0);

  // A growth target takes only %: a list, not free text.
  const row = staff.getByTestId('todo-row').filter({ hasText: '地区生产总值' }).first();
  await row.getByRole('link').click();
  await expect(staff.getByRole('heading', { level: 1, name: '录入完成情况' })).toBeVisible();
  const unit = staff.getByLabel('单位', { exact: true });
  expect(await unit.evaluate((element) => element.tagName)).toBe('SELECT');
  expect(await unit.locator('option').allTextContents()).toEqual(['%']);
  await expect(unit).toHaveValue('%');
});
