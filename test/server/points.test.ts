import { makeCommunity, makeStreet, makeUser, type TestUser } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';
import { PointEntry } from '../../server/src/modules/points/entities';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(() => ts.close());

async function award(user: TestUser, organization: { id: number; path: string }, delta: number, sourceId: number, createdAt?: Date) {
  await ts.deps.db.manager.insert(PointEntry, { userId: user.id, delta, reason: `测试${sourceId}`, sourceType: 'activity', sourceId, ruleCode: null, organizationId: organization.id, organizationPath: organization.path, createdAt: createdAt ?? ts.clock.now() });
}

describe('my points', () => {
  it('sums the year and lists its entries newest first', async () => {
    const { organization } = await makeCommunity(ts);
    const member = await makeUser(ts, { memberOf: organization.id });
    await award(member, organization, 3, 1);
    await award(member, organization, 5, 2);
    await award(member, organization, 7, 3, new Date('2020-06-01T00:00:00Z'));
    const res = await ts.http.get('/api/me/points').set(member.auth).expect(200);
    expect(res.body).toMatchObject({ total: 8, entries: [{ delta: 5, reason: '测试2', source: { type: 'activity', id: 2 } }, { delta: 3 }] });
    expect((await ts.http.get('/api/me/points?year=2020').set(member.auth).expect(200)).body).toMatchObject({ year: 2020, total: 7 });
  });

  it('refuses a resident (403 NOT_MEMBER), no token (401), a bad year (400)', async () => {
    expect((await ts.http.get('/api/me/points').set((await makeUser(ts)).auth).expect(403)).body.error.code).toBe('NOT_MEMBER');
    await ts.http.get('/api/me/points').expect(401);
    const { organization } = await makeCommunity(ts);
    const member = await makeUser(ts, { memberOf: organization.id });
    for (const y of ['abc', '1999', '2101']) await ts.http.get(`/api/me/points?year=${y}`).set(member.auth).expect(400);
  });
});

describe('ranking', () => {
  it('ranks members earning points under the organisation, most first, for the year', async () => {
    const { street, organization: streetOrg } = await makeStreet(ts);
    const c1 = await makeCommunity(ts, { streetId: street.id });
    const c2 = await makeCommunity(ts, { streetId: street.id });
    const [a, b, c] = [await makeUser(ts, { memberOf: c1.organization.id }), await makeUser(ts, { memberOf: c1.organization.id }), await makeUser(ts, { memberOf: c2.organization.id })];
    await award(a, c1.organization, 3, 1);
    await award(b, c1.organization, 5, 1);
    await award(b, c1.organization, 1, 2);
    await award(c, c2.organization, 4, 1);
    await award(c, c2.organization, 50, 3, new Date('2020-06-01T00:00:00Z'));
    const admin = await makeUser(ts, { adminOf: streetOrg.id });
    const res = await ts.http.get(`/api/points/ranking?organizationId=${streetOrg.id}`).set(admin.auth).expect(200);
    expect(res.body).toMatchObject({ total: 3, page: 1 });
    expect(res.body.items.map((r: { userId: number; points: number; rank: number }) => [r.rank, r.userId, r.points])).toEqual([[1, b.id, 6], [2, c.id, 4], [3, a.id, 3]]);
    const community = await ts.http.get(`/api/points/ranking?organizationId=${c2.organization.id}&year=2020`).set(admin.auth).expect(200);
    expect(community.body.items).toEqual([expect.objectContaining({ userId: c.id, points: 50 })]);
    const page2 = await ts.http.get(`/api/points/ranking?organizationId=${streetOrg.id}&pageSize=2&page=2`).set(admin.auth).expect(200);
    expect(page2.body.items).toEqual([expect.objectContaining({ rank: 3, userId: a.id })]);
  });

  it('refuses a resident (403), an outsider (403 OUT_OF_SCOPE), a missing organisation (400), an unknown one (404)', async () => {
    const { organization } = await makeCommunity(ts);
    await ts.http.get(`/api/points/ranking?organizationId=${organization.id}`).set((await makeUser(ts, { memberOf: organization.id })).auth).expect(403);
    const outsider = await makeUser(ts, { adminOf: (await makeCommunity(ts)).organization.id });
    expect((await ts.http.get(`/api/points/ranking?organizationId=${organization.id}`).set(outsider.auth).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    const district = await makeUser(ts, { roles: ['district_admin'] });
    await ts.http.get('/api/points/ranking').set(district.auth).expect(400);
    await ts.http.get('/api/points/ranking?organizationId=999999').set(district.auth).expect(404);
    await ts.http.get(`/api/points/ranking?organizationId=${organization.id}`).expect(401);
  });
});
