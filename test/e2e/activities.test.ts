import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPhonePage, screenshot } from './helpers/browser';
import { startServer, type RunningServer } from './helpers/server';

// Several pages and a reload; the build machine is shared and slow at times.
jest.setTimeout(120000);

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Taro's H5 router keeps earlier pages in the DOM, hidden: every lookup is scoped to the visible one. */
const current = (page: Page) => page.locator('.taro_page').filter({ visible: true }).last();
const see = (page: Page, text: string | RegExp) => current(page).getByText(text).first().waitFor();
const tap = (page: Page, text: string | RegExp) => current(page).getByText(text, { exact: typeof text === 'string' }).first().click();

async function open(page: Page, route: string): Promise<void> {
  await page.goto(`/#${route}`);
  await current(page).waitFor();
}

/** Logs in through the dev login picker on 我的, by the demo user's code. */
async function logInAs(page: Page, code: string): Promise<void> {
  await open(page, '/pages/me/index');
  await current(page).getByText(code, { exact: true }).click();
  await see(page, '党员认证');
}

/** A screenshot once the page has finished sliding in and no toast covers it. */
async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(700);
  await screenshot(page, name);
}

/** The test server's API, as another device would call it: a dev login code, then bearer-token JSON. */
async function api<T>(token: string | null, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

async function login(code: string): Promise<string> {
  const res = await api<{ token: string }>(null, 'POST', '/api/auth/wechat', { code });
  expect(res.status).toBe(200);
  return res.body.token;
}

const TITLE = '端到端测试：社区花园义务劳动';
const inHours = (h: number) => new Date(Date.now() + h * 3600 * 1000).toISOString();

describe('活动 (H5)', () => {
  it('a member waitlisted on a full activity is promoted when the other sign-up cancels, checks in with the short code and sees the points', async () => {
    // The community admin publishes an activity with one place, and a neighbour takes it.
    const admin = await login('demo_community_admin');
    const me = await api<{ adminScopes: { organizationId: number }[] }>(admin, 'GET', '/api/me');
    const organizationId = me.body.adminScopes[0].organizationId;
    const created = await api<{ id: number }>(admin, 'POST', '/api/activities', {
      organizationId, kind: 'volunteer', title: TITLE, description: '整理社区花园，修剪花木。请自带手套。',
      location: { name: '城阳村社区文化广场' }, startAt: inHours(30), endAt: inHours(33), signupDeadline: inHours(24),
      capacity: 1, audience: 'public', points: 3,
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const neighbour = await login('e2e_neighbour');
    const taken = await api<{ status: string }>(neighbour, 'POST', `/api/activities/${id}/signups`, { subscribe: false });
    expect(taken).toEqual({ status: 201, body: expect.objectContaining({ status: 'confirmed' }) });

    // The member finds it first among the upcoming activities and joins the waiting list.
    const page = await newPhonePage(browser, server.url);
    await logInAs(page, 'demo_member');
    await open(page, '/pages/activities/index');
    await see(page, TITLE);
    await see(page, '已报名 1/1');
    await shot(page, 'activities-list');
    await tap(page, TITLE);
    await see(page, '名额已满，报名候补');
    await tap(page, '名额已满，报名候补');
    await current(page).locator('.my-signup').getByText('候补第 1 位').waitFor();
    await page.getByText('名额已满，已进入候补第 1 位').waitFor({ state: 'hidden' });
    await shot(page, 'activity-detail-waitlisted');

    // The neighbour cancels: the member is confirmed in the same transaction.
    const cancelled = await api<{ promotedSignupId: number | null }>(neighbour, 'DELETE', `/api/activities/${id}/signups/me`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.promotedSignupId).not.toBeNull();
    await page.reload();
    await current(page).locator('.my-signup').getByText('已报名', { exact: true }).waitFor();
    await see(page, '扫码签到');
    await shot(page, 'activity-detail-confirmed');

    // At the venue: the admin's screen shows a code, the member types it.
    const code = await api<{ shortCode: string; token: string; qrDataUrl: string }>(admin, 'POST', `/api/activities/${id}/checkin-codes`);
    expect(code.status).toBe(200);
    expect(code.body.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    await tap(page, '扫码签到');
    const input = current(page).locator('input[placeholder^="现场二维码下方"]');
    await input.waitFor();
    await input.fill(code.body.shortCode);
    await tap(page, '确认签到');
    await see(page, '签到成功');
    await see(page, '获得 3 积分');
    await shot(page, 'activity-checkin-done');

    // The ledger has the entry, with its reason.
    await tap(page, '查看我的积分');
    await see(page, `参加活动「${TITLE}」`);
    await current(page).locator('.points-entry').filter({ hasText: TITLE }).getByText('+3', { exact: true }).waitFor();
    await shot(page, 'activity-my-points');
    await page.context().close();
  });
});
