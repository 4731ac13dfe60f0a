import { PartyMember } from '../../server/src/modules/members/entities';
import { PointEntry } from '../../server/src/modules/points/entities';
import { AuditLog } from '../../server/src/modules/audit/entities';
import { yearStanding } from '../../server/src/modules/stars';
import { makeCommunity, makeStreet, makeUser, type TestUser } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

/** Mid-December 2026, 10:00 in Shanghai: the year's reviews are being held. */
const NOW = '2026-12-15T02:00:00Z';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer({ now: NOW });
});
afterAll(() => ts.close());

const memberIdOf = async (user: TestUser) => (await ts.deps.db.manager.findOneByOrFail(PartyMember, { userId: user.id })).id;

/** Points in the ledger for 2026 (fixtures: how they were earned is the points tests' concern). */
async function givePoints(user: TestUser, organization: { id: number; path: string }, points: number, at = '2026-05-01T02:00:00Z') {
  await ts.deps.db.manager.insert(PointEntry, { userId: user.id, delta: points, reason: '测试', sourceType: 'award', sourceId: Math.floor(Math.random() * 1e9), ruleCode: null, organizationId: organization.id, organizationPath: organization.path, createdAt: new Date(at) });
}

/** A community with its admin and four members of 85, 65, 45 and 5 points. */
async function branch() {
  const { organization } = await makeCommunity(ts);
  const admin = await makeUser(ts, { adminOf: organization.id });
  const members = [];
  for (const points of [85, 65, 45, 5]) {
    const user = await makeUser(ts, { memberOf: organization.id });
    await givePoints(user, organization, points);
    members.push({ user, memberId: await memberIdOf(user), points });
  }
  return { organization, admin, members };
}

const review = (admin: TestUser, memberId: number, result: string, year = 2026) => ts.http.put('/api/star-ratings/reviews').set(admin.auth).send({ memberId, year, result });
const compute = (admin: TestUser, organizationId: number, year = 2026) => ts.http.post('/api/star-ratings/compute').set(admin.auth).send({ organizationId, year });

