import { AuditLog } from '../../server/src/modules/audit/entities';
import { AdminScope, User } from '../../server/src/modules/auth/entities';
import { grantFromCommandLine } from '../../server/src/modules/appointments';
import { parseGrantArgs } from '../../server/scripts/admin-grant';
import { makeAlliance, merchantInput } from './campaigns-fixtures';
import { makeCommunity, makeStreet, makeUser } from './helpers/factories';
import { createTestDatabase } from './helpers/database';
import { startTestServer, type TestServer } from './helpers/server';
import { openDatabase } from '../../server/src/db/data-source';
import { schema } from '../../server/src/modules/registry';
import { Orgs1764000000100 } from '../../server/src/modules/orgs/migrations/1764000000100-orgs';
import { Auth1764000000200 } from '../../server/src/modules/auth/migrations/1764000000200-auth';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(() => ts.close());

describe('roles as rows', () => {
  it('keeps both roles when a member binding and a merchant registration of one user are approved at once', async () => {
    const alliance = await makeAlliance(ts);
    const { organization } = await makeCommunity(ts);
    const communityAdmin = await makeUser(ts, { adminOf: organization.id });
    for (let round = 0; round < 3; round++) {
      const user = await makeUser(ts);
      const binding = await ts.http.post('/api/me/member-binding').set(user.auth).send({ name: '张某', phone: '13912345678', organizationId: organization.id }).expect(201);
      const merchant = await ts.http.post('/api/merchants').set(user.auth).send(merchantInput(alliance.id)).expect(201);
      await Promise.all([
        ts.http.post(`/api/admin/member-bindings/${binding.body.id}/approve`).set(communityAdmin.auth).expect(200),
        ts.http.post(`/api/admin/merchants/${merchant.body.id}/approve`).set(alliance.admin.auth).expect(200),
      ]);
      const me = await ts.http.get('/api/me').set(user.auth).expect(200);
      expect(me.body.roles).toEqual(expect.arrayContaining(['member', 'merchant']));
    }
  });

  it('moves the roles of an existing install into rows', async () => {
    const database = await createTestDatabase();
    const old = await openDatabase(database.url, { entities: [], migrations: [Orgs1764000000100, Auth1764000000200] });
    await old.query("INSERT INTO users (openid, nickname, roles) VALUES ('o_a', 'a', 'member,merchant'), ('o_b', 'b', '')");
    await old.destroy();
    const migrated = await openDatabase(database.url, schema);
    try {
      const rows: { openid: string; role: string }[] = await migrated.query('SELECT u.openid, r.role FROM user_roles r JOIN users u ON u.id = r.userId ORDER BY r.role');
      expect(rows).toEqual([{ openid: 'o_a', role: 'member' }, { openid: 'o_a', role: 'merchant' }]);
    } finally {
      await migrated.destroy();
      await database.drop();
    }
  });
});

