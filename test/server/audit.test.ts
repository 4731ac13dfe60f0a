import { makeStreet, makeUser } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(() => ts.close());

describe('audit log filters', () => {
  it('narrows the log to who (actorId) and what (entityType, action), within the reader’s scope', async () => {
    const { street, organization: streetOrg } = await makeStreet(ts);
    const [first, second] = [await makeUser(ts, { adminOf: streetOrg.id }), await makeUser(ts, { adminOf: streetOrg.id })];
    const community = await ts.http.post('/api/communities').set(first.auth).send({ name: '甲社区', kind: 'urban', streetId: street.id }).expect(201);
    await ts.http.post('/api/organizations').set(first.auth).send({ name: '甲支部', kind: 'branch', parentId: community.body.organizationId }).expect(201);
    const branch = await ts.http.post('/api/organizations').set(second.auth).send({ name: '乙支部', kind: 'branch', parentId: community.body.organizationId }).expect(201);
    await ts.http.patch(`/api/organizations/${branch.body.id}`).set(second.auth).send({ name: '乙支部（改）' }).expect(200);

    const log = async (query: string) => (await ts.http.get(`/api/admin/audit-logs?pageSize=100&${query}`).set(first.auth).expect(200)).body as { total: number; items: { actorId: number; action: string; entityType: string }[] };
    const byFirst = await log(`actorId=${first.id}`);
    expect(byFirst.items.map((e) => e.action).sort()).toEqual(['community.create', 'organization.create']);
    expect(byFirst.items.every((e) => e.actorId === first.id)).toBe(true);
    const bySecond = await log(`actorId=${second.id}&entityType=organization`);
    expect(bySecond.items.map((e) => e.action)).toEqual(['organization.update', 'organization.create']);
    expect((await log(`actorId=${second.id}&action=organization.update`)).items).toEqual([expect.objectContaining({ actorId: second.id, action: 'organization.update' })]);
    expect((await log(`action=organization.create`)).total).toBe(2);

    // Beside the scope: another street's admin filtering by the same actor sees none of it.
    const { organization: otherOrg } = await makeStreet(ts);
    const beside = await makeUser(ts, { adminOf: otherOrg.id });
    expect((await ts.http.get(`/api/admin/audit-logs?actorId=${first.id}`).set(beside.auth).expect(200)).body.total).toBe(0);
  });

  it('refuses readers who are not admins, and a malformed filter', async () => {
    const resident = await makeUser(ts);
    const refused = await ts.http.get(`/api/admin/audit-logs?actorId=${resident.id}`).set(resident.auth).expect(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
    const district = await makeUser(ts, { roles: ['district_admin'] });
    const bad = await ts.http.get('/api/admin/audit-logs?actorId=abc').set(district.auth).expect(400);
    expect(bad.body.error.code).toBe('INVALID_INPUT');
    await ts.http.get(`/api/admin/audit-logs?action=${'x'.repeat(61)}`).set(district.auth).expect(400);
  });
});
