import { checkinCode, CHECKIN_WINDOW_MS } from '../../server/src/modules/activities/checkin';
import { makeCommunity, makeUser, type TestUser } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';
import { inHours, makeActivity, signUp } from './activities.fixtures';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(() => ts.close());

const issue = async (id: number, admin: TestUser) => (await ts.http.post(`/api/activities/${id}/checkin-codes`).set(admin.auth).expect(200)).body;
/** The code the admin's screen shows now. Computed here, as PNG encoding is slow under jest; the endpoint has its own test. */
const liveCode = (id: number) => checkinCode(ts.deps.config.checkinSecret, id, Math.floor(Date.now() / CHECKIN_WINDOW_MS));
/** An activity starting in 15 minutes: check-in is open. */
const held = (o: Record<string, unknown> = {}) => makeActivity(ts, { startAt: inHours(0.25), endAt: inHours(2), signupDeadline: inHours(0.2), ...o });
const checkIn = (id: number, user: TestUser, body: object) => ts.http.post(`/api/activities/${id}/checkins`).set(user.auth).send(body);

describe('check-in codes', () => {
  it('gives the admin a token, a six-digit code, a PNG QR code and an expiry within 60 s', async () => {
    const { activity, admin } = await held();
    const asked = Date.now(); // the expiry counts from the issue, however slow the answer is to arrive
    const code = await issue(activity.id, admin);
    expect(code.token).toMatch(new RegExp(`^${activity.id}\\.\\d+\\.`));
    expect(code.shortCode).toMatch(/^\d{6}$/);
    expect(code.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const ttl = new Date(code.expiresAt).getTime() - asked;
    expect(ttl).toBeGreaterThan(CHECKIN_WINDOW_MS - 2000);
    expect(ttl).toBeLessThanOrEqual(2 * CHECKIN_WINDOW_MS);
    const member = await makeUser(ts);
    await signUp(ts, activity.id, member).expect(201);
    await checkIn(activity.id, member, { token: code.token }).expect(200);
  });

  it('refuses a resident (403), an outsider (403 OUT_OF_SCOPE), no token (401), an unknown activity (404)', async () => {
    const { activity } = await held();
    await ts.http.post(`/api/activities/${activity.id}/checkin-codes`).expect(401);
    await ts.http.post(`/api/activities/${activity.id}/checkin-codes`).set((await makeUser(ts)).auth).expect(403);
    const outsider = await makeUser(ts, { adminOf: (await makeCommunity(ts)).organization.id });
    expect((await ts.http.post(`/api/activities/${activity.id}/checkin-codes`).set(outsider.auth).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    await ts.http.post('/api/activities/999999/checkin-codes').set((await makeUser(ts, { roles: ['district_admin'] })).auth).expect(404);
  });
});

describe('checking in', () => {
  it('checks a confirmed member in once with the QR token and pays the points once', async () => {
    const { activity, organization } = await held({ points: 4 });
    const member = await makeUser(ts, { memberOf: organization.id });
    await signUp(ts, activity.id, member).expect(201);
    const { token } = liveCode(activity.id);
    const res = await checkIn(activity.id, member, { token }).expect(200);
    expect(res.body).toMatchObject({ activityId: activity.id, pointsAwarded: 4 });
    expect((await checkIn(activity.id, member, { token }).expect(409)).body.error.code).toBe('ALREADY_CHECKED_IN');
    const points = await ts.http.get('/api/me/points').set(member.auth).expect(200);
    expect(points.body).toMatchObject({ total: 4, entries: [{ delta: 4, reason: '参加活动「社区清洁志愿服务」', source: { type: 'activity', id: activity.id } }] });
  });

  it("pays under the rule for the activity's kind, and nothing once the rule's yearly cap would be passed", async () => {
    const first = await held({ kind: 'other', points: 15 });
    const second = await held({ kind: 'other', points: 10 });
    const member = await makeUser(ts, { memberOf: first.organization.id });
    for (const { activity } of [first, second]) await signUp(ts, activity.id, member).expect(201);
    expect((await checkIn(first.activity.id, member, { token: liveCode(first.activity.id).token }).expect(200)).body.pointsAwarded).toBe(15);
    expect((await checkIn(second.activity.id, member, { token: liveCode(second.activity.id).token }).expect(200)).body.pointsAwarded).toBe(0);
    const points = (await ts.http.get('/api/me/points').set(member.auth).expect(200)).body;
    expect(points).toMatchObject({ total: 15, entries: [{ ruleCode: 'attend_other' }] });
    expect(points.rules.find((r: { code: string }) => r.code === 'attend_other')).toMatchObject({ used: 15, yearlyCap: 20 });
  });

  it('accepts the short code; a resident checks in without points', async () => {
    const { activity } = await held({ points: 4 });
    const resident = await makeUser(ts);
    await signUp(ts, activity.id, resident).expect(201);
    const { shortCode } = liveCode(activity.id);
    expect((await checkIn(activity.id, resident, { shortCode }).expect(200)).body.pointsAwarded).toBe(0);
    expect((await ts.http.get(`/api/activities/${activity.id}`).expect(200)).body.checkedInCount).toBe(1);
  });

  it('checks in and pays once when the member scans 15 times at once', async () => {
    const { activity, organization } = await held({ points: 2 });
    const member = await makeUser(ts, { memberOf: organization.id });
    await signUp(ts, activity.id, member).expect(201);
    const { token } = liveCode(activity.id);
    const results = await Promise.all(Array.from({ length: 15 }, () => checkIn(activity.id, member, { token })));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(14);
    expect((await ts.http.get('/api/me/points').set(member.auth).expect(200)).body.total).toBe(2);
  });

  it('refuses an old code (yesterday\'s photo), a code of another activity, a forged one, and a wrong short code with 400', async () => {
    const { activity } = await held();
    const other = await held();
    const user = await makeUser(ts);
    await signUp(ts, activity.id, user).expect(201);
    const secret = ts.deps.config.checkinSecret;
    const yesterday = Math.floor((Date.now() - 86400_000) / CHECKIN_WINDOW_MS);
    const old = checkinCode(secret, activity.id, yesterday);
    expect((await checkIn(activity.id, user, { token: old.token }).expect(400)).body.error.code).toBe('CHECKIN_CODE_EXPIRED');
    expect((await checkIn(activity.id, user, { shortCode: old.shortCode }).expect(400)).body.error.code).toBe('INVALID_CHECKIN_CODE');
    const theirs = liveCode(other.activity.id);
    expect((await checkIn(activity.id, user, { token: theirs.token }).expect(400)).body.error.code).toBe('INVALID_CHECKIN_CODE');
    const live = liveCode(activity.id);
    await checkIn(activity.id, user, { token: live.token.slice(0, -2) + 'xx' }).expect(400);
    const wrong = String((Number(live.shortCode) + 1) % 1_000_000).padStart(6, '0');
    await checkIn(activity.id, user, { shortCode: wrong }).expect(400);
  });

  it('answers a right code without a confirmed sign-up exactly as a wrong code', async () => {
    const { activity } = await held({ capacity: 1 });
    const [confirmed, waitlisted, stranger] = [await makeUser(ts), await makeUser(ts), await makeUser(ts)];
    await signUp(ts, activity.id, confirmed).expect(201);
    await signUp(ts, activity.id, waitlisted).expect(201);
    const { token, shortCode } = liveCode(activity.id);
    const wrong = String((Number(shortCode) + 1) % 1_000_000).padStart(6, '0');
    const answers = [
      await checkIn(activity.id, stranger, { token }), await checkIn(activity.id, stranger, { shortCode }),
      await checkIn(activity.id, waitlisted, { token }), await checkIn(activity.id, stranger, { shortCode: wrong }),
    ].map((r) => [r.status, r.body]);
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]).toEqual([400, { error: { code: 'INVALID_CHECKIN_CODE', message: '签到码无效或已过期' } }]);
  });

  it('is open only from 30 minutes before the start to the end', async () => {
    const user = await makeUser(ts);
    const early = await held({ startAt: inHours(0.6), endAt: inHours(2), signupDeadline: inHours(0.5) });
    await signUp(ts, early.activity.id, user).expect(201);
    const refused = await checkIn(early.activity.id, user, { token: liveCode(early.activity.id).token }).expect(409);
    expect(refused.body.error.code).toBe('CHECKIN_CLOSED');
    const tomorrow = await makeActivity(ts);
    await signUp(ts, tomorrow.activity.id, user).expect(201);
    await checkIn(tomorrow.activity.id, user, { token: liveCode(tomorrow.activity.id).token }).expect(409);
    // After the end: the clock moves on past it.
    ts.clock.set(new Date(Date.now() + 3 * 3600_000).toISOString());
    try {
      const after = await checkIn(early.activity.id, user, { shortCode: '000000' }).expect(409);
      expect(after.body.error.code).toBe('CHECKIN_CLOSED');
    } finally {
      ts.clock.set(new Date().toISOString());
    }
  });

  it.each([
    ['no code', {}],
    ['a short code of letters', { shortCode: 'abcdef' }],
    ['a token that is a number', { token: 123 }],
    ['a token of 201 characters', { token: 'x'.repeat(201) }],
  ])('answers 400 for %s', async (_case, body) => {
    const { activity } = await held();
    const user = await makeUser(ts);
    await signUp(ts, activity.id, user).expect(201);
    await checkIn(activity.id, user, body).expect(400);
  });

  it('answers 401 without a token and 404 for an unknown activity', async () => {
    await ts.http.post('/api/activities/1/checkins').send({ shortCode: '123456' }).expect(401);
    await checkIn(999999, await makeUser(ts), { shortCode: '123456' }).expect(404);
  });
});

describe('the roster', () => {
  it('lists confirmed then waitlisted with positions and attendance, and exports the same as xlsx', async () => {
    const { activity, admin } = await held({ capacity: 1 });
    const [a, b] = [await makeUser(ts), await makeUser(ts)];
    await signUp(ts, activity.id, a).expect(201);
    await signUp(ts, activity.id, b).expect(201);
    const { token } = liveCode(activity.id);
    await checkIn(activity.id, a, { token }).expect(200);
    const json = await ts.http.get(`/api/activities/${activity.id}/signups`).set(admin.auth).expect(200);
    expect(json.body).toMatchObject({ total: 2, confirmedCount: 1, waitlistCount: 1 });
    expect(json.body.items).toEqual([
      expect.objectContaining({ userId: a.id, status: 'confirmed', position: null, checkedInAt: expect.any(String) }),
      expect.objectContaining({ userId: b.id, status: 'waitlisted', position: 1, checkedInAt: null }),
    ]);
    const file = await ts.http.get(`/api/activities/${activity.id}/signups?format=xlsx`).set(admin.auth).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.body);
    const rows = book.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0]).toContain('社区清洁志愿服务');
    expect(rows).toHaveLength(4); // title, header, two sign-ups
    expect(rows[3]).toContain('候补');
  });

  it('refuses a resident (403), an outsider (403 OUT_OF_SCOPE), a bad format (400)', async () => {
    const { activity, admin } = await makeActivity(ts);
    await ts.http.get(`/api/activities/${activity.id}/signups`).set((await makeUser(ts)).auth).expect(403);
    const outsider = await makeUser(ts, { adminOf: (await makeCommunity(ts)).organization.id });
    expect((await ts.http.get(`/api/activities/${activity.id}/signups`).set(outsider.auth).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    await ts.http.get(`/api/activities/${activity.id}/signups?format=pdf`).set(admin.auth).expect(400);
  });
});