describe('appointments', () => {
  it('lets a street admin appoint a community admin, who then acts there; audited', async () => {
    const { street, organization: streetOrg } = await makeStreet(ts);
    const { organization } = await makeCommunity(ts, { streetId: street.id });
    const streetAdmin = await makeUser(ts, { adminOf: streetOrg.id });
    const user = await makeUser(ts);

    const res = await ts.http.post('/api/admin/scopes').set(streetAdmin.auth).send({ userId: user.id, organizationId: organization.id }).expect(201);
    expect(res.body).toMatchObject({ userId: user.id, userNickname: expect.any(String), organizationId: organization.id, organizationName: organization.name, grantedById: streetAdmin.id, grantedAt: expect.any(String) });
    const me = await ts.http.get('/api/me').set(user.auth).expect(200);
    expect(me.body.roles).toContain('org_admin');
    expect(me.body.adminScopes).toEqual([expect.objectContaining({ organizationId: organization.id })]);
    await ts.http.get('/api/admin/member-bindings').set(user.auth).expect(200);

    const again = await ts.http.post('/api/admin/scopes').set(streetAdmin.auth).send({ userId: user.id, organizationId: organization.id }).expect(409);
    expect(again.body.error.code).toBe('ALREADY_APPOINTED');
    const audit = await ts.http.get(`/api/admin/audit-logs?entityType=admin_scope&entityId=${res.body.id}`).set(streetAdmin.auth).expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ actorId: streetAdmin.id, action: 'admin_scope.grant', after: expect.objectContaining({ userId: user.id }) })]);
  });

  it('refuses appointments above or beside the caller’s scope, and by non-admins', async () => {
    const { street, organization: streetOrg } = await makeStreet(ts);
    const { organization } = await makeCommunity(ts, { streetId: street.id });
    const { organization: elsewhere } = await makeCommunity(ts);
    const communityAdmin = await makeUser(ts, { adminOf: organization.id });
    const user = await makeUser(ts);
    for (const organizationId of [streetOrg.id, elsewhere.id]) {
      const res = await ts.http.post('/api/admin/scopes').set(communityAdmin.auth).send({ userId: user.id, organizationId }).expect(403);
      expect(res.body.error.code).toBe('OUT_OF_SCOPE');
    }
    await ts.http.post('/api/admin/scopes').set(user.auth).send({ userId: user.id, organizationId: organization.id }).expect(403);
    await ts.http.post('/api/admin/scopes').set(communityAdmin.auth).send({ userId: 999999, organizationId: organization.id }).expect(404);
    await ts.http.post('/api/admin/scopes').set(communityAdmin.auth).send({ userId: 'x', organizationId: organization.id }).expect(400);
    expect(await ts.deps.db.manager.countBy(AdminScope, { userId: user.id })).toBe(0);
  });

  it('lists the appointments inside the caller’s scope only', async () => {
    const { street, organization: streetOrg } = await makeStreet(ts);
    const { organization } = await makeCommunity(ts, { streetId: street.id });
    const { organization: elsewhere } = await makeCommunity(ts);
    const streetAdmin = await makeUser(ts, { adminOf: streetOrg.id });
    const inside = await makeUser(ts, { adminOf: organization.id });
    const outside = await makeUser(ts, { adminOf: elsewhere.id });
    const all = await ts.http.get('/api/admin/scopes?pageSize=100').set(streetAdmin.auth).expect(200);
    const users = all.body.items.map((s: { userId: number }) => s.userId);
    expect(users).toEqual(expect.arrayContaining([streetAdmin.id, inside.id]));
    expect(users).not.toContain(outside.id);
    const narrowed = await ts.http.get(`/api/admin/scopes?organizationId=${organization.id}`).set(streetAdmin.auth).expect(200);
    expect(narrowed.body.items.map((s: { userId: number }) => s.userId)).toEqual([inside.id]);
    await ts.http.get('/api/admin/scopes').set((await makeUser(ts)).auth).expect(403);
  });

  it('revokes: the admin’s next request is refused and org_admin goes with the last scope', async () => {
    const { street, organization: streetOrg } = await makeStreet(ts);
    const { organization } = await makeCommunity(ts, { streetId: street.id });
    const streetAdmin = await makeUser(ts, { adminOf: streetOrg.id });
    const user = await makeUser(ts);
    const appointed = await ts.http.post('/api/admin/scopes').set(streetAdmin.auth).send({ userId: user.id, organizationId: organization.id }).expect(201);
    await ts.http.get('/api/admin/member-bindings').set(user.auth).expect(200);

    await ts.http.delete(`/api/admin/scopes/${appointed.body.id}`).set(streetAdmin.auth).expect(204);
    await ts.http.get('/api/admin/member-bindings').set(user.auth).expect(403);
    const me = await ts.http.get('/api/me').set(user.auth).expect(200);
    expect(me.body.roles).not.toContain('org_admin');
    await ts.http.delete(`/api/admin/scopes/${appointed.body.id}`).set(streetAdmin.auth).expect(404);
    const audit = await ts.deps.db.manager.findBy(AuditLog, { entityType: 'admin_scope', entityId: appointed.body.id, action: 'admin_scope.revoke' });
    expect(audit).toHaveLength(1);
  });

  it('refuses revoking an appointment outside the caller’s scope', async () => {
    const { organization } = await makeCommunity(ts);
    const { organization: elsewhere } = await makeCommunity(ts);
    const admin = await makeUser(ts, { adminOf: organization.id });
    await makeUser(ts, { adminOf: elsewhere.id });
    const other = await ts.deps.db.manager.findOneByOrFail(AdminScope, { organizationId: elsewhere.id });
    expect((await ts.http.delete(`/api/admin/scopes/${other.id}`).set(admin.auth).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
  });
});

describe('npm run admin:grant', () => {
  it('parses its arguments and refuses anything else', () => {
    expect(parseGrantArgs(['--openid', 'o_first', '--district'])).toEqual({ openid: 'o_first', district: true });
    expect(parseGrantArgs(['--openid', 'o_first', '--organization', '12'])).toEqual({ openid: 'o_first', organizationId: 12 });
    for (const args of [['--district'], ['--openid', 'o', '--district', '--organization', '1'], ['--openid', 'o'], ['--openid', 'o', '--organization', 'x']])
      expect(() => parseGrantArgs(args)).toThrow(/usage/);
  });

  it('makes a never-seen openid a district admin, who then logs in as one; audited', async () => {
    const result = await grantFromCommandLine(ts.deps, { openid: 'o_first_admin', district: true });
    const user = await ts.deps.db.manager.findOneByOrFail(User, { openid: 'o_first_admin' });
    expect(result).toEqual({ userId: user.id, role: 'district_admin' });
    const login = await ts.http.post('/api/auth/wechat').send({ code: 'first_admin' }).expect(200);
    expect(login.body.user).toMatchObject({ id: user.id, roles: expect.arrayContaining(['district_admin']) });
    expect(await ts.deps.db.manager.findBy(AuditLog, { action: 'user_role.grant', entityId: user.id })).toEqual([expect.objectContaining({ actorId: 0 })]);
  });

  it('appoints an organisation admin from the command line', async () => {
    const { organization } = await makeCommunity(ts);
    const result = await grantFromCommandLine(ts.deps, { openid: 'o_first_community_admin', organizationId: organization.id });
    expect(result).toMatchObject({ organizationId: organization.id, grantedById: null });
    await expect(grantFromCommandLine(ts.deps, { openid: 'o_x', organizationId: 999999 })).rejects.toThrow('组织不存在');
  });
});
