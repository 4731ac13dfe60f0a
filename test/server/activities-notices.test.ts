import { sendDueNotices } from '../../server/src/modules/activities/notices';
import { appPages } from './helpers/app-pages';
import { makeUser, type TestUser } from './helpers/factories';
import { describeOnMysql, startServerProcesses } from './helpers/processes';
import { startTestServer, type TestServer } from './helpers/server';
import { inHours, makeActivity, signUp } from './activities.fixtures';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(() => ts.close());

/** An activity starting within the reminder lead time, so its reminders are due now. */
const soon = { startAt: inHours(1), endAt: inHours(3), signupDeadline: inHours(1) };
const sentTo = (user: TestUser) => ts.wechat.state.sentMessages.filter((m) => m.touser === user.openid);

describe('reminders and cancellation notices', () => {
  it('reminds a confirmed subscriber once before the start, not those who did not allow it or still wait', async () => {
    const { activity } = await makeActivity(ts, { ...soon, capacity: 1 });
    const [subscriber, silent, waiting] = [await makeUser(ts), await makeUser(ts), await makeUser(ts)];
    await signUp(ts, activity.id, subscriber, { subscribe: true }).expect(201);
    await signUp(ts, activity.id, silent).expect(201);
    await signUp(ts, activity.id, waiting, { subscribe: true }).expect(201);
    await sendDueNotices(ts.deps, new Date());
    await sendDueNotices(ts.deps, new Date());
    expect(sentTo(subscriber)).toEqual([expect.objectContaining({ template_id: 'tpl_activity_reminder', page: `packages/activity/pages/detail?id=${activity.id}` })]);
    // The message opens a page the app has: WeChat shows an error for any other.
    expect(appPages()).toContain(sentTo(subscriber)[0].page.split('?')[0]);
    expect(sentTo(subscriber)[0].data).toMatchObject({ thing1: { value: '社区清洁志愿服务' }, thing3: { value: '社区广场' } });
    expect(sentTo(silent)).toEqual([]);
    expect(sentTo(waiting)).toEqual([]);
  });

  it('reminds someone promoted from the waiting list, and not someone who cancelled', async () => {
    const { activity } = await makeActivity(ts, { ...soon, capacity: 1 });
    const [leaver, promoted] = [await makeUser(ts), await makeUser(ts)];
    await signUp(ts, activity.id, leaver, { subscribe: true }).expect(201);
    await signUp(ts, activity.id, promoted, { subscribe: true }).expect(201);
    await ts.http.delete(`/api/activities/${activity.id}/signups/me`).set(leaver.auth).expect(200);
    await sendDueNotices(ts.deps, new Date());
    expect(sentTo(leaver)).toEqual([]);
    expect(sentTo(promoted)).toHaveLength(1);
  });

  it('waits until the reminder is due', async () => {
    const { activity } = await makeActivity(ts); // starts in two days
    const user = await makeUser(ts);
    await signUp(ts, activity.id, user, { subscribe: true }).expect(201);
    await sendDueNotices(ts.deps, new Date());
    expect(sentTo(user)).toEqual([]);
  });

  it('tells subscribers when the activity is cancelled, instead of reminding them', async () => {
    const { activity, admin } = await makeActivity(ts);
    const user = await makeUser(ts);
    await signUp(ts, activity.id, user, { subscribe: true }).expect(201);
    await ts.http.post(`/api/activities/${activity.id}/cancel`).set(admin.auth).send({ reason: '场地检修' }).expect(200);
    await sendDueNotices(ts.deps, new Date());
    expect(sentTo(user)).toEqual([expect.objectContaining({ template_id: 'tpl_activity_cancelled' })]);
    expect(JSON.stringify(sentTo(user)[0].data)).toContain('场地检修');
  });

  it('does not retry a user who withdrew the allowance (WeChat 43101)', async () => {
    const { activity } = await makeActivity(ts, soon);
    const user = await makeUser(ts);
    ts.wechat.state.refusedSubscribers.add(user.openid);
    await signUp(ts, activity.id, user, { subscribe: true }).expect(201);
    expect(await sendDueNotices(ts.deps, new Date())).toBe(0);
    ts.wechat.state.refusedSubscribers.delete(user.openid);
    await sendDueNotices(ts.deps, new Date());
    expect(sentTo(user)).toEqual([]);
  });
});

describeOnMysql('notices with two server processes on one MySQL database', () => {
  it('sends each reminder exactly once while both processes run the job', async () => {
    const { activity } = await makeActivity(ts, { ...soon, capacity: null });
    const users = await Promise.all(Array.from({ length: 30 }, () => makeUser(ts)));
    await Promise.all(users.map((u) => signUp(ts, activity.id, u, { subscribe: true }).expect(201)));
    const cluster = await startServerProcesses(2, { databaseUrl: ts.databaseUrl, wechatUrl: ts.wechat.url, env: { JOBS_INTERVAL_MS: '20' } });
    try {
      const mine = () => ts.wechat.state.sentMessages.filter((m) => users.some((u) => u.openid === m.touser));
      for (let i = 0; i < 100 && mine().length < users.length; i++) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 300)); // let both processes run a few more rounds
      expect(mine()).toHaveLength(30);
      expect(new Set(mine().map((m) => m.touser)).size).toBe(30);
    } finally {
      await cluster.stop();
    }
  });

  it('keeps capacity and one sign-up per user when 80 sign-ups hit both processes at once', async () => {
    const { activity } = await makeActivity(ts, { capacity: 15 });
    const users = await Promise.all(Array.from({ length: 80 }, () => makeUser(ts)));
    const cluster = await startServerProcesses(2, { databaseUrl: ts.databaseUrl, wechatUrl: ts.wechat.url });
    try {
      const results = await Promise.all([
        ...users.map((u, i) => cluster.processes[i % 2].http.post(`/api/activities/${activity.id}/signups`).set(u.auth).send({})),
        ...users.slice(0, 10).map((u, i) => cluster.processes[(i + 1) % 2].http.post(`/api/activities/${activity.id}/signups`).set(u.auth).send({})),
      ]);
      expect(results.every((r) => r.status === 201 || r.status === 200)).toBe(true);
      expect(results.filter((r) => r.status === 201)).toHaveLength(80);
      const detail = (await ts.http.get(`/api/activities/${activity.id}`).expect(200)).body;
      expect(detail).toMatchObject({ confirmedCount: 15, waitlistCount: 65 });
    } finally {
      await cluster.stop();
    }
  });
});
