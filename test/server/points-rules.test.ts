import { PartyMember } from '../../server/src/modules/members/entities';
import { AuditLog } from '../../server/src/modules/audit/entities';
import { makeCommunity, makeStreet, makeUser, type TestUser } from './helpers/factories';
import { describeOnMysql, useServerProcesses } from './helpers/processes';
import { startTestServer, type TestServer } from './helpers/server';

/** Mid-June 2026, 10:00 in Shanghai. */
const NOW = '2026-06-15T02:00:00Z';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer({ now: NOW });
});
afterAll(() => ts.close());

const memberIdOf = async (user: TestUser) => (await ts.deps.db.manager.findOneByOrFail(PartyMember, { userId: user.id })).id;

/** A community with its admin and one bound member. */
async function branch() {
  const { organization } = await makeCommunity(ts);
  const admin = await makeUser(ts, { adminOf: organization.id });
  const member = await makeUser(ts, { memberOf: organization.id });
  return { organization, admin, member, memberId: await memberIdOf(member) };
}

const award = (admin: TestUser, memberId: number, ruleCode = 'award', note = '获评优秀志愿者') =>
  ts.http.post('/api/admin/points').set(admin.auth).send({ memberId, ruleCode, note });

describe('points rules', () => {
  it('lists every rule with its points and yearly cap, deductions negative, to anyone', async () => {
    const res = await ts.http.get('/api/points/rules').expect(200);
    const byCode = Object.fromEntries(res.body.map((r: { code: string }) => [r.code, r]));
    expect(byCode.award).toMatchObject({ label: '获得表彰奖励', category: 'award', points: 10, yearlyCap: 30, year: 2026 });
    expect(byCode.missed_org_life).toMatchObject({ category: 'deduction', points: -5, yearlyCap: 20 });
    expect(byCode.attend_volunteer).toMatchObject({ category: 'attendance', yearlyCap: 60 });
    expect(res.body.map((r: { category: string }) => r.category)).toEqual(expect.arrayContaining(['attendance', 'volunteer', 'study', 'commitment', 'award', 'deduction']));
  });

  it('a district admin versions a rule by year: the edit holds from that year on, earlier years keep theirs; audited', async () => {
    const district = await makeUser(ts, { roles: ['district_admin'] });
    const res = await ts.http.put('/api/admin/points/rules/study').set(district.auth).send({ year: 2027, label: '完成学习教育任务', points: 3, yearlyCap: 45 }).expect(200);
    expect(res.body).toMatchObject({ code: 'study', points: 3, yearlyCap: 45, year: 2027 });
    const rule = async (year: number) => (await ts.http.get(`/api/points/rules?year=${year}`).expect(200)).body.find((r: { code: string }) => r.code === 'study');
    expect(await rule(2026)).toMatchObject({ points: 2, yearlyCap: 30 });
    expect(await rule(2028)).toMatchObject({ points: 3, yearlyCap: 45, year: 2027 });
    await ts.http.put('/api/admin/points/rules/study').set(district.auth).send({ year: 2027, label: '学习教育', points: 4, yearlyCap: null }).expect(200);
    expect(await rule(2027)).toMatchObject({ label: '学习教育', points: 4, yearlyCap: null });
    const audits = await ts.deps.db.manager.findBy(AuditLog, { action: 'point_rule.edit', actorId: district.id });
    expect(audits).toHaveLength(2);
    expect(audits[1]).toMatchObject({ before: expect.objectContaining({ points: 3 }), after: expect.objectContaining({ points: 4 }) });
  });

  it('refuses a past year (409 YEAR_CLOSED), a community admin (403), a wrong sign or zero (400), an unknown rule (400)', async () => {
    const district = await makeUser(ts, { roles: ['district_admin'] });
    const body = { year: 2026, label: '获得表彰奖励', points: 10, yearlyCap: 30 };
    expect((await ts.http.put('/api/admin/points/rules/award').set(district.auth).send({ ...body, year: 2025 }).expect(409)).body.error.code).toBe('YEAR_CLOSED');
    const { admin } = await branch();
    expect((await ts.http.put('/api/admin/points/rules/award').set(admin.auth).send(body).expect(403)).body.error.code).toBe('FORBIDDEN');
    await ts.http.put('/api/admin/points/rules/award').set(district.auth).send({ ...body, points: -3 }).expect(400);
    await ts.http.put('/api/admin/points/rules/missed_org_life').set(district.auth).send({ ...body, points: 5 }).expect(400);
    await ts.http.put('/api/admin/points/rules/award').set(district.auth).send({ ...body, points: 0 }).expect(400);
    await ts.http.put('/api/admin/points/rules/nonsense').set(district.auth).send(body).expect(400);
    expect((await ts.http.get('/api/points/rules?year=2026').expect(200)).body.find((r: { code: string }) => r.code === 'award')).toMatchObject({ points: 10, yearlyCap: 30 });
  });
});

