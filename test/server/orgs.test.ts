import { NewOrganization } from '../../server/src/modules/orgs/entities';
import { createOrganization } from '../../server/src/modules/orgs/seed';
import { makeCommunity, makeStreet } from './helpers/factories';
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
    expect(children.body.items).toEqual([{ id: organization.id, name: organization.name, kind: 'party_committee', parentId: streetOrg.id, rating: 'normal' }]);
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
