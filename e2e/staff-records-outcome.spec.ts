import { expect, test } from '@playwright/test';
import { createUser, replaceTemporaryPassword, signInAs, signInAsAdmin } from './support/auth';

// Made-up text for this test only, labelled as a fixture: not an official figure.
const FIXTURE_TEXT = '【端到端测试夹具，非官方数据】梁平区2024年地区生产总值同比增长7.2%（测试用语句）。';
const FIXTURE_QUOTE = '地区生产总值同比增长7.2%';

test.describe.configure({ mode: 'serial' });

test('staff record an outcome with its source, see the verdict, a reviewer verifies it, other districts are refused', async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await browser.newPage();
  await signInAsAdmin(admin);
  await admin.screenshot({ path: 'test-results/screenshots/admin-zh.png', fullPage: true });
  await createUser(admin, { username: 'lp-staff', displayName: '梁平录入员', role: '工作人员', password: 'temporary-pass-1', district: '梁平区' });
  await createUser(admin, { username: 'hhg-staff', displayName: '红花岗录入员', role: '工作人员', password: 'temporary-pass-2', district: '红花岗区' });
  await createUser(admin, { username: 'e2e-reviewer', displayName: '审核员', role: '审核人', password: 'temporary-pass-3' });

  // Staff of Liangping: first sign-in replaces the temporary password, then the to-do.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInAs(staff, 'lp-staff', 'temporary-pass-1');
  await staff.screenshot({ path: 'test-results/screenshots/account-password-zh.png', fullPage: true });
  await replaceTemporaryPassword(staff, 'temporary-pass-1', 'staff-password-new');
  await expect(staff).toHaveURL(/\/$|\/todo$/);
  await staff.goto('/todo');
  await expect(staff.getByTestId('current-user')).toHaveText('梁平录入员');
  const row = staff.getByTestId('todo-row').filter({ hasText: '地区生产总值' }).filter({ hasText: '2024' }).filter({ hasText: '7%以上' });
  await expect(row).toHaveCount(1);
  await staff.screenshot({ path: 'test-results/screenshots/todo-zh.png', fullPage: true });
  await row.getByRole('link', { name: '录入' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: '录入完成情况' })).toBeVisible();
  const formUrl = staff.url();

  // A refused figure first: highlighted, nothing saved.
  await staff.getByLabel('数值', { exact: true }).fill('六点五');
  await staff.getByLabel('数据口径').selectOption('preliminary');
  await staff.getByLabel('来源文件').selectOption('new');
  await staff.getByLabel('标题').fill('端到端测试夹具 E2E test fixture（非官方）');
  await staff.getByLabel('文件正文').fill(FIXTURE_TEXT);
  await staff.getByLabel('原文引文').fill(FIXTURE_QUOTE);
  let actionRequest: { headers: Record<string, string>; body: Buffer } | null = null;
  staff.on('request', (request) => {
    if (request.method() === 'POST' && request.headers()['next-action'] && !actionRequest) actionRequest = { headers: request.headers(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
  });
  await staff.getByRole('button', { name: '保存' }).click();
  await expect(staff.getByTestId('form-status')).toContainText('请更正标出的字段');
  await expect(staff.getByLabel('数值', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(staff.locator('#field-value-error')).toContainText('阿拉伯数字');
  await staff.screenshot({ path: 'test-results/screenshots/record-outcome-error-zh.png', fullPage: true });

  await staff.getByLabel('数值', { exact: true }).fill('7.2');
  const saving = staff.waitForResponse((response) => response.request().method() === 'POST' && Boolean(response.request().headers()['next-action']));
  await staff.getByRole('button', { name: '保存' }).click();
  await expect(staff.getByTestId('form-status')).toHaveText('已保存为第 1 版。');
  // The action answers with the saved revision only, not a re-rendered page (the form
  // refreshes the page itself): Next.js renders the page into an action's answer only
  // when the action revalidated, and then says so in this header.
  expect((await saving).headers()['x-action-revalidated']).toBeUndefined();
  await expect(staff.getByTestId('verdict')).toHaveAttribute('data-code', /^(met|exceeded)$/);
  await expect(staff.getByTestId('latest-revision')).toContainText('第 1 版，7.2%');
  await staff.screenshot({ path: 'test-results/screenshots/record-outcome-zh.png', fullPage: true });

  // Staff of another district: they may read the target, not record for it — the page answers 403 and
  // says why (lib/auth/district-scope.ts), and a replayed server action is refused.
  const outsiderContext = await browser.newContext();
  const outsider = await outsiderContext.newPage();
  await signInAs(outsider, 'hhg-staff', 'temporary-pass-2');
  await replaceTemporaryPassword(outsider, 'temporary-pass-2', 'outsider-password-new');
  const response = await outsider.goto(formUrl);
  expect(response?.status()).toBe(403);
  await expect(outsider.getByTestId('forbidden-reason')).toContainText('记录属于您负责以外的区县');
  await expect(outsider.getByTestId('forbidden-access')).toContainText('红花岗区');
  await outsider.setViewportSize({ width: 390, height: 844 });
  await outsider.screenshot({ path: 'test-results/screenshots/forbidden-other-district-390.png', fullPage: true });
  await expect(outsider.getByRole('heading', { name: '录入完成情况' })).toHaveCount(0);
  expect(actionRequest).not.toBeNull();
  const { headers, body } = actionRequest!;
  const replay = await outsiderContext.request.fetch(formUrl, {
    method: 'POST',
    headers: { 'next-action': headers['next-action']!, 'content-type': headers['content-type']!, accept: 'text/x-component' },
    data: body,
  });
  const replayText = await replay.text();
  // Refused with the reason, in the visitor's language.
  expect(replayText).toContain('该记录属于您负责区县以外的区县');
  await staff.reload();
  await expect(staff.getByTestId('latest-revision')).toContainText('第 1 版');

  // The reviewer verifies the figure.
  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await signInAs(reviewer, 'e2e-reviewer', 'temporary-pass-3');
  await replaceTemporaryPassword(reviewer, 'temporary-pass-3', 'reviewer-password-new');
  await reviewer.goto('/review');
  const reviewRow = reviewer.getByTestId('review-row').filter({ hasText: FIXTURE_QUOTE });
  await expect(reviewRow).toHaveCount(1);
  await reviewer.screenshot({ path: 'test-results/screenshots/review-zh.png', fullPage: true });
  await reviewRow.getByRole('button', { name: '核实无误' }).click();
  await expect(reviewRow.getByTestId('form-status')).toHaveText('审核意见已保存。');
  await reviewer.reload();
  await expect(reviewer.getByTestId('review-row').filter({ hasText: FIXTURE_QUOTE })).toHaveCount(0);

  // A reviewer may not record outcomes: 403.
  const forbidden = await reviewer.goto(formUrl);
  expect(forbidden?.status()).toBe(403);
  await expect(reviewer.getByRole('heading', { name: '录入完成情况' })).toHaveCount(0);
  await expect(reviewer.getByText('您无权访问此页面。')).toBeVisible();

  // The audit log shows who did it.
  await admin.goto('/admin/audit?entity=outcome');
  await expect(admin.getByTestId('audit-row').filter({ hasText: '核实完成情况' }).filter({ hasText: 'e2e-reviewer' })).toHaveCount(1);
  await expect(admin.getByTestId('audit-row').filter({ hasText: '录入完成情况' }).filter({ hasText: 'lp-staff' })).toHaveCount(1);
  await admin.screenshot({ path: 'test-results/screenshots/audit-zh.png', fullPage: true });
});

test('a signed-out visitor is sent to sign in and back', async ({ page }) => {
  await page.goto('/todo');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Ftodo$/);
  await expect(page.getByRole('heading', { level: 1, name: '登录' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/sign-in-zh.png', fullPage: true });
  await page.goto('/sign-in?next=//evil.example');
  await expect(page.locator('input[name="next"]')).toHaveValue('');
});

test('failed sign-ins back off per account and address; a forged X-Forwarded-For does not dodge it', async ({ page }) => {
  test.setTimeout(90_000);
  // Each attempt claims another client address; the server keys on the TCP peer (no trusted proxy here).
  for (let i = 1; i <= 2; i += 1) {
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': `198.51.100.${i}` });
    await signInAs(page, 'lock-me', `wrong-password-${i}`);
    await expect(page.getByTestId('form-status')).toHaveText('用户名或密码不正确。');
  }
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': '198.51.100.3' });
  await signInAs(page, 'lock-me', 'wrong-password-3');
  await expect(page.getByTestId('form-status')).toContainText('登录失败次数过多');
  await expect(page.getByTestId('form-status')).toContainText('之后再试');
  await page.screenshot({ path: 'test-results/screenshots/sign-in-locked-zh.png', fullPage: true });
});
