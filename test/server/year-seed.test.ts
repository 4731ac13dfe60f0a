import { modules } from '../../server/src/modules/registry';
import { Commitment } from '../../server/src/modules/commitments/entities';
import { PointEntry } from '../../server/src/modules/points/entities';
import { StarRating } from '../../server/src/modules/stars/entities';
import { startTestServer, type TestServer } from './helpers/server';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer({ now: '2026-11-20T02:00:00Z' });
  for (const m of modules) await m.seed?.(ts.deps);
});
afterAll(() => ts.close());

const login = async (openid: string) => {
  const res = await ts.http.post('/api/auth/wechat').send({ code: openid.replace(/^o_/, '') }).expect(200);
  return { Authorization: `Bearer ${res.body.token}` };
};

describe("the members' year demo data", () => {
  it("gives the demo member a year of points under the rules and four stars with why", async () => {
    const auth = await login('o_demo_member');
    const points = (await ts.http.get('/api/me/points?pageSize=50').set(auth).expect(200)).body;
    expect(points.total).toBe(63);
    expect(new Set(points.entries.map((e: { source: { type: string } }) => e.source.type))).toEqual(new Set(['award', 'activity']));
    expect(points.rules.find((r: { code: string }) => r.code === 'volunteer_hours')).toMatchObject({ used: 20 });
    expect((await ts.http.get('/api/me/stars').set(auth).expect(200)).body.items).toEqual([expect.objectContaining({ year: 2026, stars: 4, points: 63, review: 'excellent' })]);
  });

  it('rates the whole demo branch and publishes commitments of officials and members with what was done', async () => {
    expect(await ts.deps.db.manager.countBy(StarRating, { year: 2026, stars: 5 })).toBe(1);
    const admin = await login('o_demo_community_admin');
    const orgId = (await ts.deps.db.manager.findOneByOrFail(Commitment, { kind: 'official', authorName: '城阳村社区管理员' })).organizationId;
    const list = (await ts.http.get(`/api/commitments?organizationId=${orgId}&year=2026`).set(admin).expect(200)).body;
    expect(list.items[0]).toMatchObject({ kind: 'official', author: '城阳村社区管理员', fulfilments: [expect.anything(), expect.anything()] });
    expect(list.items.filter((c: { kind: string }) => c.kind === 'member')).toHaveLength(3);
    expect(await ts.deps.db.manager.countBy(PointEntry, { sourceType: 'correction' })).toBe(1);
  });

  it('seeding again adds no rows', async () => {
    const count = async () => [await ts.deps.db.manager.count(PointEntry), await ts.deps.db.manager.count(StarRating), await ts.deps.db.manager.count(Commitment)];
    const before = await count();
    for (const m of modules) await m.seed?.(ts.deps);
    expect(await count()).toEqual(before);
  });
});
