import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { useApp } from './helpers/app';
import { newDesktopPage, screenshot } from './helpers/browser';

const app = useApp();

/** Picks an option of an antd Select by typing part of its label. */
async function pick(page: Page, select: ReturnType<Page['locator']>, text: string) {
  await select.click();
  await page.keyboard.type(text);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();
}

/** An .xlsx file as an import template shapes it: the header row, then the rows. */
async function xlsx(headers: string[], rows: string[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('导入');
  ws.addRow(headers);
  rows.forEach((r) => ws.addRow(r));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'console-import-')), '导入.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}
const FINANCE_HEADERS = ['社区', '月份', '公开子类', '科目', '收支', '金额（元）'];

/** Drops a file on the imports page's upload area (its hidden file input). */
const upload = (page: Page, file: string) => page.locator('.ant-upload input[type=file]').setInputFiles(file);

const shot = (page: Page, name: string) => page.waitForLoadState('networkidle').then(() => screenshot(page, `console-${name}`));

describe('桌面工作台 (desk console)', () => {
  it('logs in by scanning, publishes a month of finance for three communities by import, reviews a binding, appoints an admin and opens a dashboard figure', async () => {
    const page = await newDesktopPage(app.browser, app.server.url);
    const { body: admin } = await app.api<{ token: string }>(null, 'POST', '/api/auth/wechat', { code: 'demo_admin' });

    // The console shows a ticket's QR code; the phone (the API with the admin's token) scans and confirms.
    const ticketAnswer = page.waitForResponse((r) => r.url().endsWith('/api/console/login-tickets') && r.request().method() === 'POST');
    await page.goto('/admin/');
    const ticket = (await (await ticketAnswer).json()) as { ticketId: number; qrPayload: string };
    await page.getByText('扫码登录', { exact: true }).waitFor();
    await page.locator('.ant-qrcode canvas').waitFor();
    await page.getByText('开发模式 · 演示账号').waitFor();
    await shot(page, 'login');
    const scan = await app.api<{ user: { roleLabel: string }; where: { browser: string } }>(admin.token, 'POST', '/api/console/login-tickets/scan', { qrPayload: ticket.qrPayload });
    expect(scan.status).toBe(200);
    expect(scan.body.user.roleLabel).toBe('区级管理员');
    await page.getByText('区委组织部管理员（区级管理员）已扫码，请在手机上确认登录').waitFor();
    await shot(page, 'login-scanned');
    expect((await app.api(admin.token, 'POST', `/api/console/login-tickets/${ticket.ticketId}/confirm`)).status).toBe(200);
    await page.waitForURL(/\/admin\/dashboard/);
    await shot(page, 'after-login');
    await page.getByText('区委组织部管理员 · 区级管理员').waitFor();

    // The dashboard; a figure opens its rows.
    await page.getByText('联建对子', { exact: true }).first().waitFor();
    await page.locator('canvas').first().waitFor();
    await shot(page, 'dashboard');
    await page.locator('.ant-pro-statistic-card:not(.ant-pro-card-contain-card)').filter({ hasText: '联建对子' }).click();
    const drawer = page.locator('.ant-drawer-content');
    await drawer.getByText('党建引领阳光社区联建共建合作协议').first().waitFor();
    await shot(page, 'dashboard-rows');
    await page.keyboard.press('Escape');

    // 财务台账 import: a bad file shows every bad row and writes nothing; the good one makes three drafts.
    const communities = ['城阳村社区', '小北曲社区', '后田社区'];
    const lastMonth = new Date(new Date().getFullYear(), new Date().getMonth() - 1, 1);
    const period = `${lastMonth.getFullYear()}-${String(lastMonth.getMonth() + 1).padStart(2, '0')}`;
    const ledger = communities.flatMap((name, i) => [
      [name, period, '', '集体资产租赁收入', '收入', String(1000 + i)],
      [name, period, '', '道路维修支出', '支出', '300.50'],
    ]);
    await page.goto('/admin/imports?kind=finance');
    await page.getByRole('button', { name: /下载模板/ }).waitFor();
    await shot(page, 'imports');
    await upload(page, await xlsx(FINANCE_HEADERS, [...ledger, ['不存在社区', period, '', '办公用品', '支出', '12'], ['后田社区', '下个月', '', '办公用品', '花费', 'abc']]));
    const errors = page.getByTestId('import-errors');
    await errors.getByText('找不到社区“不存在社区”').waitFor();
    for (const text of ['月份格式应为 2025-03', '收支应为：收入、支出', '金额应为不小于0的数字，最多两位小数']) await errors.getByText(text).waitFor();
    await page.getByText('检查未通过：共 8 行，发现 4 处错误').waitFor();
    await shot(page, 'import-errors');
    await upload(page, await xlsx(FINANCE_HEADERS, ledger));
    await page.getByText('检查通过：共 6 行，没有错误').waitFor();
    await shot(page, 'import-dry-run');
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.locator('.ant-result-title').getByText('财务台账导入完成').waitFor();
    await expect(page.getByTestId('import-counts').locator('.ant-statistic-content-value').allInnerTexts()).resolves.toEqual(['6', '3', '0', '0']);
    await shot(page, 'import-done');
    await page.getByRole('button', { name: '去发布草稿' }).click();

    // Bulk publish of the three imported drafts: one call each, a summary at the end.
    await page.waitForURL(/tab=list&status=draft/);
    const title = `${lastMonth.getFullYear()}年${lastMonth.getMonth() + 1}月财务收支`;
    for (const name of communities) {
      const row = page.locator('.ant-table-row').filter({ hasText: name }).filter({ hasText: title }).first();
      await row.locator('.ant-checkbox-input').check();
    }
    await shot(page, 'disclosures');
    await page.getByRole('button', { name: '发布选中的 3 份草稿' }).click();
    await page.getByTestId('publish-summary').getByText('已发布 3 份，失败 0 份').waitFor();
    await shot(page, 'bulk-publish');
    await page.getByRole('button', { name: /完\s*成/ }).click();
    const published = await app.api<{ items: { period: string; title: string }[] }>(admin.token, 'GET', '/api/admin/disclosures?status=published&category=finance&pageSize=100');
    expect(published.body.items.filter((d) => d.period === period && d.title === title)).toHaveLength(3);

    // The finance editor, for a single month by hand.
    await page.goto('/admin/disclosures?tab=finance');
    await page.getByPlaceholder('如：集体资产租赁收入').first().waitFor();
    await shot(page, 'finance-editor');

    await page.goto('/admin/disclosures?tab=questions');
    await page.locator('.ant-table').waitFor();
    await shot(page, 'questions');
    await page.goto('/admin/disclosures?tab=compliance');
    await page.locator('.ant-table-row').first().waitFor();
    await shot(page, 'compliance');

    // Binding review: approve the demo applicant.
    await page.goto('/admin/members');
    const applicant = page.locator('.ant-table-row').filter({ hasText: '申请人乙' });
    await applicant.waitFor();
    await shot(page, 'members');
    await applicant.getByText('通过', { exact: true }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
    await applicant.waitFor({ state: 'detached' });
    const approved = await app.api<{ items: { name: string }[] }>(admin.token, 'GET', '/api/admin/member-bindings?status=approved');
    expect(approved.body.items.map((b) => b.name)).toContain('申请人乙');

    // The roll: masked phones, one revealed (audited); then the log narrowed to that action.
    await page.goto('/admin/members?tab=roll');
    const rollRow = page.locator('.ant-table-row').filter({ hasText: '党员1号' });
    await rollRow.getByText('138****1000').waitFor();
    await shot(page, 'roll');
    await rollRow.getByLabel('查看 党员1号 的完整手机号').click();
    await rollRow.getByText('13800001000').waitFor();
    await page.goto('/admin/audit');
    await page.getByPlaceholder('如 admin_scope.grant').fill('party_member.reveal_phone');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await page.locator('.ant-table-row').filter({ hasText: 'party_member.reveal_phone' }).first().waitFor();
    await expect(page.locator('.ant-table-row').filter({ hasNotText: 'party_member.reveal_phone' }).count()).resolves.toBe(0);
    await shot(page, 'audit-filtered');

    // Appoint the member just approved as an admin of their community, then revoke it.
    await page.goto('/admin/appointments');
    await page.getByRole('button', { name: /任命管理员/ }).click();
    const dialog = page.locator('.ant-modal-content');
    await pick(page, dialog.locator('.ant-form-item').filter({ hasText: '党员' }).locator('.ant-select'), '申请人乙');
    await dialog.locator('.ant-form-item').filter({ hasText: '管理的组织' }).locator('.ant-select').click();
    const treeNode = (name: string) => page.locator('.ant-select-dropdown:visible .ant-select-tree-treenode').filter({ hasText: name }).first();
    await treeNode('中共青岛市城阳区委').locator('.ant-select-tree-switcher').click();
    const streetChildren = page.waitForResponse((r) => r.url().includes('/api/organizations?parentId='));
    await treeNode('城阳街道党工委').locator('.ant-select-tree-switcher').click();
    await streetChildren;
    await page.keyboard.type('城阳村社区党委');
    await treeNode('城阳村社区党委').locator('.ant-select-tree-title').click();
    await shot(page, 'appoint');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    const appointed = page.locator('.ant-table-row').filter({ hasText: '申请人' }).filter({ hasText: '城阳村社区党委' });
    await appointed.waitFor();
    const scopes = await app.api<{ items: { userNickname: string; organizationName: string; grantedById: number | null }[] }>(admin.token, 'GET', '/api/admin/scopes?pageSize=100');
    expect(scopes.body.items).toContainEqual(expect.objectContaining({ userNickname: '申请人', organizationName: '城阳村社区党委' }));
    await shot(page, 'appointments');
    await appointed.getByLabel('撤销 申请人 的任命').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
    await appointed.waitFor({ state: 'detached' });

    // The tree: an organisation picked shows what can be done to it.
    await page.goto('/admin/organizations');
    await page.locator('.ant-tree-treenode').filter({ hasText: '中共青岛市城阳区委' }).locator('.ant-tree-switcher').click();
    await page.locator('.ant-tree-treenode').filter({ hasText: '城阳街道党工委' }).locator('.ant-tree-title').click();
    await page.getByRole('button', { name: '新建下级组织' }).waitFor();
    await shot(page, 'organization-picked');

    // Every other page, looked at.
    for (const [path, name, ready] of [
      ['/admin/audit', 'audit', 'member_binding.approve'],
      ['/admin/activities', 'activities', '发布活动'],
      ['/admin/activities?tab=attendance', 'attendance', '出勤情况'],
      ['/admin/organizations?tab=communities', 'communities', '城阳村社区'],
      ['/admin/organizations?tab=new-organizations', 'new-organizations', '应建尽建率'],
      ['/admin/imports?kind=members', 'imports-members', '党员名册：'],
      ['/admin/merchants', 'merchants', '商户入驻审核'],
      ['/admin/merchants?tab=stats', 'campaign-stats', '核销率'],
      ['/admin/partnerships', 'partnerships', '联建对子'],
      ['/admin/partnerships?tab=board', 'project-board', '推进中'],
      ['/admin/members?tab=points', 'points', '党员积分排行'],
    ] as const) {
      await page.goto(path);
      await page.getByText(ready).first().waitFor();
      await shot(page, name);
    }

    // The check-in screen for the projector.
    await page.goto('/admin/activities');
    await page.locator('.ant-table-row').first().getByText('签到码').click();
    await page.getByTestId('short-code').getByText(/签到码 \d{6}/).waitFor();
    await shot(page, 'checkin-screen');
    await page.context().close();
  });
});
