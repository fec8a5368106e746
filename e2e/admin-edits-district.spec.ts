import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { signInAsAdmin } from './support/auth';

// The pinyin of 章贡区 gains "qu" and loses it again: searches for "zhanggong" in other specs still match meanwhile.
test('an admin saves a district twice from the same form and the "saved" message stays', async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto('/admin/districts');
  const form = page.getByRole('form', { name: '章贡区' });
  // Each existing district's card is headed by its name (h3 under the list's h2), and the page passes axe.
  await expect(form.getByRole('heading', { level: 3, name: '章贡区' })).toBeVisible();
  expect(await page.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(1);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await form.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/admin-districts-headings-390.png' });
  await page.setViewportSize({ width: 1280, height: 720 });
  const pinyin = form.getByLabel('拼音');
  const original = await pinyin.inputValue();
  expect(original).toMatch(/zhanggong/i);

  await pinyin.fill(`${original}qu`);
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByTestId('form-status')).toHaveText('已保存。');
  await expect(pinyin).toHaveValue(`${original}qu`);
  // The message is still there a moment later (the form is not remounted by the refresh).
  await page.waitForTimeout(500);
  await expect(form.getByTestId('form-status')).toHaveText('已保存。');
  await page.screenshot({ path: 'test-results/screenshots/admin-district-saved-zh.png' });

  // A second save from the same form carries the new version: saved, not a conflict.
  await pinyin.fill(original);
  await form.getByRole('button', { name: '保存' }).click();
  await expect(pinyin).toHaveValue(original);
  await expect(form.getByTestId('form-status')).toHaveText('已保存。');
});
