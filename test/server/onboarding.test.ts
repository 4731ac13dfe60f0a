import { generateKeyPairSync } from 'node:crypto';
import ExcelJS from 'exceljs';
import { grantFromCommandLine } from '../../server/src/modules/appointments';
import { PartyMember } from '../../server/src/modules/members/entities';
import { Organization } from '../../server/src/modules/orgs/entities';
import { startTestServer, type TestServer } from './helpers/server';

/**
 * The journey of a district that installs the platform: a production-mode service on an empty
 * database, no demo data, the first admin granted from the command line, the tree and a roll of
 * 10,000 members imported from the templates, admins appointed down the tree, a resident's binding
 * matched to the roll.
 */
let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer({ env: { NODE_ENV: 'production', SEED_DEMO: 'never', JWT_SECRET: 'a-district-secret-of-some-length', WECHAT_APPID: 'wx3f1c9a7b2d4e6f80', WECHAT_SECRET: 'district-app-secret', WECHAT_TEMPLATE_REPLY: 'district-reply', WECHAT_TEMPLATE_DUE: 'district-due', WECHAT_TEMPLATE_OVERDUE: 'district-overdue', WECHAT_TEMPLATE_REVIEW: 'district-review', WECHAT_TEMPLATE_ACTIVITY_REMINDER: 'district-start', WECHAT_TEMPLATE_ACTIVITY_CANCELLED: 'district-cancel', WITNESS_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() } });
});
afterAll(() => ts.close());

const login = async (code: string) => {
  const res = await ts.http.post('/api/auth/wechat').send({ code }).expect(200);
  return { id: res.body.user.id as number, auth: { Authorization: `Bearer ${res.body.token}` } };
};

