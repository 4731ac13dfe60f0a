import { makeCommunity, makeUser } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';
import { inHours, makeActivity, signUp } from './activities.fixtures';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(() => ts.close());

const detail = async (id: number, auth: object = {}) => (await ts.http.get(`/api/activities/${id}`).set(auth).expect(200)).body;

describe('signing up', () => {
  it('confirms while there is room, then waitlists with a position', async () => {
    const { activity } = await makeActivity(ts, { capacity: 2 });
    const users = await Promise.all([1, 2, 3, 4].map(() => makeUser(ts)));
    const answers = [];
    for (const u of users) answers.push((await signUp(ts, activity.id, u).expect(201)).body);
    expect(answers.map((a) => [a.status, a.position])).toEqual([['confirmed', null], ['confirmed', null], ['waitlisted', 1], ['waitlisted', 2]]);
    expect(await detail(activity.id)).toMatchObject({ confirmedCount: 2, waitlistCount: 2 });
  });

  it('answers a repeat with 200 and the same sign-up', async () => {
    const { activity } = await makeActivity(ts);
    const user = await makeUser(ts);
    const first = await signUp(ts, activity.id, user).expect(201);
    const again = await signUp(ts, activity.id, user).expect(200);
    expect(again.body).toEqual(first.body);
    expect(await detail(activity.id)).toMatchObject({ confirmedCount: 1 });
  });

  it('takes no capacity for unlimited activities', async () => {
    const { activity } = await makeActivity(ts, { capacity: null });
    for (let i = 0; i < 3; i++) expect((await signUp(ts, activity.id, await makeUser(ts)).expect(201)).body.status).toBe('confirmed');
  });

  it('answers 409 SIGNUP_CLOSED after the deadline', async () => {
    const { activity } = await makeActivity(ts, { signupDeadline: inHours(-1) });
    const res = await signUp(ts, activity.id, await makeUser(ts)).expect(409);
    expect(res.body.error.code).toBe('SIGNUP_CLOSED');
  });

  it('lets members of the organisation (or under it) sign up for members-only activities, and refuses others with 403', async () => {
    const { activity, organization } = await makeActivity(ts, { audience: 'members' });
    await signUp(ts, activity.id, await makeUser(ts, { memberOf: organization.id })).expect(201);
    const resident = await signUp(ts, activity.id, await makeUser(ts)).expect(403);
    expect(resident.body.error.code).toBe('MEMBERS_ONLY');
    await signUp(ts, activity.id, await makeUser(ts, { memberOf: (await makeCommunity(ts)).organization.id })).expect(403);
  });

  it('refuses no token (401), an unknown activity (404), a bad id or body (400)', async () => {
    const { activity } = await makeActivity(ts);
    const user = await makeUser(ts);
    await ts.http.post(`/api/activities/${activity.id}/signups`).send({}).expect(401);
    await signUp(ts, 999999, user).expect(404);
    await ts.http.post('/api/activities/x/signups').set(user.auth).send({}).expect(400);
    await signUp(ts, activity.id, user, { subscribe: 'yes' }).expect(400);
  });

  it('lists my sign-ups with their activities', async () => {
    const { activity } = await makeActivity(ts);
    const user = await makeUser(ts);
    await signUp(ts, activity.id, user).expect(201);
    const res = await ts.http.get('/api/me/signups').set(user.auth).expect(200);
    expect(res.body).toMatchObject({ total: 1, items: [{ status: 'confirmed', activity: { id: activity.id, title: '社区清洁志愿服务' } }] });
    await ts.http.get('/api/me/signups').expect(401);
  });
});

