import { makeStreet, makeUser } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';
import { makeAlliance, makeMerchant, merchantInput } from './campaigns-fixtures';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(() => ts.close());

describe('alliances', () => {
  it('lists an alliance with only its approved merchants, phones masked', async () => {
    const alliance = await makeAlliance(ts);
    await makeMerchant(ts, alliance);
    const pending = await makeUser(ts);
    await ts.http.post('/api/merchants').set(pending.auth).send({ ...merchantInput(alliance.id), name: '待审商户' }).expect(201);

    const one = await ts.http.get(`/api/alliances/${alliance.id}`).expect(200);
    expect(one.body).toMatchObject({ id: alliance.id, name: '测试商圈联盟', organizationId: alliance.organization.id });
    expect(one.body.merchants).toEqual([expect.objectContaining({ name: '测试商户', status: 'approved', contactPhone: '139****5678' })]);
    expect(JSON.stringify(one.body)).not.toMatch(/userId|openid/);
    const list = await ts.http.get('/api/alliances?pageSize=100').expect(200);
    expect(list.body).toMatchObject({ page: 1, pageSize: 100 });
    expect(list.body.items.find((a: { id: number }) => a.id === alliance.id).merchants).toHaveLength(1);
  });

  it('answers 404 for an unknown alliance and 400 for a bad id', async () => {
    await ts.http.get('/api/alliances/999999').expect(404);
    await ts.http.get('/api/alliances/abc').expect(400);
  });

  it('lets only an admin of the organisation create an alliance (401, 403 OUT_OF_SCOPE), audit-logged', async () => {
    const { organization } = await makeStreet(ts);
    const other = await makeStreet(ts);
    const outsider = await makeUser(ts, { adminOf: other.organization.id });
    const body = { organizationId: organization.id, name: '新联盟' };
    await ts.http.post('/api/alliances').send(body).expect(401);
    expect((await ts.http.post('/api/alliances').set(outsider.auth).send(body).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    const admin = await makeUser(ts, { adminOf: organization.id });
    const res = await ts.http.post('/api/alliances').set(admin.auth).send(body).expect(201);
    const audit = await ts.http.get(`/api/admin/audit-logs?entityType=alliance&entityId=${res.body.id}`).set(admin.auth).expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'alliance.create', actorId: admin.id })]);
    await ts.http.post('/api/alliances').set(admin.auth).send({ organizationId: 999999, name: 'x' }).expect(404);
  });

  it('creates several alliances with their admins, who run and edit theirs and no other', async () => {
    const { organization: street } = await makeStreet(ts);
    const streetAdmin = await makeUser(ts, { adminOf: street.id });
    const night = await ts.http.post('/api/organizations').set(streetAdmin.auth).send({ name: '夜市联合党支部', kind: 'joint_committee', parentId: street.id }).expect(201);
    const dance = await ts.http.post('/api/organizations').set(streetAdmin.auth).send({ name: '广场舞临时党支部', kind: 'branch', parentId: street.id }).expect(201);
    const [nightAdmin, danceAdmin] = [await makeUser(ts), await makeUser(ts)];
    const a = await ts.http.post('/api/alliances').set(streetAdmin.auth).send({ organizationId: night.body.id, name: '吕家庄夜市党建红盟', adminUserIds: [nightAdmin.id, nightAdmin.id] }).expect(201);
    expect(a.body.admins).toEqual([{ appointmentId: expect.any(Number), userId: nightAdmin.id, nickname: expect.any(String) }]);
    const b = await ts.http.post('/api/alliances').set(streetAdmin.auth).send({ organizationId: dance.body.id, name: '广场舞党建红盟', adminUserIds: [danceAdmin.id] }).expect(201);
    // An admin who does not exist fails the whole creation.
    const { organization: elsewhere } = await makeStreet(ts);
    const refused = await ts.http.post('/api/alliances').set(nightAdmin.auth).send({ organizationId: night.body.id, name: '不成立', adminUserIds: [999999] }).expect(404);
    expect(refused.body.error.code).toBe('NOT_FOUND');

    const mine = await ts.http.get('/api/admin/alliances').set(nightAdmin.auth).expect(200);
    expect(mine.body.items.map((x: { name: string }) => x.name)).toEqual(['吕家庄夜市党建红盟']);
    const all = await ts.http.get('/api/admin/alliances?pageSize=100').set(streetAdmin.auth).expect(200);
    expect(all.body.items.map((x: { id: number }) => x.id)).toEqual([a.body.id, b.body.id]);
    expect((await ts.http.get('/api/alliances?pageSize=100').expect(200)).body.items.filter((x: { name: string }) => x.name === '不成立')).toEqual([]);

    const edited = await ts.http.patch(`/api/alliances/${a.body.id}`).set(nightAdmin.auth).send({ name: '吕家庄夜市红盟', description: '夜市摊主共建' }).expect(200);
    expect(edited.body).toMatchObject({ name: '吕家庄夜市红盟', description: '夜市摊主共建', admins: [expect.objectContaining({ userId: nightAdmin.id })] });
    expect((await ts.http.patch(`/api/alliances/${b.body.id}`).set(nightAdmin.auth).send({ name: '抢' }).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    expect((await ts.http.patch(`/api/alliances/${a.body.id}`).set(nightAdmin.auth).send({ organizationId: elsewhere.id }).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    await ts.http.patch(`/api/alliances/${a.body.id}`).set(streetAdmin.auth).send({ organizationId: dance.body.id }).expect(200);
    await ts.http.patch(`/api/alliances/${a.body.id}`).set(nightAdmin.auth).send({ name: '已移交' }).expect(403);
    const audit = await ts.http.get(`/api/admin/audit-logs?entityType=alliance&entityId=${a.body.id}`).set(streetAdmin.auth).expect(200);
    expect(audit.body.items.map((x: { action: string }) => x.action).sort()).toEqual(['alliance.create', 'alliance.update', 'alliance.update']);
  });
});

describe('merchant registration and review', () => {
  it('goes from registration to approval: the owner becomes a merchant, /api/me shows the binding, the decision is audit-logged', async () => {
    const alliance = await makeAlliance(ts);
    const user = await makeUser(ts);
    const reg = await ts.http.post('/api/merchants').set(user.auth).send(merchantInput(alliance.id)).expect(201);
    expect(reg.body).toMatchObject({ status: 'pending', contactPhone: '139****5678', allianceId: alliance.id });

    const pending = await ts.http.get(`/api/admin/merchants?status=pending&allianceId=${alliance.id}`).set(alliance.admin.auth).expect(200);
    expect(pending.body.items).toEqual([expect.objectContaining({ id: reg.body.id, contactPhone: '13912345678' })]);

    await ts.http.post(`/api/admin/merchants/${reg.body.id}/approve`).set(alliance.admin.auth).expect(200);
    const me = await ts.http.get('/api/me').set(user.auth).expect(200);
    expect(me.body.roles).toContain('merchant');
    expect(me.body.bindings.merchant).toMatchObject({ id: reg.body.id, status: 'approved', contactPhone: '139****5678' });

    const audit = await ts.http.get(`/api/admin/audit-logs?entityType=merchant&entityId=${reg.body.id}`).set(alliance.admin.auth).expect(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({ actorId: alliance.admin.id, action: 'merchant.approve', before: expect.objectContaining({ status: 'pending' }), after: expect.objectContaining({ status: 'approved' }) }),
    ]);
  });

  it('records a rejection with its reason, grants no role, and lets the user apply again', async () => {
    const alliance = await makeAlliance(ts);
    const user = await makeUser(ts);
    const reg = await ts.http.post('/api/merchants').set(user.auth).send(merchantInput(alliance.id)).expect(201);
    const res = await ts.http.post(`/api/admin/merchants/${reg.body.id}/reject`).set(alliance.admin.auth).send({ reason: '营业执照不清晰' }).expect(200);
    expect(res.body).toMatchObject({ status: 'rejected', rejectReason: '营业执照不清晰' });
    const me = await ts.http.get('/api/me').set(user.auth).expect(200);
    expect(me.body.roles).not.toContain('merchant');
    expect(me.body.bindings.merchant).toMatchObject({ status: 'rejected', rejectReason: '营业执照不清晰' });
    const audit = await ts.http.get(`/api/admin/audit-logs?entityType=merchant&entityId=${reg.body.id}`).set(alliance.admin.auth).expect(200);
    expect(audit.body.items[0].action).toBe('merchant.reject');
    await ts.http.post('/api/merchants').set(user.auth).send(merchantInput(alliance.id)).expect(201);
  });

  it('keeps one open merchant per user, also when registered many times at once (409 MERCHANT_EXISTS)', async () => {
    const alliance = await makeAlliance(ts);
    const user = await makeUser(ts);
    const results = await Promise.all(Array.from({ length: 8 }, () => ts.http.post('/api/merchants').set(user.auth).send(merchantInput(alliance.id))));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.error.code === 'MERCHANT_EXISTS')).toBe(true);
  });

  it('decides a merchant once when approvals race (one 200, the rest 409 ALREADY_REVIEWED)', async () => {
    const alliance = await makeAlliance(ts);
    const user = await makeUser(ts);
    const reg = await ts.http.post('/api/merchants').set(user.auth).send(merchantInput(alliance.id)).expect(201);
    const results = await Promise.all(Array.from({ length: 5 }, () => ts.http.post(`/api/admin/merchants/${reg.body.id}/approve`).set(alliance.admin.auth)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ contactPhone: '123' }, 'contactPhone'],
    [{ allianceId: 'x' }, 'allianceId'],
    [{ address: undefined }, 'address'],
    [{ category: 'x'.repeat(31) }, 'category'],
  ])('answers 400 for registration %j', async (override, field) => {
    const alliance = await makeAlliance(ts);
    const user = await makeUser(ts);
    const res = await ts.http.post('/api/merchants').set(user.auth).send({ ...merchantInput(alliance.id), ...override }).expect(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('answers 401 without a token and 404 for an unknown alliance', async () => {
    await ts.http.post('/api/merchants').send(merchantInput(1)).expect(401);
    const user = await makeUser(ts);
    await ts.http.post('/api/merchants').set(user.auth).send(merchantInput(999999)).expect(404);
  });
});

describe('who may review merchants', () => {
  it('refuses no token (401), a resident (403), an admin of another organisation (403 OUT_OF_SCOPE); 404 for an unknown merchant', async () => {
    const alliance = await makeAlliance(ts);
    const other = await makeAlliance(ts);
    const resident = await makeUser(ts);
    const reg = await ts.http.post('/api/merchants').set(resident.auth).send(merchantInput(alliance.id)).expect(201);
    const url = `/api/admin/merchants/${reg.body.id}/approve`;
    await ts.http.post(url).expect(401);
    await ts.http.post(url).set(resident.auth).expect(403);
    expect((await ts.http.post(url).set(other.admin.auth).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    await ts.http.post(`/api/admin/merchants/${reg.body.id}/reject`).set(other.admin.auth).send({ reason: 'x' }).expect(403);
    await ts.http.post('/api/admin/merchants/999999/approve').set(alliance.admin.auth).expect(404);
    await ts.http.get('/api/admin/merchants').set(resident.auth).expect(403);
    const list = await ts.http.get('/api/admin/merchants').set(other.admin.auth).expect(200);
    expect(list.body.items.find((m: { id: number }) => m.id === reg.body.id)).toBeUndefined();
  });

  it('lets the admin of the street above the alliance and a district admin review', async () => {
    const alliance = await makeAlliance(ts);
    const streetAdmin = await makeUser(ts, { adminOf: alliance.street.id });
    const districtAdmin = await makeUser(ts, { roles: ['district_admin'] });
    for (const admin of [streetAdmin, districtAdmin]) {
      const user = await makeUser(ts);
      const reg = await ts.http.post('/api/merchants').set(user.auth).send(merchantInput(alliance.id)).expect(201);
      await ts.http.post(`/api/admin/merchants/${reg.body.id}/approve`).set(admin.auth).expect(200);
    }
  });
});