describe('star ratings', () => {
  it('rates each member from points capped by the review, with the rule and why; a rerun gives the same; audited', async () => {
    const { organization, admin, members } = await branch();
    await review(admin, members[0].memberId, 'excellent').expect(200);
    await review(admin, members[1].memberId, 'basic').expect(200);
    await review(admin, members[1].memberId, 'qualified').expect(200); // a later record replaces the first
    await review(admin, members[3].memberId, 'unqualified').expect(200);
    expect((await compute(admin, organization.id).expect(200)).body).toEqual({ organizationId: organization.id, year: 2026, rated: 4 });
    const first = (await ts.http.get(`/api/star-ratings?organizationId=${organization.id}&year=2026`).set(admin.auth).expect(200)).body;
    expect(first.items.map((r: { memberId: number; stars: number; points: number; review: string | null }) => [r.memberId, r.stars, r.points, r.review])).toEqual([
      [members[0].memberId, 5, 85, 'excellent'],
      [members[1].memberId, 4, 65, 'qualified'],
      [members[2].memberId, 3, 45, null],
      [members[3].memberId, 1, 5, 'unqualified'],
    ]);
    expect(first.items[1].reason).toBe('积分 65 分（60 分及以上为4星）；民主评议「合格」（最高4星）：评为4星');
    expect(first.items[2].reason).toBe('积分 45 分（40 分及以上为3星）；未评议（最高3星）：评为3星');
    expect(first.items[0].rule).toContain('80 分及以上五星');
    await compute(admin, organization.id).expect(200);
    const again = (await ts.http.get(`/api/star-ratings?organizationId=${organization.id}&year=2026`).set(admin.auth).expect(200)).body;
    const strip = (items: { computedAt: string }[]) => items.map(({ computedAt: _, ...rest }) => rest);
    expect(strip(again.items)).toEqual(strip(first.items));
    expect(await ts.deps.db.manager.countBy(AuditLog, { action: 'star_ratings.compute', entityId: organization.id })).toBe(2);
    expect(await ts.deps.db.manager.countBy(AuditLog, { action: 'member_review.record', actorId: admin.id })).toBe(4);
  });

  it('caps a strong member without review at three stars and lowers a basic review to two', async () => {
    const { organization, admin, members } = await branch();
    await review(admin, members[0].memberId, 'basic').expect(200);
    await compute(admin, organization.id).expect(200);
    const items = (await ts.http.get(`/api/star-ratings?organizationId=${organization.id}&year=2026`).expect(200)).body.items;
    expect(items.find((r: { memberId: number }) => r.memberId === members[0].memberId)).toMatchObject({ stars: 2 });
    expect(items.find((r: { memberId: number }) => r.memberId === members[1].memberId)).toMatchObject({ stars: 3 });
  });

  it("shows names only to the organisation's admins: the public list masks them", async () => {
    const { organization, admin } = await branch();
    await compute(admin, organization.id).expect(200);
    expect((await ts.http.get(`/api/star-ratings?organizationId=${organization.id}`).expect(200)).body.items[0].name).toBe('测***');
    const outsider = await makeUser(ts, { adminOf: (await makeCommunity(ts)).organization.id });
    expect((await ts.http.get(`/api/star-ratings?organizationId=${organization.id}`).set(outsider.auth).expect(200)).body.items[0].name).toBe('测***');
    expect((await ts.http.get(`/api/star-ratings?organizationId=${organization.id}`).set(admin.auth).expect(200)).body.items[0].name).toBe('测试党员');
  });

  it('a member sees their stars for each year and why; a resident is refused (403 NOT_MEMBER)', async () => {
    const { organization, admin, members } = await branch();
    await review(admin, members[1].memberId, 'qualified').expect(200);
    await compute(admin, organization.id).expect(200);
    const mine = (await ts.http.get('/api/me/stars').set(members[1].user.auth).expect(200)).body;
    expect(mine.items).toEqual([expect.objectContaining({ year: 2026, stars: 4, points: 65, review: 'qualified', name: '测试党员', reason: expect.stringContaining('评为4星') })]);
    expect((await ts.http.get('/api/me/stars').set((await makeUser(ts)).auth).expect(403)).body.error.code).toBe('NOT_MEMBER');
  });

  it('a street admin rates the whole street; points of another year do not count', async () => {
    const { street, organization: streetOrg } = await makeStreet(ts);
    const c1 = await makeCommunity(ts, { streetId: street.id });
    const c2 = await makeCommunity(ts, { streetId: street.id });
    const a = await makeUser(ts, { memberOf: c1.organization.id });
    const b = await makeUser(ts, { memberOf: c2.organization.id });
    await givePoints(a, c1.organization, 30);
    await givePoints(b, c2.organization, 90, '2025-06-01T02:00:00Z');
    const admin = await makeUser(ts, { adminOf: streetOrg.id });
    expect((await compute(admin, streetOrg.id).expect(200)).body.rated).toBe(2);
    const standing = await yearStanding(ts.deps.db.manager, streetOrg.path, 2026);
    expect(standing.map((s) => [s.memberId, s.points, s.stars])).toEqual([[await memberIdOf(a), 30, 2], [await memberIdOf(b), 0, 1]]);
  });

  it('refuses a resident (403), an outsider (403 OUT_OF_SCOPE), a future year (409), a bad result (400), an unknown member (404)', async () => {
    const { organization, members } = await branch();
    const resident = await makeUser(ts);
    expect((await compute(resident, organization.id).expect(403)).body.error.code).toBe('FORBIDDEN');
    expect((await review(resident, members[0].memberId, 'excellent').expect(403)).body.error.code).toBe('FORBIDDEN');
    const outsider = await makeUser(ts, { adminOf: (await makeCommunity(ts)).organization.id });
    expect((await compute(outsider, organization.id).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    expect((await review(outsider, members[0].memberId, 'excellent').expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    expect((await ts.http.get(`/api/admin/year-roster?organizationId=${organization.id}`).set(outsider.auth).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    const admin = await makeUser(ts, { adminOf: organization.id });
    expect((await compute(admin, organization.id, 2027).expect(409)).body.error.code).toBe('YEAR_NOT_STARTED');
    expect((await review(admin, members[0].memberId, 'excellent', 2027).expect(409)).body.error.code).toBe('YEAR_NOT_STARTED');
    await review(admin, members[0].memberId, 'great').expect(400);
    await review(admin, 999999, 'excellent').expect(404);
    await ts.http.get('/api/star-ratings').expect(400);
    await ts.http.get('/api/star-ratings?organizationId=999999').expect(404);
    expect(await ts.deps.db.manager.countBy(AuditLog, { entityType: 'member_review', organizationPath: organization.path })).toBe(0);
  });
});

describe('the year roster', () => {
  it("lists an organisation's members with points, review and stars for its admin", async () => {
    const { organization, admin, members } = await branch();
    await review(admin, members[2].memberId, 'excellent').expect(200);
    const res = (await ts.http.get(`/api/admin/year-roster?organizationId=${organization.id}&year=2026`).set(admin.auth).expect(200)).body;
    expect(res.total).toBe(4);
    expect(res.items[0]).toEqual({ memberId: members[0].memberId, name: '测试党员', bound: true, points: 85, review: null, stars: null });
    expect(res.items.find((r: { memberId: number }) => r.memberId === members[2].memberId).review).toBe('excellent');
  });
});
