import { makeCommunity, makeStreet, makeUser } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(() => ts.close());

const binding = (organizationId: number) => ({ name: '张某', phone: '13912345678', organizationId });

describe('member binding', () => {
  it('goes from request to approval: the user becomes a member, the decision is audit-logged', async () => {
    const { organization } = await makeCommunity(ts);
    const admin = await makeUser(ts, { adminOf: organization.id });
    const resident = await makeUser(ts);

    const req = await ts.http.post('/api/me/member-binding').set(resident.auth).send(binding(organization.id)).expect(201);
    expect(req.body).toMatchObject({ status: 'pending', phone: '139****5678' });

    const pending = await ts.http.get('/api/admin/member-bindings?status=pending').set(admin.auth).expect(200);
    expect(pending.body.items).toEqual([expect.objectContaining({ id: req.body.id, phone: '13912345678', organizationName: organization.name })]);
    const asked = await ts.http.get('/api/me').set(resident.auth).expect(200);
    expect(asked.body.bindings.member).toMatchObject({ status: 'pending', phone: '139****5678', organizationId: organization.id, organizationName: organization.name });

    await ts.http.post(`/api/admin/member-bindings/${req.body.id}/approve`).set(admin.auth).expect(200);
    const me = await ts.http.get('/api/me').set(resident.auth).expect(200);
    expect(me.body.roles).toContain('member');
    expect(me.body.bindings.member).toMatchObject({ id: req.body.id, status: 'approved', organizationId: organization.id, organizationName: organization.name });

    const audit = await ts.http.get(`/api/admin/audit-logs?entityType=member_binding&entityId=${req.body.id}`).set(admin.auth).expect(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({ actorId: admin.id, actorName: expect.any(String), action: 'member_binding.approve', before: expect.objectContaining({ status: 'pending' }), after: expect.objectContaining({ status: 'approved' }) }),
    ]);
  });

  it('records a rejection with its reason', async () => {
    const { organization } = await makeCommunity(ts);
    const admin = await makeUser(ts, { adminOf: organization.id });
    const resident = await makeUser(ts);
    const req = await ts.http.post('/api/me/member-binding').set(resident.auth).send(binding(organization.id)).expect(201);
    const res = await ts.http.post(`/api/admin/member-bindings/${req.body.id}/reject`).set(admin.auth).send({ reason: '查无此人' }).expect(200);
    expect(res.body).toMatchObject({ status: 'rejected', rejectReason: '查无此人' });
    const me = await ts.http.get('/api/me').set(resident.auth).expect(200);
    expect(me.body.roles).not.toContain('member');
  });

  it('keeps one open request per user, also when submitted many times at once', async () => {
    const { organization } = await makeCommunity(ts);
    const resident = await makeUser(ts);
    const results = await Promise.all(Array.from({ length: 10 }, () => ts.http.post('/api/me/member-binding').set(resident.auth).send(binding(organization.id))));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.error.code === 'BINDING_PENDING')).toBe(true);
  });

  it('decides a request once when two approvals race', async () => {
    const { organization } = await makeCommunity(ts);
    const admin = await makeUser(ts, { adminOf: organization.id });
    const resident = await makeUser(ts);
    const req = await ts.http.post('/api/me/member-binding').set(resident.auth).send(binding(organization.id)).expect(201);
    const results = await Promise.all(Array.from({ length: 6 }, () => ts.http.post(`/api/admin/member-bindings/${req.body.id}/approve`).set(admin.auth)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
  });

  it.each([
    [{ name: '', phone: '13912345678' }, 'name'],
    [{ name: '张某', phone: '12345' }, 'phone'],
    [{ name: '张某', phone: '13912345678', organizationId: 'x' }, 'organizationId'],
  ])('answers 400 for %j', async (body, field) => {
    const { organization } = await makeCommunity(ts);
    const resident = await makeUser(ts);
    const res = await ts.http.post('/api/me/member-binding').set(resident.auth).send({ organizationId: organization.id, ...body }).expect(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('answers 404 for an unknown organisation', async () => {
    const resident = await makeUser(ts);
    await ts.http.post('/api/me/member-binding').set(resident.auth).send(binding(999999)).expect(404);
  });
});

describe('GET /api/me bindings.member', () => {
  it('is an approved binding with the organisation for a party member recorded without a request', async () => {
    const { organization } = await makeCommunity(ts);
    const member = await makeUser(ts, { memberOf: organization.id });
    const me = await ts.http.get('/api/me').set(member.auth).expect(200);
    expect(me.body.bindings.member).toEqual({
      id: null, userId: member.id, name: '测试党员', phone: '138****0000', organizationId: organization.id, organizationName: organization.name,
      status: 'approved', rejectReason: null, reviewedAt: null, createdAt: expect.any(String),
    });
  });

  it('is null for a resident who never asked', async () => {
    const resident = await makeUser(ts);
    const me = await ts.http.get('/api/me').set(resident.auth).expect(200);
    expect(me.body.bindings.member).toBeNull();
  });

  it('is the rejected request, with its reason and organisation, after a rejection', async () => {
    const { organization } = await makeCommunity(ts);
    const admin = await makeUser(ts, { adminOf: organization.id });
    const resident = await makeUser(ts);
    const req = await ts.http.post('/api/me/member-binding').set(resident.auth).send(binding(organization.id)).expect(201);
    await ts.http.post(`/api/admin/member-bindings/${req.body.id}/reject`).set(admin.auth).send({ reason: '信息不符' }).expect(200);
    const me = await ts.http.get('/api/me').set(resident.auth).expect(200);
    expect(me.body.bindings.member).toMatchObject({ id: req.body.id, status: 'rejected', rejectReason: '信息不符', organizationName: organization.name });
  });
});

describe('who may review bindings', () => {
  it('refuses a resident (403), an admin of another community (403), and no token (401)', async () => {
    const { organization } = await makeCommunity(ts);
    const other = await makeCommunity(ts);
    const outsider = await makeUser(ts, { adminOf: other.organization.id });
    const resident = await makeUser(ts);
    const req = await ts.http.post('/api/me/member-binding').set(resident.auth).send(binding(organization.id)).expect(201);

    await ts.http.post(`/api/admin/member-bindings/${req.body.id}/approve`).expect(401);
    await ts.http.post(`/api/admin/member-bindings/${req.body.id}/approve`).set(resident.auth).expect(403);
    const res = await ts.http.post(`/api/admin/member-bindings/${req.body.id}/approve`).set(outsider.auth).expect(403);
    expect(res.body.error.code).toBe('OUT_OF_SCOPE');
    await ts.http.get('/api/admin/member-bindings').set(resident.auth).expect(403);
    const list = await ts.http.get('/api/admin/member-bindings').set(outsider.auth).expect(200);
    expect(list.body.items.find((b: { id: number }) => b.id === req.body.id)).toBeUndefined();
  });

  it('lets a street admin review a community under the street, and a district admin anything', async () => {
    const { street, organization: streetOrg } = await makeStreet(ts);
    const { organization } = await makeCommunity(ts, { streetId: street.id });
    const streetAdmin = await makeUser(ts, { adminOf: streetOrg.id });
    const districtAdmin = await makeUser(ts, { roles: ['district_admin'] });
    for (const admin of [streetAdmin, districtAdmin]) {
      const resident = await makeUser(ts);
      const req = await ts.http.post('/api/me/member-binding').set(resident.auth).send(binding(organization.id)).expect(201);
      await ts.http.post(`/api/admin/member-bindings/${req.body.id}/approve`).set(admin.auth).expect(200);
    }
  });
});
