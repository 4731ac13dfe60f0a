import { current, logInAs, open, see, tap, useApp } from './helpers/app';
import { screenshot } from './helpers/browser';

// Several pages and a reload; the build machine is shared and slow at times.
jest.setTimeout(120000);

const app = useApp();

async function login(code: string): Promise<string> {
  const res = await app.api<{ token: string }>(null, 'POST', '/api/auth/wechat', { code });
  expect(res.status).toBe(200);
  return res.body.token;
}

const TITLE = '端到端测试：社区花园义务劳动';
/** Hours from what the server's clock reads. */
const inHours = (h: number) => new Date(app.server.now().getTime() + h * 3600 * 1000).toISOString();

describe('活动 (H5)', () => {
  it('a member waitlisted on a full activity is promoted when the other sign-up cancels, checks in with the short code and sees the points', async () => {
    // The community admin publishes an activity with one place, and a neighbour takes it.
    const admin = await login('demo_community_admin');
    const me = await app.api<{ adminScopes: { organizationId: number }[] }>(admin, 'GET', '/api/me');
    const organizationId = me.body.adminScopes[0].organizationId;
    const created = await app.api<{ id: number }>(admin, 'POST', '/api/activities', {
      organizationId, kind: 'volunteer', title: TITLE, description: '整理社区花园，修剪花木。请自带手套。',
      location: { name: '城阳村社区文化广场' }, startAt: inHours(0.25), endAt: inHours(3), signupDeadline: inHours(0.2), // check-in opens 30 min before the start
      capacity: 1, audience: 'public', points: 3,
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const neighbour = await login('e2e_neighbour');
    const taken = await app.api<{ status: string }>(neighbour, 'POST', `/api/activities/${id}/signups`, { subscribe: false });
    expect(taken).toEqual({ status: 201, body: expect.objectContaining({ status: 'confirmed' }) });

    // The member finds it first among the upcoming activities and joins the waiting list.
    const page = await app.newPage();
    await logInAs(page, 'demo_member');
    await open(page, '/pages/activities/index');
    await see(page, TITLE);
    await see(page, '已报名 1/1');
    await screenshot(page, 'activities-list');
    await tap(page, TITLE);
    await see(page, '名额已满，报名候补');
    await tap(page, '名额已满，报名候补');
    await current(page).locator('.my-signup').getByText('候补第 1 位').waitFor();
    await page.getByText('名额已满，已进入候补第 1 位').waitFor({ state: 'hidden' });
    await screenshot(page, 'activity-detail-waitlisted');

    // The neighbour cancels: the member is confirmed in the same transaction.
    const cancelled = await app.api<{ promotedSignupId: number | null }>(neighbour, 'DELETE', `/api/activities/${id}/signups/me`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.promotedSignupId).not.toBeNull();
    await page.reload();
    await current(page).locator('.my-signup').getByText('已报名', { exact: true }).waitFor();
    await see(page, '扫码签到');
    await screenshot(page, 'activity-detail-confirmed');

    // At the venue: the admin's screen shows a code, the member types it.
    const code = await app.api<{ shortCode: string; token: string; qrDataUrl: string }>(admin, 'POST', `/api/activities/${id}/checkin-codes`);
    expect(code.status).toBe(200);
    expect(code.body.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    await tap(page, '扫码签到');
    const input = current(page).locator('input[placeholder^="现场二维码下方"]');
    await input.waitFor();
    await input.fill(code.body.shortCode);
    await tap(page, '确认签到');
    await see(page, '签到成功');
    await see(page, '获得 3 积分');
    await screenshot(page, 'activity-checkin-done');

    // The ledger has the entry, with its reason.
    await tap(page, '查看我的积分');
    await see(page, `参加活动「${TITLE}」`);
    await current(page).locator('.points-entry').filter({ hasText: TITLE }).getByText('+3', { exact: true }).waitFor();
    await screenshot(page, 'activity-my-points');
    await page.context().close();
  });
});
