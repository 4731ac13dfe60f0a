import type request from 'supertest';
import { makeCommunity, makeUser } from './helpers/factories';
import { makePublished, pngBytes } from './helpers/disclosures';
import { describeOnMysql, startServerProcesses } from './helpers/processes';
import { reachableRedis } from './helpers/redis';
import { startTestServer, type TestServer } from './helpers/server';
import { makeOffer } from './campaigns-fixtures';
import { inHours, makeActivity, signUp } from './activities.fixtures';

const LIMITS = 'question=2/3600,checkin=3/600,checkinFailure=4/600,redemptionFailure=2/600,letter=2/3600,photo=3/3600';

/** A 429 in the error format, with Retry-After in seconds (at most the limit's window). */
function expectTooMany(res: request.Response, windowSeconds: number) {
  expect(res.status).toBe(429);
  expect(res.body.error).toMatchObject({ code: 'TOO_MANY_REQUESTS', message: expect.any(String) });
  const retryAfter = Number(res.headers['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
  expect(res.body.error.details.retryAfterSeconds).toBe(retryAfter);
}

function limitTests() {
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer({ env: { RATE_LIMITS: LIMITS } });
  });
  afterAll(() => ts?.close());

  it('limits logins per client address', async () => {
    // Its own server: the other tests' users log in too.
    const own = await startTestServer({ env: { RATE_LIMITS: 'login=3/60' } });
    try {
      for (let i = 0; i < 3; i++) await own.http.post('/api/auth/wechat').send({ code: `rl_login_${i}` }).expect(200);
      expectTooMany(await own.http.post('/api/auth/wechat').send({ code: 'rl_login_x' }), 60);
    } finally {
      await own.close();
    }
  });

  it('limits the questions of one resident, not of another', async () => {
    const { organization, community } = await makeCommunity(ts);
    const admin = await makeUser(ts, { adminOf: organization.id });
    const d = await makePublished(ts, admin, { communityId: community.id });
    const [asker, other] = [await makeUser(ts), await makeUser(ts)];
    const ask = (u: typeof asker) => ts.http.post(`/api/disclosures/${d.id}/questions`).set(u.auth).send({ content: '请问道路维修是哪一段？' });
    await ask(asker).expect(201);
    await ask(asker).expect(201);
    expectTooMany(await ask(asker), 3600);
    await ask(other).expect(201);
  });

  it('limits the letters of one resident, and the photos they upload, not another\'s', async () => {
    const { community } = await makeCommunity(ts);
    const [writer, other] = [await makeUser(ts), await makeUser(ts)];
    const write = (u: typeof writer) => ts.http.post('/api/letters').set(u.auth).send({ communityId: community.id, category: 'suggestion', title: '建议', content: '建议增设健身器材。', public: true });
    await write(writer).expect(201);
    await write(writer).expect(201);
    expectTooMany(await write(writer), 3600);
    await write(other).expect(201);
    const upload = (u: typeof writer, salt: string) => ts.http.post('/api/files').set(u.auth).attach('file', pngBytes(salt), 'p.png');
    for (let i = 0; i < 3; i++) await upload(writer, `rl-photo-${i}`).expect(201);
    expectTooMany(await upload(writer, 'rl-photo-x'), 3600);
    await upload(other, 'rl-photo-other').expect(201);
  });

  it('limits check-in attempts per user, and wrong codes per activity across users', async () => {
    const { activity } = await makeActivity(ts, { startAt: inHours(0.25), endAt: inHours(2), signupDeadline: inHours(0.2) });
    const users = [await makeUser(ts), await makeUser(ts), await makeUser(ts)];
    for (const u of users) await signUp(ts, activity.id, u).expect(201);
    const attempt = (u: (typeof users)[0]) => ts.http.post(`/api/activities/${activity.id}/checkins`).set(u.auth).send({ shortCode: 'x00000'.replace('x', '1') });
    for (let i = 0; i < 3; i++) expect([400, 200]).toContain((await attempt(users[0])).status);
    expectTooMany(await attempt(users[0]), 600);
    // users[0] made 3 wrong guesses (or one right by luck); one more from users[1] fills the activity's 4.
    await attempt(users[1]);
    expectTooMany(await attempt(users[2]), 600);
  });

  it('limits wrong coupon codes per redeemer; a right code waits too once the limit is reached', async () => {
    const { merchant, entryId } = await makeOffer(ts);
    const resident = await makeUser(ts);
    const claim = await ts.http.post(`/api/campaign-entries/${entryId}/claims`).set(resident.auth).expect(201);
    const redeem = (code: string) => ts.http.post(`/api/campaign-entries/${entryId}/redemptions`).set(merchant.user.auth).send({ code });
    await redeem('00000000').expect(404);
    await redeem('11111111').expect(404);
    expectTooMany(await redeem('22222222'), 600);
    expectTooMany(await redeem(claim.body.code), 600);
  });
}

describe('rate limits, counted in the process', limitTests);

let redisUrl: string | undefined;
beforeAll(async () => {
  redisUrl = await reachableRedis();
  if (!redisUrl) console.warn('Redis not reachable on 127.0.0.1:6379: the Redis rate-limit tests are skipped');
});

describe('rate limits, counted in Redis', () => {
  // Skips cleanly (each test returns) when no Redis answers; CI starts one.
  describe('one process', () => {
    let ts: TestServer | undefined;
    beforeAll(async () => {
      if (redisUrl) ts = await startTestServer({ env: { RATE_LIMITS: 'login=3/60', REDIS_URL: redisUrl } });
    });
    afterAll(() => ts?.close());
    it('limits logins with the count kept in Redis', async () => {
      if (!ts) return;
      for (let i = 0; i < 3; i++) await ts.http.post('/api/auth/wechat').send({ code: `rl_redis_${i}` }).expect(200);
      expectTooMany(await ts.http.post('/api/auth/wechat').send({ code: 'rl_redis_x' }), 60);
    });
  });

  describeOnMysql('two service processes', () => {
    let ts: TestServer | undefined;
    let cluster: Awaited<ReturnType<typeof startServerProcesses>> | undefined;
    beforeAll(async () => {
      if (!redisUrl) return;
      ts = await startTestServer();
      cluster = await startServerProcesses(2, { databaseUrl: ts.databaseUrl, wechatUrl: ts.wechat.url, env: { RATE_LIMITS: 'login=4/60,letter=2/3600', REDIS_URL: redisUrl } });
    });
    afterAll(async () => {
      await cluster?.stop();
      await ts?.close();
    });
    it('counts one resident\'s letters across both processes', async () => {
      if (!cluster || !ts) return;
      const { community } = await makeCommunity(ts);
      const writer = await makeUser(ts);
      const [a, b] = cluster.processes;
      const write = (p: typeof a) => p.http.post('/api/letters').set(writer.auth).send({ communityId: community.id, category: 'letter', title: '来信', content: '楼道灯坏了。', public: false });
      await write(a).expect(201);
      await write(b).expect(201);
      expectTooMany(await write(a), 3600);
      expectTooMany(await write(b), 3600);
    });

    it('counts one client\'s logins across both processes', async () => {
      if (!cluster) return;
      const [a, b] = cluster.processes;
      for (let i = 0; i < 4; i++) await (i % 2 ? b : a).http.post('/api/auth/wechat').send({ code: `rl_two_${i}` }).expect(200);
      expectTooMany(await a.http.post('/api/auth/wechat').send({ code: 'rl_two_a' }), 60);
      expectTooMany(await b.http.post('/api/auth/wechat').send({ code: 'rl_two_b' }), 60);
    });
  });
});
