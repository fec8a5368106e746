import { expect, test } from '@playwright/test';
import { signInAsAdmin } from './support/auth';

// A session that ends while a form is being filled in (signed out in another tab, or timed
// out): the submit is refused, the form says so and how to go on without losing the input,
// the input stays, and nothing is created. Writes nothing (district 659099 is never created).
const CODE = '659099';

test('a form submitted after the session ended says so, keeps the input and saves nothing', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await signInAsAdmin(page);
  await page.goto('/admin/districts');
  const add = page.getByRole('form', { name: '新增区县' });
  await add.getByLabel('行政区划代码').fill(CODE);
  await add.getByLabel('中文名称').fill('会话过期测试县');
  await add.getByLabel('英文名称').fill('Expired Session Test County');
  await add.getByLabel('拼音').fill('Huihua Guoqi Ceshi');
  await add.getByLabel('省级（中文）').fill('新疆维吾尔自治区');
  await add.getByLabel('省级（英文）').fill('Xinjiang');
  await page.context().clearCookies();
  await add.getByRole('button', { name: '创建区县' }).click();
  await expect(add.getByTestId('form-status')).toHaveText('登录已失效（已退出或超时），本次未保存。请在新标签页中登录，再回到本页重新提交；已填写的内容仍保留在本页。');
  await expect(add.getByLabel('中文名称')).toHaveValue('会话过期测试县');
  await page.screenshot({ path: 'test-results/screenshots/qa8-expired-session-390.png', fullPage: true });
  const districts = await (await page.request.get('/api/v1/districts')).json() as { data: { code: string }[] };
  expect(districts.data.map((district) => district.code)).not.toContain(CODE);
});
