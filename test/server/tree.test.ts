import { makeCommunity, makeDistrict, makeStreet, makeUser } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(() => ts.close());

describe('organisation tree', () => {
  it('lets a street admin create a community with its organisation, and a branch under it; audited; not beside its scope', async () => {
    const { street, organization: streetOrg } = await makeStreet(ts);
    const { street: other } = await makeStreet(ts);
    const admin = await makeUser(ts, { adminOf: streetOrg.id });
    const res = await ts.http.post('/api/communities').set(admin.auth).send({ name: '新建社区', kind: 'urban', streetId: street.id }).expect(201);
    const org = await ts.http.get(`/api/organizations/${res.body.organizationId}`).expect(200);
    expect(org.body).toMatchObject({ name: '新建社区党委', kind: 'party_committee', parentId: streetOrg.id });
    const branch = await ts.http.post('/api/organizations').set(admin.auth).send({ name: '第一党支部', kind: 'branch', parentId: res.body.organizationId }).expect(201);
    expect((await ts.http.get(`/api/communities?streetId=${street.id}`).expect(200)).body.items).toEqual([expect.objectContaining({ name: '新建社区' })]);
    expect((await ts.http.post('/api/communities').set(admin.auth).send({ name: '别处', kind: 'urban', streetId: other.id }).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    await ts.http.post('/api/organizations').set(admin.auth).send({ name: '顶级', kind: 'district_committee', parentId: null }).expect(403);
    const audit = await ts.http.get(`/api/admin/audit-logs?entityType=organization&entityId=${branch.body.id}`).set(admin.auth).expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'organization.create' })]);
  });

  it('moves a community to another street with its subtree, in the new street admin’s scope', async () => {
    const { community, organization } = await makeCommunity(ts);
    const { street: target, organization: targetOrg } = await makeStreet(ts);
    const district = await makeUser(ts, { roles: ['district_admin'] });
    const branch = await ts.http.post('/api/organizations').set(district.auth).send({ name: '支部', kind: 'branch', parentId: organization.id }).expect(201);
    await ts.http.patch(`/api/organizations/${organization.id}`).set(district.auth).send({ parentId: targetOrg.id, name: '改名党委' }).expect(200);
    const targetAdmin = await makeUser(ts, { adminOf: targetOrg.id });
    await ts.http.patch(`/api/organizations/${branch.body.id}`).set(targetAdmin.auth).send({ name: '第一支部' }).expect(200);
    expect((await ts.http.get(`/api/communities/${community.id}`).expect(200)).body.streetId).toBe(target.id);
    const into = await ts.http.patch(`/api/organizations/${organization.id}`).set(district.auth).send({ parentId: branch.body.id }).expect(400);
    expect(into.body.error.code).toBe('MOVE_INTO_SUBTREE');
  });

  it('closes an organisation: gone from the pickers, still readable by id', async () => {
    const { community, organization, street } = await makeCommunity(ts);
    const district = await makeUser(ts, { roles: ['district_admin'] });
    await ts.http.post(`/api/organizations/${organization.id}/close`).set(district.auth).expect(200);
    expect((await ts.http.get(`/api/communities?streetId=${street.id}`).expect(200)).body.items).toEqual([]);
    expect((await ts.http.get(`/api/organizations/${organization.id}`).expect(200)).body.closedAt).toEqual(expect.any(String));
    await ts.http.get(`/api/communities/${community.id}`).expect(200);
  });

  it('computes coverage from the two-new rows admins record', async () => {
    await makeDistrict(ts);
    const { street, organization: streetOrg } = await makeStreet(ts);
    const admin = await makeUser(ts, { adminOf: streetOrg.id });
    const joint = await ts.http.post('/api/organizations').set(admin.auth).send({ name: '非公党委', kind: 'joint_committee', parentId: streetOrg.id }).expect(201);
    const a = await ts.http.post('/api/new-organizations').set(admin.auth).send({ name: '甲公司', kind: 'economic', streetId: street.id, memberCount: 2 }).expect(201);
    await ts.http.post('/api/new-organizations').set(admin.auth).send({ name: '乙协会', kind: 'social', streetId: street.id, memberCount: 5, establishedOrganizationId: joint.body.id }).expect(201);
    expect((await ts.http.get(`/api/new-organizations/coverage?streetId=${street.id}`).expect(200)).body).toMatchObject({ shouldEstablish: 2, established: 1, rate: 0.5 });
    await ts.http.patch(`/api/new-organizations/${a.body.id}`).set(admin.auth).send({ name: '甲公司', kind: 'economic', streetId: street.id, memberCount: 2, establishedOrganizationId: joint.body.id }).expect(200);
    expect((await ts.http.get(`/api/new-organizations/coverage?streetId=${street.id}`).expect(200)).body).toMatchObject({ shouldEstablish: 2, established: 2, rate: 1 });
  });
});
