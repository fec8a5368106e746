// A newcomer's walk, read-only: home, overview (latest and all years), a district, an
// indicator, a target and its review screen, the to-do list and the review queue, in Chinese and English, at
// desktop (1280) and phone (390) width, as an admin (who sees every page). Each page is
// screenshotted to test-results/screenshots/walk-*.png; nothing scrolls sideways, no
// code (met_within_tolerance, at_least…) is shown to a reader, English verdict labels
// are capitalised, and every verdict badge and bar segment has the colour
// lib/verdict/colours.ts gives it. The all-years download on /overview?year=all is a
// working file of every year. Writes nothing, so it shares the e2e database safely.
import { parse } from 'csv-parse/sync';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { VERDICT_COLOURS } from '../lib/verdict/colours';
import type { VerdictCode } from '../lib/verdict/types';
import { signInAsAdmin } from './support/auth';

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
const CODES = /\b(met_within_tolerance|needs_judgment|not_comparable|at_least|at_most|at_most_about|preliminary_estimate|outcome\.record|target\.create)\b/;

async function open(browser: Browser, viewport: keyof typeof VIEWPORTS, locale: 'zh' | 'en'): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORTS[viewport], baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signInAsAdmin(page);
  await context.addCookies([{ name: 'locale', value: locale, domain: '127.0.0.1', path: '/' }]);
  return page;
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16)).join(', ')})`;

/** Every verdict badge and bar segment on the page against the palette; returns how many were checked. */
async function checkVerdictColours(page: Page): Promise<number> {
  // Badges (pages, the review queue, the verdict summary) and bar segments: whatever shows a verdict with a colour.
  // Badges and bar segments of the pages are coloured by rules on data-verdict (components/views/verdict-styles.tsx), others inline.
  const seen = await page.locator('.verdict-badge[data-verdict], .verdict-bar__segment[data-verdict], [data-verdict][style*="background"]').evaluateAll((elements) => elements.map((element) => {
    const style = getComputedStyle(element);
    return { code: element.getAttribute('data-verdict')!, badge: !element.classList.contains('verdict-bar__segment'), color: style.color, background: style.backgroundColor };
  }));
  for (const { code, badge, color, background } of seen) {
    const colour = VERDICT_COLOURS[code as VerdictCode];
    if (badge) {
      expect(color, code).toBe(rgb(colour.ink));
      expect(background, code).toBe(rgb(colour.wash));
    } else {
      expect(background, code).toBe(rgb(colour.solid));
    }
  }
  return seen.length;
}

for (const viewport of ['desktop', 'phone'] as const) {
  for (const locale of ['zh', 'en'] as const) {
    test(`newcomer walk, ${locale}, ${viewport}: nothing sideways, no codes, verdicts named and coloured alike`, async ({ browser }) => {
      test.setTimeout(180_000);
      const page = await open(browser, viewport, locale);
      await page.goto('/districts/360702?year=2024');
      const targetHref = await page.locator('a[href^="/targets/"]').first().getAttribute('href');
      const pages: [string, string][] = [
        ['home', '/'], ['overview', '/overview'], ['overview-all-years', '/overview?year=all'], ['district', '/districts/360702?year=2024'],
        ['indicator', '/indicators/gdp?year=2024'], ['target', targetHref!], ['target-review', `${targetHref!}/review`], ['todo', '/todo'], ['review', '/review'],
      ];
      let coloured = 0;
      for (const [name, path] of pages) {
        await page.goto(path);
        await expect(page.locator('h1').first()).toBeVisible();
        await page.screenshot({ path: `test-results/screenshots/walk-${name}-${locale}-${viewport}.png`, fullPage: true });
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${path} scrolls sideways`).toBeLessThanOrEqual(VIEWPORTS[viewport].width);
        expect(await page.locator('main').innerText(), path).not.toMatch(CODES);
        if (locale === 'en') {
          const labels = await page.locator('.verdict-badge, .verdict-bar__counts li').allInnerTexts();
          for (const label of labels) expect(label.replace(/^[^A-Za-z]+/, ''), `${path}: ${label}`).toMatch(/^[A-Z]/);
        }
        coloured += await checkVerdictColours(page);
      }
      expect(coloured).toBeGreaterThan(5);
    });
  }
}

test('the overview offers one file of every year under 全部年份, and it holds every year', async ({ page, request }) => {
  await page.goto('/overview?year=all');
  const first = page.getByTestId('scorecard-downloads').first();
  await expect(first).toContainText('历年');
  const href = await first.locator('a', { hasText: /^CSV$/ }).getAttribute('href');
  expect(new URL(href!, 'http://x').searchParams.has('year')).toBe(false);
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  const records = parse(await response.body(), { bom: true }) as string[][];
  const year = records[0]!.indexOf('年度');
  const years = records.slice(1).map((record) => Number(record[year]));
  expect(new Set(years).size).toBeGreaterThan(1);
  expect(years).toEqual([...years].sort((a, b) => b - a));
  for (const format of ['XLSX', 'PDF']) {
    const file = await request.get((await first.locator('a', { hasText: new RegExp(`^${format}$`) }).getAttribute('href'))!);
    expect(file.status(), format).toBe(200);
  }
});
