import { expect, type Page, test } from '@playwright/test';
import { createUser, replaceTemporaryPassword, signInAs, signInAsAdmin } from './support/auth';

// Its own district (created here, no other spec's rows): a target accepted from one pasted
// text, then a second text that words it differently. At 390 px the two sides of the conflict
// used to sit in a label column and a squeezed one (the second side a few characters wide,
// its words broken letter by letter); they now stack, each the card's width.
const CODE = '410896';
const DISTRICT = '冲突测试区';
const FIRST = '测试文本 / test text（端到端测试，数字虚构，非官方）\n冲突测试区2025年政府工作报告\n2025年全区经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n';
const SECOND = '测试文本 / test text（端到端测试，数字虚构，非官方）\n冲突测试区政府工作报告解读\n报告提出，2025年全区经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。\n';

async function paste(page: Page, title: string, text: string) {
  await page.goto('/documents/new');
  await page.getByLabel('报告年份').fill('2025');
  await page.getByLabel('标题').fill(title);
  await page.getByLabel('报告正文').fill(text);
  await page.getByRole('button', { name: '保存并提取' }).click();
  await expect(page).toHaveURL(/\/documents\/\d+\/extract$/);
}

test('a differing target shows both sides readable on a phone, in zh and en', async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await browser.newPage();
  await signInAsAdmin(admin);
  await admin.goto('/admin/districts');
  const add = admin.getByRole('form', { name: '新增区县' });
  await add.getByLabel('行政区划代码').fill(CODE);
  await add.getByLabel('中文名称').fill(DISTRICT);
  await add.getByLabel('英文名称').fill('Conflict Test District');
  await add.getByLabel('拼音').fill('Chongtu Ceshi');
  await add.getByLabel('省级（中文）').fill('河南省');
  await add.getByLabel('省级（英文）').fill('Henan');
  await add.getByRole('button', { name: '创建区县' }).click();
  await expect(add.getByTestId('form-status')).toHaveText('区县已创建。');
  await createUser(admin, { username: 'qa7-conflict-staff', displayName: '冲突测试员', role: '工作人员', password: 'qa7-conflict-temp', district: DISTRICT });

  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signInAs(page, 'qa7-conflict-staff', 'qa7-conflict-temp');
  await replaceTemporaryPassword(page, 'qa7-conflict-temp', 'qa7-conflict-password');

  await paste(page, '测试文本 冲突 一 / test text', FIRST);
  const gdp = page.locator('[data-testid="proposal"][data-kind="target"][data-indicator="gdp"]');
  await gdp.getByRole('button', { name: '接受' }).click();
  await expect(gdp).toHaveAttribute('data-status', 'recorded');

  await paste(page, '测试文本 冲突 二 / test text', SECOND);
  await expect(gdp).toHaveAttribute('data-status', 'conflict');
  for (const language of ['zh', 'en']) {
    if (language === 'en') {
      await page.getByRole('button', { name: 'English' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review extracted figures');
    }
    const stored = gdp.getByTestId('conflict-stored');
    const proposed = gdp.getByTestId('conflict-proposed');
    await expect(proposed.getByTestId('conflict-value')).toHaveText('6.5%左右');
    const card = (await gdp.boundingBox())!;
    for (const side of [stored, proposed]) {
      // Each side about as wide as the card's content: not a sliver beside the other.
      expect((await side.boundingBox())!.width).toBeGreaterThan(card.width * 0.7);
    }
    // The value is one line, not broken character by character.
    const value = (await proposed.getByTestId('conflict-value').boundingBox())!;
    expect(value.height).toBeLessThan(40);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `test-results/screenshots/qa7-conflict-390-${language}.png`, fullPage: true });
  }
});
