// The site header at phone (390×844) and desktop (1280×800) width, in Chinese and
// English, signed out and as an admin (the most links): every link and button is
// on screen, none overlaps another, nothing scrolls sideways, and the current
// section is marked. Screenshots of each go to test-results/screenshots/.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signInAsAdmin } from './support/auth';

const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;
type Who = 'anonymous' | 'admin';

async function open(browser: Browser, viewport: keyof typeof VIEWPORTS, locale: 'zh' | 'en', who: Who): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORTS[viewport], baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  if (who === 'admin') await signInAsAdmin(page);
  await context.addCookies([{ name: 'locale', value: locale, domain: '127.0.0.1', path: '/' }]);
  return page;
}

type Box = { name: string; x: number; y: number; width: number; height: number };

async function headerControls(page: Page): Promise<Box[]> {
  const controls = page.locator('.site-header').locator('a, button');
  const boxes: Box[] = [];
  for (const control of await controls.all()) {
    await expect(control).toBeVisible();
    const box = await control.boundingBox();
    if (!box) throw new Error(`no box for ${await control.textContent()}`);
    boxes.push({ name: (await control.textContent())?.trim() ?? '', ...box });
  }
  return boxes;
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const viewport of ['phone', 'desktop'] as const) {
  for (const locale of ['zh', 'en'] as const) {
    for (const who of ['anonymous', 'admin'] as const) {
      test(`header at ${viewport} width, ${locale}, ${who}: every link on screen, none overlapping, current section marked`, async ({ browser }) => {
        const page = await open(browser, viewport, locale, who);
        await page.goto('/overview');
        const nav = page.getByRole('navigation', { name: locale === 'zh' ? '主导航' : 'Main' });
        const expected = locale === 'zh'
          ? ['首页', '概览', ...(who === 'admin' ? ['待办', '批量导入', '录入报告', '审核', '管理'] : [])]
          : ['Home', 'Overview', ...(who === 'admin' ? ['To do', 'Import', 'Add report', 'Review', 'Admin'] : [])];
        await expect(nav.getByRole('link')).toHaveText(expected);
        await expect(nav.locator('[aria-current="page"]')).toHaveText(locale === 'zh' ? '概览' : 'Overview');

        const boxes = await headerControls(page);
        const { width } = VIEWPORTS[viewport];
        for (const box of boxes) {
          expect(box.x, box.name).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, box.name).toBeLessThanOrEqual(width);
          // WCAG 2.2 target size (minimum): 24 × 24 CSS pixels.
          expect(box.height, box.name).toBeGreaterThanOrEqual(24);
        }
        for (const [index, a] of boxes.entries()) for (const b of boxes.slice(index + 1)) expect(overlap(a, b), `${a.name} / ${b.name}`).toBe(false);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        // No label broken over two lines (a narrow flex row splits CJK words: 首/页).
        const broken = await page.locator('.site-header').locator('a, button').evaluateAll((elements) => elements.filter((element) => {
          const range = document.createRange();
          range.selectNodeContents(element);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
        }).map((element) => element.textContent));
        expect(broken).toEqual([]);

        await page.screenshot({ path: `test-results/screenshots/header-${viewport}-${locale}-${who}.png` });

        // The header stays mounted across client-side navigation; the mark must follow it.
        const home = locale === 'zh' ? '首页' : 'Home';
        await nav.getByRole('link', { name: home }).click();
        await expect(page.getByRole('heading', { level: 1, name: locale === 'zh' ? '区县列表' : 'Districts' })).toBeVisible();
        await expect(nav.locator('[aria-current="page"]')).toHaveText(home);
        await page.context().close();
      });
    }
  }
}
