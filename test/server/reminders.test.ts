import { sendDueReminders } from '../../server/src/modules/reminders/jobs';
import { appPages } from './helpers/app-pages';
import { makePublished } from './helpers/disclosures';
import { makeCommunity, makeUser, type TestUser } from './helpers/factories';
import { describeOnMysql, startServerProcesses } from './helpers/processes';
import { startTestServer, type TestServer } from './helpers/server';

let ts: TestServer;
// 18 February: January's finance is due by the end of 20 February, within three days.
const NOW = '2026-02-18T02:00:00Z';
const DAY = 24 * 3600_000;
beforeAll(async () => {
  ts = await startTestServer({ now: NOW });
});
afterAll(() => ts.close());

const sentTo = (user: TestUser) => ts.wechat.state.sentMessages.filter((m) => m.touser === user.openid);
const run = () => sendDueReminders(ts.deps, ts.clock.now());
const later = (days: number, from = Date.parse(NOW)) => ts.clock.set(new Date(from + days * DAY + 60_000));

async function community() {
  const c = await makeCommunity(ts);
  return { ...c, admin: await makeUser(ts, { adminOf: c.organization.id }) };
}

describe('reminders to admins', () => {
  it('reminds a community’s admins once of a disclosure due in 3 days, not one already published', async () => {
    const late = await community();
    const done = await community();
    await makePublished(ts, done.admin, { communityId: done.community.id, period: '2026-01' });
    await run();
    await run();
    const mine = sentTo(late.admin);
    expect(mine).toEqual([expect.objectContaining({ template_id: 'tpl_due_reminder', page: 'packages/disclosure/pages/admin' })]);
    expect(JSON.stringify(mine[0].data)).toContain('2026-01');
    expect(appPages()).toContain(mine[0].page);
    expect(sentTo(done.admin)).toEqual([]);
  });

  it('brings a letter and a question unanswered on day 8 to the admins, once; not an answered one', async () => {
    ts.clock.set(NOW);
    const c = await community();
    const resident = await makeUser(ts);
    const d = await makePublished(ts, c.admin, { communityId: c.community.id, period: '2026-01' });
    const send = (title: string) => ts.http.post('/api/letters').set(resident.auth).send({ communityId: c.community.id, category: 'letter', title, content: '请处理', public: true }).expect(201);
    const waiting = (await send('等着的信')).body.id;
    const answered = (await send('答了的信')).body.id;
    await ts.http.post(`/api/disclosures/${d.id}/questions`).set(resident.auth).send({ content: '这笔钱用在哪？' }).expect(201);
    await ts.http.post(`/api/letters/${answered}/reply`).set(c.admin.auth).send({ content: '已办' }).expect(200);
    later(7);
    const before = sentTo(c.admin).length;
    await run();
    expect(sentTo(c.admin).filter((m) => m.template_id === 'tpl_unanswered_reminder')).toHaveLength(0);
    later(8);
    await run();
    await run();
    const reminders = sentTo(c.admin).filter((m) => m.template_id === 'tpl_unanswered_reminder');
    expect(reminders.map((m) => m.page).sort()).toEqual(['packages/disclosure/pages/admin', 'packages/letters/pages/desk']);
    expect(JSON.stringify(reminders)).toContain('等着的信');
    expect(JSON.stringify(reminders)).not.toContain('答了的信');
    expect(sentTo(c.admin).length - before).toBeGreaterThanOrEqual(2);
    for (const m of reminders) expect(appPages()).toContain(m.page);
    void waiting;
  });

  it('brings a member binding pending more than 2 days to the admins', async () => {
    ts.clock.set(NOW);
    const c = await community();
    const user = await makeUser(ts);
    await ts.http.post('/api/me/member-binding').set(user.auth).send({ name: '测试', phone: '13800001111', organizationId: c.organization.id }).expect(201);
    // The request's time is the database's (real) time.
    const asked = Date.now();
    later(1, asked);
    await run();
    expect(sentTo(c.admin).filter((m) => m.template_id === 'tpl_review_reminder')).toEqual([]);
    later(3, asked);
    await run();
    await run();
    expect(sentTo(c.admin).filter((m) => m.template_id === 'tpl_review_reminder')).toEqual([expect.objectContaining({ page: 'packages/admin/pages/bindings' })]);
  });

  it('does not retry an admin who refused (43101), and sends after a used-up quota (45009) once it is back', async () => {
    ts.clock.set(NOW);
    const [refusing, quota] = [await community(), await community()];
    ts.wechat.state.refusedSubscribers.add(refusing.admin.openid);
    ts.wechat.state.subscribeQuota = 0;
    try {
      await run();
    } finally {
      ts.wechat.state.subscribeQuota = undefined;
    }
    expect([...sentTo(refusing.admin), ...sentTo(quota.admin)]).toEqual([]);
    ts.wechat.state.refusedSubscribers.delete(refusing.admin.openid);
    await run();
    expect(sentTo(refusing.admin)).toEqual([]);
    expect(sentTo(quota.admin)).toHaveLength(1);
  });
});

describeOnMysql('reminders with two server processes on one MySQL database', () => {
  it('sends each reminder once while both processes run the job', async () => {
    ts.clock.set(NOW);
    const communities = await Promise.all(Array.from({ length: 10 }, () => community()));
    const cluster = await startServerProcesses(2, { databaseUrl: ts.databaseUrl, wechatUrl: ts.wechat.url, env: { JOBS_INTERVAL_MS: '20', CLOCK_START: NOW } });
    try {
      const mine = () => communities.flatMap((c) => sentTo(c.admin));
      for (let i = 0; i < 100 && mine().length < 10; i++) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 300));
      expect(mine()).toHaveLength(10);
    } finally {
      await cluster.stop();
    }
  });
});