describe('cancelling a sign-up', () => {
  it('confirms the first on the waiting list in the same step', async () => {
    const { activity } = await makeActivity(ts, { capacity: 1 });
    const [a, b, c] = [await makeUser(ts), await makeUser(ts), await makeUser(ts)];
    for (const u of [a, b, c]) await signUp(ts, activity.id, u).expect(201);
    const res = await ts.http.delete(`/api/activities/${activity.id}/signups/me`).set(a.auth).expect(200);
    expect(res.body).toMatchObject({ status: 'cancelled' });
    expect((await detail(activity.id, b.auth)).mySignup).toMatchObject({ status: 'confirmed', id: res.body.promotedSignupId });
    expect((await detail(activity.id, c.auth)).mySignup).toMatchObject({ status: 'waitlisted', position: 1 });
    expect(await detail(activity.id)).toMatchObject({ confirmedCount: 1, waitlistCount: 1 });
  });

  it('frees the place when nobody waits, and a later sign-up queues at the back', async () => {
    const { activity } = await makeActivity(ts, { capacity: 1 });
    const [a, b, c] = [await makeUser(ts), await makeUser(ts), await makeUser(ts)];
    await signUp(ts, activity.id, a).expect(201);
    await signUp(ts, activity.id, b).expect(201);
    await signUp(ts, activity.id, c).expect(201);
    await ts.http.delete(`/api/activities/${activity.id}/signups/me`).set(b.auth).expect(200);
    expect((await signUp(ts, activity.id, b).expect(201)).body).toMatchObject({ status: 'waitlisted', position: 2 });
    await ts.http.delete(`/api/activities/${activity.id}/signups/me`).set(a.auth).expect(200);
    await ts.http.delete(`/api/activities/${activity.id}/signups/me`).set(c.auth).expect(200);
    await ts.http.delete(`/api/activities/${activity.id}/signups/me`).set(b.auth).expect(200);
    expect(await detail(activity.id)).toMatchObject({ confirmedCount: 0, waitlistCount: 0 });
  });

  it('answers 404 without a sign-up, 409 once the activity has started, 401 without a token', async () => {
    const { activity } = await makeActivity(ts);
    await ts.http.delete(`/api/activities/${activity.id}/signups/me`).set((await makeUser(ts)).auth).expect(404);
    await ts.http.delete(`/api/activities/${activity.id}/signups/me`).expect(401);
    const started = await makeActivity(ts, { startAt: inHours(-1), endAt: inHours(1), signupDeadline: inHours(1) });
    const user = await makeUser(ts);
    await signUp(ts, started.activity.id, user).expect(201);
    const res = await ts.http.delete(`/api/activities/${started.activity.id}/signups/me`).set(user.auth).expect(409);
    expect(res.body.error.code).toBe('ACTIVITY_STARTED');
  });
});

describe('under a flash crowd', () => {
  it('confirms exactly the capacity and waitlists the rest when 60 users sign up at once', async () => {
    const { activity } = await makeActivity(ts, { capacity: 10 });
    const users = await Promise.all(Array.from({ length: 60 }, () => makeUser(ts)));
    const results = await Promise.all(users.map((u) => signUp(ts, activity.id, u)));
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect(results.filter((r) => r.body.status === 'confirmed')).toHaveLength(10);
    const positions = results.filter((r) => r.body.status === 'waitlisted').map((r) => r.body.position).sort((x, y) => x - y);
    expect(positions).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(await detail(activity.id)).toMatchObject({ confirmedCount: 10, waitlistCount: 50 });
  });

  it('keeps one sign-up when one user taps 20 times at once', async () => {
    const { activity } = await makeActivity(ts);
    const user = await makeUser(ts);
    const results = await Promise.all(Array.from({ length: 20 }, () => signUp(ts, activity.id, user)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 200)).toHaveLength(19);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(await detail(activity.id)).toMatchObject({ confirmedCount: 1 });
  });

  it('promotes in order and never over capacity when cancels and sign-ups race', async () => {
    const { activity } = await makeActivity(ts, { capacity: 5 });
    const first = await Promise.all(Array.from({ length: 15 }, () => makeUser(ts)));
    for (const u of first) await signUp(ts, activity.id, u).expect(201);
    const late = await Promise.all(Array.from({ length: 10 }, () => makeUser(ts)));
    await Promise.all([
      ...first.slice(0, 5).map((u) => ts.http.delete(`/api/activities/${activity.id}/signups/me`).set(u.auth).expect(200)),
      ...late.map((u) => signUp(ts, activity.id, u).expect(201)),
    ]);
    // The five confirmed left; the next five on the list (arrived 6th–10th) hold the places.
    const statuses = await Promise.all(first.slice(5).map(async (u) => (await detail(activity.id, u.auth)).mySignup.status));
    expect(statuses).toEqual([...Array(5).fill('confirmed'), ...Array(5).fill('waitlisted')]);
    expect(await detail(activity.id)).toMatchObject({ confirmedCount: 5, waitlistCount: 15 });
  });
});