/** Fills the downloaded template with rows and answers the file. */
async function filled(auth: Record<string, string>, kind: string, rows: (string | number | null)[][]): Promise<Buffer> {
  const template = await ts.http.get(`/api/admin/imports/templates/${kind}`).set(auth).buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  }).expect(200).expect('Content-Type', /spreadsheetml/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template.body);
  wb.worksheets[0].addRows(rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const upload = (auth: Record<string, string>, kind: string, file: Buffer, dryRun = false) =>
  ts.http.post(`/api/admin/imports/${kind}?dryRun=${dryRun}`).set(auth).attach('file', file, { filename: `${kind}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });

const TREE = [
  ['测试区委', '区委', null, null, null],
  ['甲街道党工委', '街道党工委', '测试区委', '甲街道', null],
  ['乙街道党工委', '街道党工委', '测试区委', '乙街道', null],
  ['东村社区党委', '党委', '甲街道党工委', '东村社区', '农村'],
  ['西城社区党总支', '党总支', '甲街道党工委', '西城社区', '城市'],
  ['北村社区党支部', '党支部', '乙街道党工委', '北村社区', '农村'],
  ['东村第一党支部', '党支部', '东村社区党委', null, null],
];
const ROLL_SIZE = 10_000;
const roll = () =>
  Array.from({ length: ROLL_SIZE }, (_, i) => [`党员${i}`, `139${String(i).padStart(8, '0')}`, ['东村社区党委', '西城社区党总支', '北村社区党支部'][i % 3], '2001-07-01', 1960 + (i % 40)]);

it('takes a fresh production install from the first admin to a resident matched to the roll', async () => {
  expect(ts.deps.config.devMode).toBe(false);
  expect(await ts.deps.db.manager.count(Organization)).toBe(0);

  // 1. The first admin, from the command line, before they ever logged in.
  await grantFromCommandLine(ts.deps, { openid: 'o_district_head', district: true });
  const district = await login('district_head');

  // 2. The tree: a dry run with bad rows lists every one and writes nothing; then the import; then again: unchanged.
  const bad = await filled(district.auth, 'organizations', [...TREE, ['孤儿党支部', '党支部', '不存在的党委', null, null], ['怪组织', '协会', '测试区委', null, null]]);
  const dry = await upload(district.auth, 'organizations', bad, true).expect(200);
  expect(dry.body).toMatchObject({ kind: 'organizations', dryRun: true, rows: 9, errors: [{ row: 9, column: '上级组织', message: expect.stringContaining('不存在的党委') }, { row: 10, column: '组织类型', message: expect.any(String) }] });
  expect((await upload(district.auth, 'organizations', bad).expect(422)).body.errors).toHaveLength(2);
  expect(await ts.deps.db.manager.count(Organization)).toBe(0);
  const tree = await filled(district.auth, 'organizations', TREE);
  expect((await upload(district.auth, 'organizations', tree).expect(200)).body).toMatchObject({ dryRun: false, rows: 7, created: 7, unchanged: 0, errors: [] });
  expect((await upload(district.auth, 'organizations', tree).expect(200)).body).toMatchObject({ created: 0, unchanged: 7 });
  const streets = (await ts.http.get('/api/streets').expect(200)).body.items as { id: number; name: string; organizationId: number }[];
  expect(streets.map((s) => s.name)).toEqual(['甲街道', '乙街道']);
  const communities = (await ts.http.get(`/api/communities?streetId=${streets[0].id}`).expect(200)).body.items;
  expect(communities).toEqual([expect.objectContaining({ name: '东村社区', kind: 'rural' }), expect.objectContaining({ name: '西城社区', kind: 'urban' })]);
  const dongcun = communities[0];

  // 3. The roll of 10,000, in one go; the second run creates nothing.
  const rollFile = await filled(district.auth, 'members', roll());
  const started = Date.now();
  expect((await upload(district.auth, 'members', rollFile).expect(200)).body).toMatchObject({ rows: ROLL_SIZE, created: ROLL_SIZE, errors: [] });
  expect(Date.now() - started).toBeLessThan(60_000);
  expect((await upload(district.auth, 'members', rollFile).expect(200)).body).toMatchObject({ created: 0, updated: 0, unchanged: ROLL_SIZE });
  expect(await ts.deps.db.manager.count(PartyMember)).toBe(ROLL_SIZE);

  // 4. Appointments down the tree: district → street → community; out of scope refused.
  const streetHead = await login('street_head');
  const communityHead = await login('community_head');
  await ts.http.post('/api/admin/scopes').set(district.auth).send({ userId: streetHead.id, organizationId: streets[0].organizationId }).expect(201);
  expect((await ts.http.post('/api/admin/scopes').set(streetHead.auth).send({ userId: communityHead.id, organizationId: streets[1].organizationId }).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
  const appointed = await ts.http.post('/api/admin/scopes').set(streetHead.auth).send({ userId: communityHead.id, organizationId: dongcun.organizationId }).expect(201);

  // The community admin's roll: their members only, phones masked; an import beyond their scope is refused row by row.
  const myRoll = await ts.http.get('/api/admin/members?q=党员3&pageSize=5').set(communityHead.auth).expect(200);
  expect(myRoll.body.items[0]).toMatchObject({ phoneMasked: expect.stringMatching(/^139\*{4}\d{4}$/), organizationId: dongcun.organizationId, userId: null });
  expect(myRoll.body.items.every((m: { organizationId: number }) => m.organizationId === dongcun.organizationId)).toBe(true);
  const outside = await upload(communityHead.auth, 'members', await filled(communityHead.auth, 'members', [['新党员', '13700000000', '北村社区党支部', null, null]])).expect(422);
  expect(outside.body.errors).toEqual([{ row: 2, column: '所属组织', message: '不在您的管理范围内' }]);

  // 5. A resident asks to be recognised; the request matches their roll row; approval links them to it.
  const resident = await login('resident_zero');
  await ts.http.post('/api/me/member-binding').set(resident.auth).send({ name: '党员0', phone: '13900000000', organizationId: dongcun.organizationId }).expect(201);
  const stranger = await login('resident_stranger');
  await ts.http.post('/api/me/member-binding').set(stranger.auth).send({ name: '不在名册', phone: '13600000000', organizationId: dongcun.organizationId }).expect(201);
  const pending = (await ts.http.get('/api/admin/member-bindings?status=pending').set(communityHead.auth).expect(200)).body.items as { id: number; userId: number; rollMemberId: number | null }[];
  const rollRow = await ts.deps.db.manager.findOneByOrFail(PartyMember, { name: '党员0' });
  expect(pending.find((b) => b.userId === resident.id)!.rollMemberId).toBe(rollRow.id);
  expect(pending.find((b) => b.userId === stranger.id)!.rollMemberId).toBeNull();
  await ts.http.post(`/api/admin/member-bindings/${pending.find((b) => b.userId === resident.id)!.id}/approve`).set(communityHead.auth).expect(200);
  expect(await ts.deps.db.manager.count(PartyMember)).toBe(ROLL_SIZE);
  expect((await ts.deps.db.manager.findOneByOrFail(PartyMember, { id: rollRow.id })).userId).toBe(resident.id);
  const me = await ts.http.get('/api/me').set(resident.auth).expect(200);
  expect(me.body.roles).toContain('member');
  expect(me.body.bindings.member).toMatchObject({ status: 'approved', organizationId: dongcun.organizationId, organizationName: '东村社区党委' });

  // The full phone: to a scope admin on request, audited.
  expect((await ts.http.post(`/api/admin/members/${rollRow.id}/phone`).set(communityHead.auth).expect(200)).body.phone).toBe('13900000000');
  expect((await ts.http.get(`/api/admin/audit-logs?entityType=party_member&entityId=${rollRow.id}`).set(communityHead.auth).expect(200)).body.items).toEqual([expect.objectContaining({ action: 'party_member.reveal_phone', actorId: communityHead.id })]);
  await ts.http.post(`/api/admin/members/${rollRow.id}/phone`).set(resident.auth).expect(403);

  // 6. A revoked admin is refused at their next request.
  await ts.http.delete(`/api/admin/scopes/${appointed.body.id}`).set(streetHead.auth).expect(204);
  await ts.http.get('/api/admin/member-bindings').set(communityHead.auth).expect(403);
});
