import { expect, test } from '@playwright/test';

test('an anonymous visitor sees the five seeded districts in Chinese', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: '区县列表' })).toBeVisible();
  const rows = page.getByTestId('district-row');
  await expect(rows).toHaveCount(5);
  for (const name of ['红花岗区', '解放区', '梁平区', '播州区', '章贡区']) {
    await expect(page.getByRole('rowheader', { name })).toBeVisible();
  }
  await page.screenshot({ path: 'test-results/screenshots/home-zh.png', fullPage: true });
});

test('the language switch shows the same districts in English', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Districts' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Liangping' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.screenshot({ path: 'test-results/screenshots/home-en.png', fullPage: true });
});
