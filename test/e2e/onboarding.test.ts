import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { createFakeWechat } from '../../server/src/wechat/fake/app';
import { current, field, open, see, tap } from './helpers/app';
import { launchBrowser, newDesktopPage, newPhonePage, screenshot } from './helpers/browser';
import { startServer, type RunningServer } from './helpers/server';

/**
 * A district's first day, in the browser: a production install on an empty database (no demo
 * data), the first admin granted by the built command line, the tree and a roll imported from the
 * templates in the desk console, a street admin appointed in the app who appoints a community admin, who approves a
 * resident matched to the roll; the resident sees their organisation in 我的.
 */
const APP_ID = 'wx3f1c9a7b2d4e6f80';
const APP_SECRET = 'district-app-secret';
const root = path.resolve(__dirname, '../..');

let wechat: http.Server;
let server: RunningServer;
let browser: Browser;
let settings: Record<string, string | undefined>;

beforeAll(async () => {
  wechat = http.createServer(createFakeWechat(APP_ID, APP_SECRET).app.callback());
  await new Promise<void>((resolve) => wechat.listen(0, '127.0.0.1', resolve));
  settings = {
    NODE_ENV: 'production',
    SEED_DEMO: 'never',
    CLOCK_START: undefined, // production reads the real clock
    JWT_SECRET: 'a-district-secret-of-some-length',
    WECHAT_APPID: APP_ID,
    WECHAT_SECRET: APP_SECRET,
    WECHAT_API_BASE: `http://127.0.0.1:${(wechat.address() as AddressInfo).port}`,
    WECHAT_TEMPLATE_REPLY: 'district-reply',
    WECHAT_TEMPLATE_DUE: 'district-due',
    WECHAT_TEMPLATE_OVERDUE: 'district-overdue',
    WECHAT_TEMPLATE_REVIEW: 'district-review',
    WECHAT_TEMPLATE_ACTIVITY_REMINDER: 'district-start',
    WECHAT_TEMPLATE_ACTIVITY_CANCELLED: 'district-cancel',
    WITNESS_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
  server = await startServer(settings);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await new Promise((resolve) => wechat?.close(resolve));
});

interface Session {
  token: string;
  user: { id: number; nickname: string; roles: string[] };
}

async function call<T>(token: string | null, method: string, url: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${server.url}${url}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

/** What the mini program's wx.login does: a WeChat code (the fake's `c` is openid `o_c`) for a session. */
async function signIn(code: string): Promise<Session> {
  const res = await call<Session>(null, 'POST', '/api/auth/wechat', { code });
  expect(res.status).toBe(200);
  return res.body;
}

/** A phone logged in as the session's user (H5 has no wx.login: the session is put where the app keeps it). */
async function phoneOf(session: Session): Promise<Page> {
  const page = await newPhonePage(browser, server);
  await page.addInitScript((s) => {
    if (!localStorage.getItem('spb:session')) localStorage.setItem('spb:session', JSON.stringify({ data: s }));
  }, session);
  return page;
}

/** The downloaded template filled with rows, as the file an official picks in the console. */
async function filledTemplate(token: string, kind: string, rows: (string | number | null)[][]) {
  const template = await fetch(`${server.url}/api/admin/imports/templates/${kind}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(template.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await template.arrayBuffer());
  wb.worksheets[0].addRows(rows);
  return { name: `${kind}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await wb.xlsx.writeBuffer()) };
}

/** The desk console, logged in by the admin's phone scanning its QR code (here: the API with their token) and confirming. */
async function consoleOf(session: Session): Promise<Page> {
  const page = await newDesktopPage(browser, server.url);
  const ticketAnswer = page.waitForResponse((r) => r.url().endsWith('/api/console/login-tickets') && r.request().method() === 'POST');
  await page.goto('/admin/');
  const ticket = (await (await ticketAnswer).json()) as { ticketId: number; qrPayload: string };
  expect((await call(session.token, 'POST', '/api/console/login-tickets/scan', { qrPayload: ticket.qrPayload })).status).toBe(200);
  expect((await call(session.token, 'POST', `/api/console/login-tickets/${ticket.ticketId}/confirm`)).status).toBe(200);
  await page.waitForURL(/\/admin\/dashboard/);
  return page;
}

/** 数据导入 in the console: upload (the dry run), then 确认导入; answers the counts shown (rows, created, updated, unchanged). */
async function importInConsole(page: Page, kind: string, label: string, file: Awaited<ReturnType<typeof filledTemplate>>, rows: number): Promise<string[]> {
  await page.goto(`/admin/imports?kind=${kind}`);
  await page.getByRole('button', { name: /下载模板/ }).waitFor();
  await page.locator('.ant-upload input[type=file]').setInputFiles(file);
  await page.getByText(`检查通过：共 ${rows} 行，没有错误`).waitFor();
  await page.getByRole('button', { name: '确认导入' }).click();
  await page.locator('.ant-result-title').getByText(`${label}导入完成`).waitFor();
  return page.getByTestId('import-counts').locator('.ant-statistic-content-value').allInnerTexts();
}

const TREE = [
  ['测试区委', '区委', null, null, null],
  ['甲街道党工委', '街道党工委', '测试区委', '甲街道', null],
  ['乙街道党工委', '街道党工委', '测试区委', '乙街道', null],
  ['东村社区党委', '党委', '甲街道党工委', '东村社区', '农村'],
  ['西城社区党总支', '党总支', '甲街道党工委', '西城社区', '城市'],
  ['北村社区党支部', '党支部', '乙街道党工委', '北村社区', '农村'],
];
const ROLL = Array.from({ length: 300 }, (_, i) => [`党员${i}`, `139${String(i).padStart(8, '0')}`, ['东村社区党委', '西城社区党总支', '北村社区党支部'][i % 3], '2001-07-01', 1960 + (i % 40)]);

/** 我的 → 管理后台 → a tool. */
async function openAdminTool(page: Page, tool: string): Promise<void> {
  await open(page, '/pages/me/index');
  await tap(page, '管理后台');
  await see(page, '组织与人员');
  await tap(page, tool);
}

/** In 组织架构, down the tree by the organisations' names, then 任命管理员 for the last one. */
async function appointIn(page: Page, orgs: string[], user: Session): Promise<void> {
  await openAdminTool(page, '组织架构');
  for (const name of orgs) await tap(page, name);
  await see(page, '下级组织');
  await tap(page, '任命管理员');
  await see(page, orgs[orgs.length - 1]);
  await field(page, '对方在“我的”页查看').fill(String(user.user.id));
  await tap(page, '任命');
  await current(page).locator('.appointment').filter({ hasText: user.user.nickname }).waitFor();
}

describe('setting up a district (H5, production install)', () => {
  it('takes an empty install from the command-line grant to a resident matched to the roll', async () => {
    // 1. The first admin, by the built command line on the server's database, before they ever logged in.
    const granted = execFileSync(process.execPath, ['server/dist/scripts/admin-grant.js', '--openid', 'o_head_d001', '--district'], {
      cwd: root,
      env: { ...process.env, ...settings, DATABASE_URL: server.databaseUrl, LOG_LEVEL: 'warn' },
      encoding: 'utf8',
    });
    expect(JSON.parse(granted)).toMatchObject({ role: 'district_admin' });
    const district = await signIn('head_d001');
    expect(district.user.roles).toContain('district_admin');

    // 2. The tree and the roll, from the templates, in the desk console: a file with a bad row lists it and
    //    writes nothing; the good files land; the same roll again changes nothing.
    const desk = await consoleOf(district);
    await desk.goto('/admin/imports?kind=organizations');
    await desk.locator('.ant-upload input[type=file]').setInputFiles(await filledTemplate(district.token, 'organizations', [...TREE, ['孤儿党支部', '党支部', '不存在的党委', null, null]]));
    await desk.getByTestId('import-errors').getByText(/不存在的党委/).waitFor();
    await screenshot(desk, 'onboarding-console-import-errors');
    expect((await call<{ total: number }>(null, 'GET', '/api/organizations')).body.total).toBe(0);
    expect(await importInConsole(desk, 'organizations', '组织架构', await filledTemplate(district.token, 'organizations', TREE), TREE.length)).toEqual([String(TREE.length), String(TREE.length), '0', '0']);
    const rollFile = await filledTemplate(district.token, 'members', ROLL);
    expect(await importInConsole(desk, 'members', '党员名册', rollFile, ROLL.length)).toEqual([String(ROLL.length), String(ROLL.length), '0', '0']);
    await screenshot(desk, 'onboarding-console-import-roll');
    expect(await importInConsole(desk, 'members', '党员名册', rollFile, ROLL.length)).toEqual([String(ROLL.length), '0', '0', String(ROLL.length)]);
    await desk.context().close();

    // 3. The district admin appoints the street admin in the app: 组织架构 → 测试区委 → 甲街道党工委 → 任命管理员.
    const street = await signIn('head_s002');
    const community = await signIn('head_c003');
    const d = await phoneOf(district);
    await openAdminTool(d, '组织架构');
    await see(d, '全区组织');
    await tap(d, '测试区委');
    await see(d, '甲街道党工委');
    await see(d, '乙街道党工委');
    await screenshot(d, 'onboarding-tree-district');
    await appointIn(d, ['测试区委', '甲街道党工委'], street);
    await screenshot(d, 'onboarding-appoint-street');

    // 4. The street admin sees their scope, reads 东村社区党委 in the tree and appoints the community admin there;
    //    the street beside theirs is not in their tree.
    const s = await phoneOf(street);
    await openAdminTool(s, '组织架构');
    await see(s, '我管理的组织');
    await tap(s, '甲街道党工委');
    await see(s, '东村社区党委');
    await see(s, '西城社区党总支');
    expect(await current(s).getByText('乙街道党工委').count()).toBe(0);
    await screenshot(s, 'onboarding-tree-street');
    await tap(s, '两新组织');
    await see(s, '应建立党组织');
    await see(s, '没有符合条件的两新组织');
    await screenshot(s, 'onboarding-new-organizations');
    const c = await phoneOf(community);
    await open(c, '/pages/me/index');
    await see(c, `用户编号：${community.user.id}`);
    await screenshot(c, 'onboarding-me-user-id');
    await appointIn(s, ['甲街道党工委', '东村社区党委'], community);
    await screenshot(s, 'onboarding-appoint-community');

    // 5. A resident on the roll asks to be recognised, in 我的; a stranger not on it too (through the API).
    const resident = await signIn('resident_r004');
    const r = await phoneOf(resident);
    await open(r, '/pages/me/index');
    await field(r, '与党员档案一致').fill('党员0');
    await field(r, '党组织登记的手机号').fill('13900000000');
    await tap(r, '所在社区');
    await field(r, '搜索社区名称').fill('东村');
    await see(r, '共 1 条，已全部加载');
    await tap(r, '东村社区');
    await tap(r, '提交认证');
    await see(r, '审核中');
    const stranger = await signIn('stranger_x005');
    const dongcun = (await call<{ items: { organizationId: number }[] }>(null, 'GET', `/api/communities?q=${encodeURIComponent('东村')}`)).body.items[0];
    expect((await call(stranger.token, 'POST', '/api/me/member-binding', { name: '不在名册', phone: '13600000000', organizationId: dongcun.organizationId })).status).toBe(201);

    // 6. The community admin (who opens the app again: 我的 knows their new role): the roll (masked, revealed on
    //    request), then the review: the resident matches the roll, the stranger nothing.
    await c.reload();
    await openAdminTool(c, '党员名册');
    await field(c, '搜索党员姓名或手机号').fill('党员0');
    const row = current(c).locator('.roll-member').filter({ hasText: /^党员0/ }).first();
    await row.getByText('手机号：139****0000').waitFor();
    await row.getByText('查看', { exact: true }).click();
    await c.locator('.taro-modal__title').getByText('查看完整手机号', { exact: true }).waitFor();
    await c.locator('.taro-model__confirm').click();
    await row.getByText('手机号：13900000000').waitFor();
    await screenshot(c, 'onboarding-roll');

    await openAdminTool(c, '党员认证审核');
    const matched = current(c).locator('.binding-review').filter({ hasText: '党员0' });
    await matched.getByText('党员名册：姓名和手机号一致').waitFor();
    await current(c).locator('.binding-review').filter({ hasText: '不在名册' }).getByText(/没有姓名和手机号都一致的党员/).waitFor();
    await screenshot(c, 'onboarding-review');
    await matched.getByText('通过', { exact: true }).click();
    await c.locator('.taro-model__confirm').click();
    await matched.waitFor({ state: 'detached' });

    // 7. The resident, back on 我的: a party member of 东村社区党委, the roll's row (no second member).
    await r.reload();
    await see(r, '已认证党员');
    await see(r, '所属组织：东村社区党委');
    await screenshot(r, 'onboarding-resident-member');
    const roll = await call<{ total: number; items: { userId: number | null }[] }>(community.token, 'GET', `/api/admin/members?q=${encodeURIComponent('党员0')}&pageSize=1`);
    expect(roll.body.items[0].userId).toBe(resident.user.id);
    expect((await call<{ total: number }>(district.token, 'GET', '/api/admin/members?pageSize=1')).body.total).toBe(ROLL.length);

    // 8. The street admin revokes the community admin (after a confirm); their next request is refused.
    await open(s, '/packages/admin/pages/appointments');
    const appointment = current(s).locator('.appointment').filter({ hasText: community.user.nickname });
    await appointment.getByText('撤销', { exact: true }).click();
    await s.locator('.taro-modal__title').getByText('撤销管理员', { exact: true }).waitFor();
    await s.locator('.taro-model__confirm').click();
    await appointment.waitFor({ state: 'detached' });
    await screenshot(s, 'onboarding-revoked');
    expect((await call(community.token, 'GET', '/api/admin/member-bindings')).status).toBe(403);
  });
});
