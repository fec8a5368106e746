import { expect, type Page } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from '../../playwright.config';

export async function signInAs(page: Page, login: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel(/用户名或邮箱|Username or email/).fill(login);
  await page.getByLabel(/^(密码|Password)$/).fill(password);
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
}

export async function signInAsAdmin(page: Page) {
  await signInAs(page, 'admin', E2E_ADMIN_PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
}

/** A temporary password must be replaced at first sign-in. */
export async function replaceTemporaryPassword(page: Page, temporary: string, next: string) {
  await expect(page).toHaveURL(/\/account\/password/);
  await page.getByLabel('当前密码').fill(temporary);
  await page.getByLabel('新密码', { exact: true }).fill(next);
  await page.getByLabel('确认新密码').fill(next);
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page).not.toHaveURL(/\/account\/password/);
}

export async function createUser(page: Page, user: { username: string; displayName: string; role: '工作人员' | '审核人'; password: string; district?: string; email?: string }) {
  await page.goto('/admin');
  const form = page.locator('form[aria-labelledby="create-user-heading"]');
  await form.getByLabel('用户名').fill(user.username);
  await form.getByLabel('显示名称').fill(user.displayName);
  await form.getByLabel('角色').selectOption({ label: user.role });
  await form.getByLabel('临时密码').fill(user.password);
  if (user.email) await form.getByLabel('邮箱').fill(user.email);
  if (user.district) {
    // The searchable picker: type the name, Enter adds it as a chip.
    const search = form.getByLabel('添加区县');
    await search.fill(user.district);
    await search.press('Enter');
    await expect(form.getByRole('list', { name: '负责区县' })).toContainText(user.district);
  }
  await form.getByRole('button', { name: '创建用户' }).click();
  await expect(form.getByTestId('form-status')).toHaveText('用户已创建。');
}
