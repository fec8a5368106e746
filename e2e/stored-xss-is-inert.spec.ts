// Hostile text stored through the forms (a document's title, text and quote, a
// note, a javascript: URL) shows as text on every read page, and comes back from
// the API and the CSV export as inert data. Made-up fixture text, not official figures.
import { expect, test, type Page } from '@playwright/test';
import { signInAsAdmin } from './support/auth';

const MARK = `xss${Date.now().toString(36)}`;
const IMG = `"><img src=x onerror="window.__xss='img'">`;
const SCRIPT = `<script>window.__xss='script'</script>`;
const QUOTE = `增长7.3%${IMG}`;
const TITLE = `${MARK}${SCRIPT}测试夹具（非官方）`;
const TEXT = `【端到端测试夹具，非官方数据】${SCRIPT}全年地区生产总值${QUOTE}。<a href="javascript:window.__xss='link'">点我</a>`;
const NOTE = `<svg onload="window.__xss='svg'"></svg>javascript:alert(1)`;

/** Nothing ran, no dialog opened, and no element came out of the stored text. */
async function expectInert(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const state = await page.evaluate(() => ({
    flag: (window as unknown as { __xss?: string }).__xss ?? null,
    injected: document.querySelectorAll('img[src="x"], svg[onload], a[href^="javascript:"]').length,
  }));
  expect(state, path).toEqual({ flag: null, injected: 0 });
}

test('hostile text is stored as text and rendered, exported and served inert', async ({ page, request }) => {
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => { dialogs.push(dialog.message()); await dialog.dismiss(); });
  await signInAsAdmin(page);

  const list = await (await request.get('/api/v1/targets?district=520304&year=2025')).json();
  const target = (list.data as { id: number; measure: string }[]).filter((row) => row.measure === 'growth').at(-1)!;
  expect(target).toBeTruthy();
  await page.goto(`/targets/${target.id}/outcomes/new`);
  await page.getByLabel('数值', { exact: true }).fill('7.3');
  await page.getByLabel('数据口径').selectOption('preliminary');
  await page.getByLabel('来源文件').selectOption('new');
  await page.getByLabel('标题').fill(TITLE);
  await page.getByLabel('网址').fill(`javascript:window.__xss='url'`);
  await page.getByLabel('文件正文').fill(TEXT);
  await page.getByLabel('原文引文').fill(QUOTE);
  await page.getByLabel('备注').fill(NOTE);
  await page.getByRole('button', { name: '保存' }).click();
  // A javascript: URL is refused at the field.
  await expect(page.getByLabel('网址')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('网址').fill('https://example.org/fixture');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('form-status')).toContainText('已保存');

  const detail = await (await request.get(`/api/v1/targets/${target.id}`)).json();
  const body = JSON.stringify(detail);
  expect(body).toContain(JSON.stringify(QUOTE).slice(1, -1));
  const response = await request.get(`/api/v1/targets/${target.id}`);
  expect(response.headers()['content-type']).toMatch(/^application\/json/);
  const documentId = /"documentId":(\d+),"title":"[^"]*xss/.exec(body)?.[1] ?? /"documentId":(\d+)[^}]*"quote":"增长7\.3%/.exec(body)?.[1];
  expect(documentId, 'the new document appears in the API').toBeTruthy();

  for (const path of [`/targets/${target.id}`, `/documents/${documentId}`, '/districts/520304?year=2025', '/overview', '/admin/audit', '/review', '/', '/indicators/gdp?year=2025']) {
    await expectInert(page, path);
  }
  // The text is visible as typed on the document and target pages.
  await page.goto(`/documents/${documentId}`);
  await expect(page.getByText(TITLE).first()).toBeVisible();
  await page.goto(`/targets/${target.id}`);
  await expect(page.locator('body')).toContainText(IMG);

  const csv = await request.get('/api/v1/scorecards?format=csv&district=520304&year=2025');
  expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
  expect(csv.headers()['x-content-type-options']).toBe('nosniff');
  expect(csv.headers()['content-disposition']).toMatch(/attachment/);
  const xlsx = await request.get('/api/v1/scorecards?format=xlsx&district=520304&year=2025');
  expect(xlsx.headers()['content-disposition']).toMatch(/attachment/);
  expect(dialogs).toEqual([]);
});
