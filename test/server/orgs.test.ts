import { NewOrganization } from '../../server/src/modules/orgs/entities';
import { createOrganization } from '../../server/src/modules/orgs/seed';
import { makeCommunity, makeStreet, makeUser } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(() => ts.close());

describe('organisations', () => {
  it('lists communities of a street with street name and organisation, paged and searchable', async () => {
    const { street } = await makeStreet(ts, '测试街道');
    for (const name of ['东村', '西村', '南村']) await makeCommunity(ts, { streetId: street.id, name });
    const res = await ts.http.get(`/api/communities?streetId=${street.id}&pageSize=2`).expect(200);
    expect(res.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(res.body.items[0]).toEqual({ id: expect.any(Number), name: '东村', kind: 'rural', streetId: street.id, streetName: '测试街道', organizationId: expect.any(Number) });
    const search = await ts.http.get(`/api/communities?q=${encodeURIComponent('西')}`).expect(200);
    expect(search.body.items.map((c: { name: string }) => c.name)).toEqual(['西村']);
    // LIKE wildcards typed by a user are matched literally, not as "anything".
    const wildcard = await ts.http.get(`/api/communities?streetId=${street.id}&q=${encodeURIComponent('%')}`).expect(200);
    expect(wildcard.body).toMatchObject({ items: [], total: 0 });
  });

  it('walks the organisation tree from the root', async () => {
    const { street, organization: streetOrg } = await makeStreet(ts);
    const { organization } = await makeCommunity(ts, { streetId: street.id });
    const roots = await ts.http.get('/api/organizations').expect(200);
    expect(roots.body.items).toEqual([expect.objectContaining({ kind: 'district_committee', parentId: null })]);
    const children = await ts.http.get(`/api/organizations?parentId=${streetOrg.id}`).expect(200);
    expect(children.body.items).toEqual([{ id: organization.id, name: organization.name, kind: 'party_committee', parentId: streetOrg.id, rating: 'normal', closedAt: null }]);
    await ts.http.get('/api/organizations/999999').expect(404);
    await ts.http.get('/api/organizations/abc').expect(400);
  });

  it('computes two-new coverage from the rows: own or joint organisations over those that should establish', async () => {
    const { street, organization: streetOrg } = await makeStreet(ts, '覆盖街道');
    const joint = await createOrganization(ts.deps.db.manager, '联合党支部', 'joint_committee', streetOrg);
    const own = await createOrganization(ts.deps.db.manager, '企业党支部', 'branch', streetOrg);
    const row = (o: Partial<NewOrganization>) => ({ name: 'x', type: 'economic' as const, streetId: street.id, operating: true, fullMemberCount: 0, ...o });
    await ts.deps.db.manager.insert(NewOrganization, [
      row({ fullMemberCount: 5, partyOrganizationId: own.id }),
      row({ fullMemberCount: 1, jointOrganizationId: joint.id }),
      row({ fullMemberCount: 2 }), // should establish, not yet covered
      row({ fullMemberCount: 0 }), // no members: not due
      row({ fullMemberCount: 4, operating: false }), // closed: not counted
    ]);
    const res = await ts.http.get(`/api/new-organizations/coverage?streetId=${street.id}`).expect(200);
    expect(res.body).toEqual({
      shouldEstablish: 3,
      established: 2,
      rate: 0.6667,
      streets: [{ streetId: street.id, streetName: '覆盖街道', shouldEstablish: 3, established: 2, own: 1, joint: 1, rate: 0.6667 }],
    });
  });
});

describe('communities in my scope (GET /api/admin/communities)', () => {
  const names = (res: { body: { items: { name: string }[] } }) => res.body.items.map((c) => c.name);

  it('answers a street admin every community of the street and no other, a community admin only theirs', async () => {
    const { street, organization: streetOrg } = await makeStreet(ts, '范围街道');
    const { organization: eastOrg } = await makeCommunity(ts, { streetId: street.id, name: '范围东村' });
    await makeCommunity(ts, { streetId: street.id, name: '范围西村' });
    await makeCommunity(ts, { name: '别街社区' });

    const streetAdmin = await makeUser(ts, { adminOf: streetOrg.id });
    const all = await ts.http.get('/api/admin/communities').set(streetAdmin.auth).expect(200);
    expect(all.body).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect(names(all)).toEqual(['范围东村', '范围西村']);
    expect(all.body.items[0]).toEqual({ id: expect.any(Number), name: '范围东村', kind: 'rural', streetId: street.id, streetName: '范围街道', organizationId: eastOrg.id });
    const searched = await ts.http.get(`/api/admin/communities?q=${encodeURIComponent('西')}`).set(streetAdmin.auth).expect(200);
    expect(names(searched)).toEqual(['范围西村']);

    const communityAdmin = await makeUser(ts, { adminOf: eastOrg.id });
    expect(names(await ts.http.get('/api/admin/communities').set(communityAdmin.auth).expect(200))).toEqual(['范围东村']);
  });

  it('answers a district admin every community, paged', async () => {
    const { street } = await makeStreet(ts);
    await makeCommunity(ts, { streetId: street.id });
    const districtAdmin = await makeUser(ts, { roles: ['district_admin'] });
    const everyone = await ts.http.get('/api/communities?pageSize=1').expect(200);
    const res = await ts.http.get('/api/admin/communities?pageSize=1').set(districtAdmin.auth).expect(200);
    expect(res.body).toMatchObject({ total: everyone.body.total, pageSize: 1 });
    expect(res.body.items).toHaveLength(1);
    await ts.http.get('/api/admin/communities?pageSize=101').set(districtAdmin.auth).expect(400);
  });

  it('answers an admin of an organisation with no communities under it an empty list', async () => {
    const { organization: streetOrg } = await makeStreet(ts);
    const joint = await createOrganization(ts.deps.db.manager, '商圈综合党委', 'joint_committee', streetOrg);
    const admin = await makeUser(ts, { adminOf: joint.id });
    const res = await ts.http.get('/api/admin/communities').set(admin.auth).expect(200);
    expect(res.body).toMatchObject({ items: [], total: 0 });
  });

  it('refuses a party member or resident with 403 and a caller without a session with 401', async () => {
    const { organization } = await makeCommunity(ts);
    const member = await makeUser(ts, { memberOf: organization.id });
    const resident = await makeUser(ts);
    for (const user of [member, resident]) {
      const res = await ts.http.get('/api/admin/communities').set(user.auth).expect(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
    await ts.http.get('/api/admin/communities').expect(401);
  });
});
