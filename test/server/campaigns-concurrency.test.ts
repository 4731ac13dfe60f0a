import jwt from 'jsonwebtoken';
import { User } from '../../server/src/modules/auth/entities';
import { CampaignEntry, Claim } from '../../server/src/modules/campaigns/entities';
import { describeOnMysql, startServerProcesses } from './helpers/processes';
import { startTestServer, type TestServer } from './helpers/server';
import { makeOffer } from './campaigns-fixtures';

// The district's demo data and crowds of requests take longer than jest's default 5 s on a busy machine.
jest.setTimeout(60000);

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(() => ts.close());

/** Many residents at once, inserted directly and signed like the login route does: the test is about claims, not logins. */
async function residents(n: number) {
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  await ts.deps.db.manager.insert(User, Array.from({ length: n }, (_, i) => ({ openid: `o_rush_${tag}_${i}`, nickname: `居民${i}`, roles: [] })));
  const users = await ts.deps.db.manager.createQueryBuilder(User, 'u').where('u.openid LIKE :p', { p: `o_rush_${tag}_%` }).getMany();
  return users.map((u) => ({ id: u.id, auth: { Authorization: `Bearer ${jwt.sign({}, ts.deps.config.jwtSecret, { subject: String(u.id), expiresIn: 600 })}` } }));
}

describe('claims under concurrency', () => {
  it('gives exactly quota claims when 60 residents and 20 repeats claim at once; the rest 409, no 5xx', async () => {
    const { entryId } = await makeOffer(ts, 25);
    const users = await residents(60);
    const rush = [...users, ...users.slice(0, 20)];
    const results = await Promise.all(rush.map((u) => ts.http.post(`/api/campaign-entries/${entryId}/claims`).set(u.auth)));
    const ok = results.filter((r) => r.status === 201);
    expect(ok).toHaveLength(25);
    expect(results.filter((r) => r.status === 409)).toHaveLength(55);
    const db = ts.deps.db.manager;
    expect(await db.countBy(Claim, { entryId })).toBe(25);
    expect((await db.findOneByOrFail(CampaignEntry, { id: entryId })).claimedCount).toBe(25);
    const claimants = (await db.findBy(Claim, { entryId })).map((c) => c.userId);
    expect(new Set(claimants).size).toBe(25);
  });
});

describeOnMysql('claims with two server processes on one MySQL database', () => {
  let cluster: Awaited<ReturnType<typeof startServerProcesses>>;
  beforeAll(async () => {
    cluster = await startServerProcesses(2, { databaseUrl: ts.databaseUrl, wechatUrl: ts.wechat.url });
  });
  afterAll(() => cluster?.stop());

  it('holds quota and one per person when claims hit both processes at once', async () => {
    const { entryId } = await makeOffer(ts, 30);
    const users = await residents(80);
    const rush = [...users, ...users.slice(0, 20)];
    const results = await Promise.all(rush.map((u, i) => cluster.processes[i % 2].http.post(`/api/campaign-entries/${entryId}/claims`).set(u.auth)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(30);
    expect(results.filter((r) => r.status === 409)).toHaveLength(70);
    expect(await ts.deps.db.manager.countBy(Claim, { entryId })).toBe(30);
    expect((await ts.deps.db.manager.findOneByOrFail(CampaignEntry, { id: entryId })).claimedCount).toBe(30);
  });

  it('redeems a coupon once when both processes scan it at once', async () => {
    const { entryId, merchant } = await makeOffer(ts, 5);
    const [resident] = await residents(1);
    const claim = await cluster.processes[0].http.post(`/api/campaign-entries/${entryId}/claims`).set(resident.auth).expect(201);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => cluster.processes[i % 2].http.post(`/api/campaign-entries/${entryId}/redemptions`).set(merchant.user.auth).send({ code: claim.body.code })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(409)]);
  });
});