describe('awarding points', () => {
  it("pays the rule's points with the note as reason, traced to the award; the member sees it with the rule's use; audited", async () => {
    const { admin, member, memberId } = await branch();
    const res = await award(admin, memberId, 'volunteer_hours', '社区环境整治 4 小时').expect(201);
    expect(res.body).toMatchObject({ delta: 2, ruleCode: 'volunteer_hours', reason: '志愿服务时长（每满 4 小时）：社区环境整治 4 小时', source: { type: 'award' } });
    await award(admin, memberId, 'missed_org_life', '三月组织生活会无故缺席').expect(201);
    const mine = (await ts.http.get('/api/me/points').set(member.auth).expect(200)).body;
    expect(mine.total).toBe(-3);
    expect(mine.rules.find((r: { code: string }) => r.code === 'volunteer_hours')).toMatchObject({ used: 2, yearlyCap: 40 });
    expect(mine.rules.find((r: { code: string }) => r.code === 'missed_org_life')).toMatchObject({ used: 5, points: -5 });
    const audit = await ts.deps.db.manager.findOneByOrFail(AuditLog, { action: 'points.award', entityId: res.body.id });
    expect(audit).toMatchObject({ actorId: admin.id, after: expect.objectContaining({ memberId, ruleCode: 'volunteer_hours', note: '社区环境整治 4 小时' }) });
  });

  it('above the yearly cap answers 409 CAP_REACHED and writes nothing', async () => {
    const { admin, member, memberId } = await branch();
    for (let i = 0; i < 3; i++) await award(admin, memberId).expect(201);
    const res = await award(admin, memberId).expect(409);
    expect(res.body.error).toMatchObject({ code: 'CAP_REACHED', details: { yearlyCap: 30 } });
    expect((await ts.http.get('/api/me/points').set(member.auth).expect(200)).body).toMatchObject({ total: 30, entryCount: 3 });
  });

  it('holds the cap when many admins award at once: exactly cap / points succeed', async () => {
    const { admin, member, memberId } = await branch();
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => award(admin, memberId, 'award', `表彰 ${i}`)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(3);
    expect(results.filter((r) => r.status === 409)).toHaveLength(9);
    expect((await ts.http.get('/api/me/points').set(member.auth).expect(200)).body.total).toBe(30);
  });

  it('refuses a missing reason or unknown rule (400), an attendance rule (400), a resident (403), an outsider (403 OUT_OF_SCOPE), an unknown member (404), an unbound one (409)', async () => {
    const { organization, admin, memberId } = await branch();
    await award(admin, memberId, 'award', '').expect(400);
    await ts.http.post('/api/admin/points').set(admin.auth).send({ memberId, ruleCode: 'award' }).expect(400);
    await award(admin, memberId, 'no_such_rule').expect(400);
    await award(admin, memberId, 'attend_volunteer').expect(400);
    expect((await award(await makeUser(ts), memberId).expect(403)).body.error.code).toBe('FORBIDDEN');
    const outsider = await makeUser(ts, { adminOf: (await makeCommunity(ts)).organization.id });
    expect((await award(outsider, memberId).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    await award(admin, 999999).expect(404);
    const unbound = await ts.deps.db.manager.save(ts.deps.db.manager.create(PartyMember, { userId: null, name: '未绑定', phone: '13900000000', organizationId: organization.id }));
    expect((await award(admin, unbound.id).expect(409)).body.error.code).toBe('MEMBER_NOT_BOUND');
    await ts.http.post('/api/admin/points').send({ memberId, ruleCode: 'award', note: '表彰' }).expect(401);
  });

  it("a street admin awards to a member of one of the street's communities", async () => {
    const { street, organization: streetOrg } = await makeStreet(ts);
    const { organization } = await makeCommunity(ts, { streetId: street.id });
    const member = await makeUser(ts, { memberOf: organization.id });
    await award(await makeUser(ts, { adminOf: streetOrg.id }), await memberIdOf(member)).expect(201);
  });
});

describe('corrections', () => {
  it('append an opposite entry with the reason, once; the cap is freed; audited', async () => {
    const { admin, member, memberId } = await branch();
    const entries = [];
    for (let i = 0; i < 3; i++) entries.push((await award(admin, memberId).expect(201)).body);
    const fix = (id: number, reason = '重复录入') => ts.http.post(`/api/admin/points/${id}/correction`).set(admin.auth).send({ reason });
    const res = await fix(entries[0].id).expect(201);
    expect(res.body).toMatchObject({ delta: -10, reason: '更正：重复录入', source: { type: 'correction', id: entries[0].id }, ruleCode: 'award' });
    expect((await fix(entries[0].id).expect(409)).body.error.code).toBe('DUPLICATE');
    expect((await fix(res.body.id).expect(409)).body.error.code).toBe('IS_CORRECTION');
    await award(admin, memberId).expect(201);
    const mine = (await ts.http.get('/api/me/points').set(member.auth).expect(200)).body;
    expect(mine).toMatchObject({ total: 30, entryCount: 5 });
    expect(mine.entries.map((e: { delta: number }) => e.delta)).toEqual([10, -10, 10, 10, 10]);
    expect(await ts.deps.db.manager.findOneBy(AuditLog, { action: 'points.correct', entityId: res.body.id })).toMatchObject({ actorId: admin.id, after: { delta: -10, reason: '重复录入' } });
  });

  it('refuses a missing reason (400), an outsider (403 OUT_OF_SCOPE), a resident (403), an unknown entry (404), a past year (409 YEAR_CLOSED)', async () => {
    const { admin, memberId } = await branch();
    const entry = (await award(admin, memberId).expect(201)).body;
    await ts.http.post(`/api/admin/points/${entry.id}/correction`).set(admin.auth).send({}).expect(400);
    const outsider = await makeUser(ts, { adminOf: (await makeCommunity(ts)).organization.id });
    expect((await ts.http.post(`/api/admin/points/${entry.id}/correction`).set(outsider.auth).send({ reason: '错误' }).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    await ts.http.post(`/api/admin/points/${entry.id}/correction`).set((await makeUser(ts)).auth).send({ reason: '错误' }).expect(403);
    await ts.http.post('/api/admin/points/999999/correction').set(admin.auth).send({ reason: '错误' }).expect(404);
    ts.clock.set('2027-01-05T02:00:00Z');
    try {
      expect((await ts.http.post(`/api/admin/points/${entry.id}/correction`).set(admin.auth).send({ reason: '错误' }).expect(409)).body.error.code).toBe('YEAR_CLOSED');
    } finally {
      ts.clock.set(NOW);
    }
  });
});

describeOnMysql('the yearly cap through two server processes on MySQL', () => {
  const env = useServerProcesses(2);

  it('pays exactly cap / points however the awards are spread over the processes', async () => {
    const { organization } = await makeCommunity(env.ts);
    const admin = await makeUser(env.ts, { adminOf: organization.id });
    const member = await makeUser(env.ts, { memberOf: organization.id });
    const memberId = (await env.ts.deps.db.manager.findOneByOrFail(PartyMember, { userId: member.id })).id;
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) => env.processes[i % 2].http.post('/api/admin/points').set(admin.auth).send({ memberId, ruleCode: 'study', note: `学习 ${i}` })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(15);
    expect(results.filter((r) => r.status === 409)).toHaveLength(1);
  });
});
