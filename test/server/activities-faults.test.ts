import type request from 'supertest';
import { Activity, Signup } from '../../server/src/modules/activities/entities';
import { repairWaitlists } from '../../server/src/modules/activities/signups';
import { makeUser, type TestUser } from './helpers/factories';
import { describeOnMysql, startServerProcesses } from './helpers/processes';
import { startTestServer, type TestServer } from './helpers/server';
import { makeActivity, signUp } from './activities.fixtures';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(() => ts.close());

/** A sign-up cut between its INSERT and the place-taking UPDATE: the row as the INSERT left it. */
const cutSignup = (activityId: number, user: TestUser) =>
  ts.deps.db.manager.insert(Signup, { activityId, userId: user.id, status: 'waitlisted', checkedInAt: null, createdAt: new Date(), updatedAt: new Date() });

/** Places are never left free while someone waits, and the count matches the rows. */
async function expectConsistent(activityId: number) {
  const activity = await ts.deps.db.manager.findOneByOrFail(Activity, { id: activityId });
  const confirmed = await ts.deps.db.manager.countBy(Signup, { activityId, status: 'confirmed' });
  const waitlisted = await ts.deps.db.manager.countBy(Signup, { activityId, status: 'waitlisted' });
  expect(activity.confirmedCount).toBe(confirmed);
  expect(confirmed).toBeLessThanOrEqual(activity.capacity!);
  if (waitlisted > 0) expect(confirmed).toBe(activity.capacity);
  return { confirmed, waitlisted };
}

describe('a sign-up cut short by a fault', () => {
  it('is finished by the user\'s retry: confirmed while places are free, first come first', async () => {
    const { activity } = await makeActivity(ts, { capacity: 2 });
    const [first, second, third] = [await makeUser(ts), await makeUser(ts), await makeUser(ts)];
    await cutSignup(activity.id, first);
    await cutSignup(activity.id, second);
    await cutSignup(activity.id, third);
    const retry = await signUp(ts, activity.id, third).expect(200);
    // The retry fills both free places in the order of sign-up: the third still waits, first in line.
    expect(retry.body).toMatchObject({ status: 'waitlisted', position: 1 });
    expect((await signUp(ts, activity.id, first).expect(200)).body.status).toBe('confirmed');
    expect((await signUp(ts, activity.id, second).expect(200)).body.status).toBe('confirmed');
    await expectConsistent(activity.id);
  });

  it('is finished by the repair job for a user who never retries', async () => {
    const { activity } = await makeActivity(ts, { capacity: 3 });
    const users = [await makeUser(ts), await makeUser(ts)];
    for (const u of users) await cutSignup(activity.id, u);
    expect(await repairWaitlists(ts.deps, ts.deps.clock.now())).toBeGreaterThanOrEqual(2);
    for (const u of users) expect((await ts.http.get(`/api/activities/${activity.id}`).set(u.auth).expect(200)).body.mySignup.status).toBe('confirmed');
    expect(await expectConsistent(activity.id)).toEqual({ confirmed: 2, waitlisted: 0 });
  });
});

describeOnMysql('a service process killed in the middle of a sign-up burst (two processes, MariaDB)', () => {
  it('leaves every user who got a 2xx or retried in the right state, and no free place while someone waits', async () => {
    const { activity } = await makeActivity(ts, { capacity: 15 });
    const users = await Promise.all(Array.from({ length: 40 }, () => makeUser(ts)));
    const cluster = await startServerProcesses(2, { databaseUrl: ts.databaseUrl, wechatUrl: ts.wechat.url });
    try {
      const [doomed, survivor] = cluster.processes;
      const send = (http: ReturnType<typeof request>, u: TestUser) =>
        http.post(`/api/activities/${activity.id}/signups`).set(u.auth).send({}).then((r) => r, () => null);
      const burst = users.map((u, i) => send(i % 2 ? survivor.http : doomed.http, u));
      // Kill one process as soon as the first answers arrive: its requests in flight are cut anywhere.
      await Promise.race(burst);
      doomed.child.kill('SIGKILL');
      const answers = await Promise.all(burst);
      const answered = new Map<number, string>();
      for (const [i, r] of answers.entries()) if (r && r.status < 300) answered.set(users[i].id, r.body.status);
      // Everyone without an answer retries on the process left.
      const retried = await Promise.all(users.filter((u) => !answered.has(u.id)).map(async (u) => [u, (await send(survivor.http, u))!] as const));
      for (const [u, r] of retried) {
        expect(r.status).toBeLessThan(300);
        answered.set(u.id, r.body.status);
      }
      const { confirmed } = await expectConsistent(activity.id);
      expect(confirmed).toBe(15);
      // What a user was last told is what they hold, unless a place freed for them since (waitlisted → confirmed).
      for (const u of users) {
        const held = await ts.deps.db.manager.findOneByOrFail(Signup, { activityId: activity.id, userId: u.id });
        if (answered.get(u.id) === 'confirmed') expect(held.status).toBe('confirmed');
      }
    } finally {
      await cluster.stop();
    }
  });
});
