import { AuditLog } from '../../server/src/modules/audit/entities';
import { ApplicantPoint } from '../../server/src/modules/development/entities';
import { makeCommunity, makeStreet, makeUser, type TestUser } from './helpers/factories';
import { describeOnMysql, useServerProcesses } from './helpers/processes';
import { startTestServer, type TestServer } from './helpers/server';
import { voters } from './votes.fixtures';

/** 15 June 2026, 10:00 in Shanghai. */
const NOW = '2026-06-15T02:00:00Z';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer({ now: NOW });
});
afterEach(() => ts.clock.set(NOW));
afterAll(() => ts.close());

const shanghai = (day: string) => `${day}T10:00:00+08:00`;
const record = (admin: TestUser, organizationId: number, o: { name?: string; appliedAt?: string; birthDate?: string } = {}) =>
  ts.http.post('/api/applicants').set(admin.auth).send({ name: o.name ?? '测试申请人', organizationId, appliedAt: shanghai(o.appliedAt ?? '2025-01-10'), birthDate: o.birthDate ?? '1998-04-01' });
const move = (admin: TestUser, id: number, stage: string, day: string, evidence = ['谈话记录']) =>
  ts.http.post(`/api/applicants/${id}/stages`).set(admin.auth).send({ stage, at: shanghai(day), note: '支部委员会研究同意', evidence });
const points = (admin: TestUser, id: number, delta: number, reason = '参加集中学习') => ts.http.post(`/api/applicants/${id}/points`).set(admin.auth).send({ delta, reason });

/** A branch with its admin, and an activist of it since `since`. */
async function branch() {
  const { organization } = await makeCommunity(ts);
  return { organization, admin: await makeUser(ts, { adminOf: organization.id }) };
}
async function activist(admin: TestUser, organizationId: number, name: string, since = '2025-03-01') {
  const { body } = await record(admin, organizationId, { name }).expect(201);
  await move(admin, body.id, 'activist', since).expect(201);
  return body.id as number;
}

describe('development stages', () => {
  it('moves an applicant forward one stage at a time, each dated with note and evidence: the timeline is the record', async () => {
    const { organization, admin } = await branch();
    const created = await record(admin, organization.id, { name: '林一禾', appliedAt: '2025-03-01' }).expect(201);
    expect(created.body).toMatchObject({ name: '林一禾', organizationId: organization.id, organizationName: organization.name, birthDate: '1998-04-01', stage: 'applicant', points: 0, disqualified: null });
    const id = created.body.id;
    await move(admin, id, 'activist', '2025-04-01', ['谈话记录', '党员推荐']).expect(201);
    await move(admin, id, 'candidate', '2026-04-02', ['培训结业', '政审材料']).expect(201);
    await move(admin, id, 'probationary', '2026-05-01', ['公示', '支部大会表决']).expect(201);
    ts.clock.set('2027-05-10T02:00:00Z');
    const full = await move(admin, id, 'full', '2027-05-01', ['支部大会表决']).expect(201);
    expect(full.body.stage).toBe('full');
    expect(full.body.steps.map((s: { stage: string }) => s.stage)).toEqual(['applicant', 'activist', 'candidate', 'probationary', 'full']);
    expect(full.body.steps[2]).toMatchObject({ stage: 'candidate', at: '2026-04-02T02:00:00.000Z', note: '支部委员会研究同意', evidence: ['培训结业', '政审材料'] });
    expect((await ts.http.get(`/api/applicants/${id}`).set(admin.auth).expect(200)).body).toEqual(full.body);
    expect(await ts.deps.db.manager.countBy(AuditLog, { entityType: 'applicant', entityId: id })).toBe(5);
  });

  it('refuses a skip or a step back (409 STAGE_ORDER), past full, a future or earlier date (400)', async () => {
    const { organization, admin } = await branch();
    const { body } = await record(admin, organization.id, { appliedAt: '2025-03-01' }).expect(201);
    expect((await move(admin, body.id, 'candidate', '2025-04-01').expect(409)).body.error.code).toBe('STAGE_ORDER');
    expect((await move(admin, body.id, 'applicant', '2025-04-01').expect(409)).body.error.code).toBe('STAGE_ORDER');
    expect((await move(admin, body.id, 'activist', '2026-06-16').expect(400)).body.error.details[0].field).toBe('at');
    expect((await move(admin, body.id, 'activist', '2025-02-01').expect(400)).body.error.message).toContain('不能早于上一步');
    await move(admin, body.id, 'activist', '2025-04-01').expect(201);
    expect((await move(admin, body.id, 'applicant', '2026-04-01').expect(409)).body.error.code).toBe('STAGE_ORDER');
    expect((await move(admin, body.id, 'probationary', '2026-04-01').expect(409)).body.error.code).toBe('STAGE_ORDER');
    expect((await ts.http.get(`/api/applicants/${body.id}`).set(admin.auth).expect(200)).body.steps).toHaveLength(2);
  });

  it('refuses a candidate less than a year after becoming an activist, and a full member before the year of probation (409 naming the rule)', async () => {
    const { organization, admin } = await branch();
    const id = await activist(admin, organization.id, '周明远', '2025-07-01');
    const early = await move(admin, id, 'candidate', '2026-06-15').expect(409);
    expect(early.body.error).toMatchObject({ code: 'ACTIVIST_ONE_YEAR', message: expect.stringContaining('一年以上的培养教育') });
    expect(early.body.error.message).toContain('2026-07-01');
    // The earliest day is a Shanghai calendar day: an activist since 00:30 on 2 March (16:30 UTC on 1 March).
    const { body: late } = await record(admin, organization.id, { name: '吴思远' }).expect(201);
    await ts.http.post(`/api/applicants/${late.id}/stages`).set(admin.auth).send({ stage: 'activist', at: '2025-03-02T00:30:00+08:00', note: '支部委员会研究同意', evidence: ['谈话记录'] }).expect(201);
    expect((await move(admin, late.id, 'candidate', '2026-02-20').expect(409)).body.error.message).toContain('2026-03-02');
    ts.clock.set('2026-07-02T02:00:00Z');
    await move(admin, id, 'candidate', '2026-07-01').expect(201);
    await move(admin, id, 'probationary', '2026-07-02').expect(201);
    ts.clock.set('2027-07-01T02:00:00Z');
    const probation = await move(admin, id, 'full', '2027-07-01').expect(409);
    expect(probation.body.error).toMatchObject({ code: 'PROBATION_ONE_YEAR', message: expect.stringContaining('预备期为一年') });
    ts.clock.set('2027-07-03T02:00:00Z');
    await move(admin, id, 'full', '2027-07-02').expect(201);
    expect((await move(admin, id, 'full', '2027-07-03').expect(409)).body.error.code).toBe('STAGE_ORDER');
  });

  it('answers 400 for bad input and records nothing: under 18, future application, no evidence, unknown stage', async () => {
    const { organization, admin } = await branch();
    expect((await record(admin, organization.id, { birthDate: '2008-01-01' }).expect(400)).body.error.message).toContain('年满十八岁');
    expect((await record(admin, organization.id, { appliedAt: '2026-07-01' }).expect(400)).body.error.details[0].field).toBe('appliedAt');
    await ts.http.post('/api/applicants').set(admin.auth).send({ name: '某', organizationId: organization.id, appliedAt: shanghai('2025-01-01'), birthDate: '1990-13-01' }).expect(400);
    const { body } = await record(admin, organization.id).expect(201);
    await ts.http.post(`/api/applicants/${body.id}/stages`).set(admin.auth).send({ stage: 'activist', at: shanghai('2025-02-01'), note: '同意', evidence: [] }).expect(400);
    await ts.http.post(`/api/applicants/${body.id}/stages`).set(admin.auth).send({ stage: 'leader', at: shanghai('2025-02-01'), note: '同意', evidence: ['谈话'] }).expect(400);
    expect((await ts.http.get(`/api/applicants?organizationId=${organization.id}`).set(admin.auth).expect(200)).body.items).toMatchObject([{ id: body.id, stage: 'applicant' }]);
  });

  it('takes one of many simultaneous moves (201) and refuses the rest (409)', async () => {
    const { organization, admin } = await branch();
    const { body } = await record(admin, organization.id).expect(201);
    const results = await Promise.all(Array.from({ length: 8 }, () => move(admin, body.id, 'activist', '2025-03-01')));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(7);
    expect((await ts.http.get(`/api/applicants/${body.id}`).set(admin.auth).expect(200)).body.steps).toHaveLength(2);
  });
});

describe('development scope', () => {
  it("shows a community admin only their branch's applicants; a street admin both; residents and members nothing", async () => {
    const { street, organization: streetOrg } = await makeStreet(ts);
    const { organization: mine } = await makeCommunity(ts, { streetId: street.id });
    const { organization: other } = await makeCommunity(ts, { streetId: street.id });
    const admin = await makeUser(ts, { adminOf: mine.id });
    const otherAdmin = await makeUser(ts, { adminOf: other.id });
    const streetAdmin = await makeUser(ts, { adminOf: streetOrg.id });
    const resident = await makeUser(ts);
    const member = await makeUser(ts, { memberOf: mine.id });
    const ours = (await record(admin, mine.id, { name: '顾一鸣' }).expect(201)).body.id;
    await record(otherAdmin, other.id, { name: '宋知远' }).expect(201);
    expect((await ts.http.get('/api/applicants').set(admin.auth).expect(200)).body.items.map((a: { name: string }) => a.name)).toEqual(['顾一鸣']);
    expect((await ts.http.get(`/api/applicants?organizationId=${streetOrg.id}`).set(streetAdmin.auth).expect(200)).body.total).toBe(2);
    expect((await ts.http.get(`/api/applicants?organizationId=${other.id}`).set(admin.auth).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    expect((await ts.http.get(`/api/applicants/${ours}`).set(otherAdmin.auth).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    expect((await move(otherAdmin, ours, 'activist', '2025-03-01').expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    expect((await record(admin, other.id).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    for (const user of [resident, member]) {
      expect((await ts.http.get('/api/applicants').set(user.auth).expect(403)).body.error.code).toBe('FORBIDDEN');
      expect((await ts.http.get(`/api/applicants/${ours}`).set(user.auth).expect(403)).body.error.code).toBe('FORBIDDEN');
      expect((await ts.http.get('/api/applicants/due').set(user.auth).expect(403)).body.error.code).toBe('FORBIDDEN');
      await record(user, mine.id).expect(403);
    }
    await ts.http.get('/api/applicants').expect(401);
    expect((await ts.http.get('/api/applicants/999999').set(admin.auth).expect(404)).body.error.code).toBe('NOT_FOUND');
  });
});

describe('dynamic points', () => {
  it("appends activists' entries and ranks an organisation's activists by the year's points (ties share a rank)", async () => {
    const { organization, admin } = await branch();
    const a = await activist(admin, organization.id, '甲积极分子');
    const b = await activist(admin, organization.id, '乙积极分子');
    const c = await activist(admin, organization.id, '丙积极分子');
    const elsewhere = await branch();
    await points(elsewhere.admin, await activist(elsewhere.admin, elsewhere.organization.id, '外支部积极分子'), 50).expect(201);
    expect((await points(admin, a, 8, '社区志愿服务 12 小时').expect(201)).body).toMatchObject({ applicantId: a, year: 2026, delta: 8, reason: '社区志愿服务 12 小时', at: expect.stringMatching(/^2026-06-15T02:00/) });
    await points(admin, a, -2, '无故缺席集中学习').expect(201);
    await points(admin, b, 6).expect(201);
    await points(admin, c, 3).expect(201);
    await points(admin, c, 3).expect(201);
    const ledger = (await ts.http.get(`/api/applicants/${a}/points`).set(admin.auth).expect(200)).body;
    expect(ledger.items.map((p: { delta: number }) => p.delta)).toEqual([-2, 8]);
    const ranking = (await ts.http.get(`/api/applicants/ranking?organizationId=${organization.id}&year=2026`).set(admin.auth).expect(200)).body;
    expect(ranking.items).toEqual([
      { rank: 1, applicantId: a, name: '甲积极分子', points: 6 },
      { rank: 1, applicantId: b, name: '乙积极分子', points: 6 },
      { rank: 1, applicantId: c, name: '丙积极分子', points: 6 },
    ]);
    await points(admin, c, 1).expect(201);
    expect((await ts.http.get(`/api/applicants/ranking?organizationId=${organization.id}`).set(admin.auth).expect(200)).body.items.map((r: { rank: number; applicantId: number }) => [r.rank, r.applicantId])).toEqual([[1, c], [2, a], [2, b]]);
    expect((await ts.http.get(`/api/applicants/ranking?organizationId=${organization.id}&year=2025`).set(admin.auth).expect(200)).body.items.every((r: { points: number }) => r.points === 0)).toBe(true);
    expect((await ts.http.get(`/api/applicants/${c}`).set(admin.auth).expect(200)).body.points).toBe(7);
    expect((await ts.http.get(`/api/applicants/ranking?organizationId=${organization.id}`).set(elsewhere.admin.auth).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
  });

  it('records points for activists only (409 NOT_ACTIVIST), never 0 or out of range (400), only by the scope admin (403)', async () => {
    const { organization, admin } = await branch();
    const { body } = await record(admin, organization.id).expect(201);
    expect((await points(admin, body.id, 5).expect(409)).body.error.code).toBe('NOT_ACTIVIST');
    const id = await activist(admin, organization.id, '丁积极分子');
    await points(admin, id, 0).expect(400);
    await points(admin, id, 101).expect(400);
    await ts.http.post(`/api/applicants/${id}/points`).set(admin.auth).send({ delta: 2 }).expect(400);
    expect((await points(await makeUser(ts), id, 5).expect(403)).body.error.code).toBe('FORBIDDEN');
    expect(await ts.deps.db.manager.countBy(ApplicantPoint, { applicantId: id })).toBe(0);
  });
});

describe('disqualification', () => {
  it("takes a listed condition (district admins maintain the list): the activist leaves the pipeline, the record stays", async () => {
    const district = await makeUser(ts, { roles: ['district_admin'] });
    const { organization, admin } = await branch();
    expect((await ts.http.put('/api/applicants/disqualifying-conditions/T01').set(admin.auth).send({ title: '无正当理由连续不参加学习' }).expect(403)).body.error.code).toBe('NOT_DISTRICT_ADMIN');
    await ts.http.put('/api/applicants/disqualifying-conditions/T01').set(district.auth).send({ title: '示例：无正当理由连续不参加学习' }).expect(200);
    expect((await ts.http.put('/api/applicants/disqualifying-conditions/T01').set(district.auth).send({ title: '无正当理由连续 3 次不参加培养教育' }).expect(200)).body).toEqual({ code: 'T01', title: '无正当理由连续 3 次不参加培养教育' });
    const conditions = (await ts.http.get('/api/applicants/disqualifying-conditions?pageSize=100').set(admin.auth).expect(200)).body.items;
    expect(conditions).toContainEqual({ code: 'T01', title: '无正当理由连续 3 次不参加培养教育' });
    await ts.http.get('/api/applicants/disqualifying-conditions').set((await makeUser(ts)).auth).expect(403);

    const id = await activist(admin, organization.id, '戊积极分子');
    const disqualify = (body: object) => ts.http.post(`/api/applicants/${id}/disqualify`).set(admin.auth).send(body);
    expect((await disqualify({ conditionCode: 'NOPE', note: '不存在的情形' }).expect(400)).body.error.details[0].field).toBe('conditionCode');
    const done = await disqualify({ conditionCode: 'T01', note: '连续 3 次无故缺席集中学习' }).expect(201);
    expect(done.body.disqualified).toEqual({ code: 'T01', title: '无正当理由连续 3 次不参加培养教育', note: '连续 3 次无故缺席集中学习', at: expect.stringMatching(/^2026-06-15T02:00/) });
    expect((await disqualify({ conditionCode: 'T01', note: '再次' }).expect(409)).body.error.code).toBe('NOT_DISQUALIFIABLE');
    expect((await move(admin, id, 'candidate', '2026-06-01').expect(409)).body.error.code).toBe('DISQUALIFIED');
    expect((await points(admin, id, 2).expect(409)).body.error.code).toBe('NOT_ACTIVIST');
    expect((await ts.http.get(`/api/applicants?organizationId=${organization.id}`).set(admin.auth).expect(200)).body.total).toBe(0);
    expect((await ts.http.get(`/api/applicants?organizationId=${organization.id}&disqualified=true`).set(admin.auth).expect(200)).body.items).toMatchObject([{ id, stage: 'activist' }]);
    expect((await ts.http.get(`/api/applicants/${id}`).set(admin.auth).expect(200)).body.steps).toHaveLength(2);

    const { body: applicant } = await record(admin, organization.id).expect(201);
    expect((await ts.http.post(`/api/applicants/${applicant.id}/disqualify`).set(admin.auth).send({ conditionCode: 'T01', note: '尚不是积极分子' }).expect(409)).body.error.code).toBe('NOT_DISQUALIFIABLE');
    expect(await ts.deps.db.manager.countBy(AuditLog, { action: 'applicant.disqualify', entityId: id })).toBe(1);
  });
});

describe('due dates', () => {
  it("lists activists who may become candidates and probationary members due for conversion, soonest first, overdue marked", async () => {
    const { organization, admin } = await branch();
    const recent = await activist(admin, organization.id, '近期积极分子', '2026-01-10');
    const probationary = (await record(admin, organization.id, { name: '预备党员甲', appliedAt: '2022-06-01' }).expect(201)).body.id;
    await move(admin, probationary, 'activist', '2023-01-10').expect(201);
    await move(admin, probationary, 'candidate', '2024-02-01').expect(201);
    await move(admin, probationary, 'probationary', '2025-03-01').expect(201);
    ts.clock.set('2026-03-05T02:00:00Z');
    const due = (await ts.http.get(`/api/applicants/due?organizationId=${organization.id}`).set(admin.auth).expect(200)).body.items;
    expect(due).toEqual([
      { applicantId: probationary, name: '预备党员甲', organizationId: organization.id, stage: 'probationary', next: 'full', dueAt: '2026-03-01T02:00:00.000Z', overdue: true, rule: expect.stringContaining('预备期为一年') },
      { applicantId: recent, name: '近期积极分子', organizationId: organization.id, stage: 'activist', next: 'candidate', dueAt: '2027-01-10T02:00:00.000Z', overdue: false, rule: expect.stringContaining('一年以上') },
    ]);
  });
});

describe('差额推荐', () => {
  it('runs a round: ranked activists on a members’ vote, the chosen on a 公示 with objections, then the chosen (less an upheld objection) become candidates', async () => {
    const { organization, admin } = await branch();
    const a = await activist(admin, organization.id, '甲推荐人选');
    const b = await activist(admin, organization.id, '乙推荐人选');
    const c = await activist(admin, organization.id, '丙推荐人选', '2025-06-20');
    await points(admin, a, 10).expect(201);
    await points(admin, b, 6).expect(201);
    await points(admin, c, 3).expect(201);
    const open = (seats: number) => ts.http.post('/api/activist-recommendations').set(admin.auth).send({ organizationId: organization.id, year: 2026, seats, closesAt: '2026-06-20T02:00:00Z' });
    expect((await open(3).expect(409)).body.error.code).toBe('NOT_ENOUGH_CANDIDATES');
    expect((await ts.http.post('/api/activist-recommendations').set((await makeUser(ts)).auth).send({ organizationId: organization.id, year: 2026, seats: 2 }).expect(403)).body.error.code).toBe('FORBIDDEN');
    const round = (await open(2).expect(201)).body;
    expect(round).toMatchObject({ status: 'voting', seats: 2, notice: null, vote: { electorate: 'members', maxChoices: 2, status: 'open', subject: { type: 'activist_recommendation', id: round.id } } });
    expect(round.candidates.map((x: { applicantId: number }) => x.applicantId)).toEqual([a, b, c]);
    expect(round.vote.options.map((o: { label: string }) => o.label)).toEqual(['甲推荐人选（10分）', '乙推荐人选（6分）', '丙推荐人选（3分）']);
    expect((await open(2).expect(409)).body.error.code).toBe('DUPLICATE');

    const [oa, ob, oc] = round.vote.options.map((o: { id: number }) => o.id);
    const members = await voters(ts, 5, organization.id);
    const ballots = [[oc, oa], [oc, ob], [oc, oa], [oa], [ob]];
    for (const [i, optionIds] of ballots.entries()) await ts.http.post(`/api/votes/${round.vote.id}/ballots`).set(members[i].auth).send({ optionIds }).expect(201);
    const notice = () => ts.http.post(`/api/activist-recommendations/${round.id}/notice`).set(admin.auth).send({ endsAt: '2026-06-26T02:00:00Z' });
    expect((await notice().expect(409)).body.error.code).toBe('VOTE_NOT_CLOSED');

    ts.clock.set('2026-06-21T02:00:00Z');
    const published = (await notice().expect(201)).body;
    expect(published).toMatchObject({ status: 'notice', notice: { ended: false, unanswered: 0, upheldApplicantIds: [] } });
    expect(published.candidates.map((x: { applicantId: number; votes: number; chosen: boolean }) => [x.applicantId, x.votes, x.chosen])).toEqual([[a, 3, true], [b, 2, false], [c, 3, true]]);
    expect((await notice().expect(409)).body.error.code).toBe('ROUND_STATUS');
    const board = (await ts.http.get(`/api/public-notices/${published.notice.id}`).expect(200)).body;
    expect(board.items).toEqual([{ key: String(a), label: '甲推荐人选' }, { key: String(c), label: '丙推荐人选' }]);
    const finalize = (at: string) => ts.http.post(`/api/activist-recommendations/${round.id}/finalize`).set(admin.auth).send({ at: shanghai(at) });
    expect((await finalize('2026-06-21').expect(409)).body.error.code).toBe('NOTICE_RUNNING');
    const objection = (await ts.http.post(`/api/public-notices/${published.notice.id}/objections`).set(members[0].auth).send({ content: '该同志近期参加学习不够', itemKey: String(a) }).expect(201)).body;

    ts.clock.set('2026-06-27T02:00:00Z');
    expect((await finalize('2026-06-27').expect(409)).body.error.code).toBe('OBJECTIONS_UNANSWERED');
    await ts.http.post(`/api/objections/${objection.id}/reply`).set(admin.auth).send({ content: '经核实情况属实，暂缓列为发展对象', upheld: true }).expect(200);
    expect((await finalize('2026-06-19').expect(409)).body.error.code).toBe('ACTIVIST_ONE_YEAR');
    const done = (await finalize('2026-06-27').expect(201)).body;
    expect(done).toMatchObject({ status: 'finalized', notice: { ended: true, unanswered: 0, upheldApplicantIds: [a] } });
    expect(done.candidates.filter((x: { promoted: boolean }) => x.promoted).map((x: { applicantId: number }) => x.applicantId)).toEqual([c]);
    const stageOf = async (id: number) => (await ts.http.get(`/api/applicants/${id}`).set(admin.auth).expect(200)).body;
    expect(await stageOf(c)).toMatchObject({ stage: 'candidate', steps: expect.arrayContaining([expect.objectContaining({ stage: 'candidate', evidence: ['差额推荐投票', '公示'] })]) });
    expect((await stageOf(a)).stage).toBe('activist');
    expect((await stageOf(b)).stage).toBe('activist');
    expect((await finalize('2026-06-27').expect(409)).body.error.code).toBe('ROUND_STATUS');
    expect((await ts.http.get(`/api/activist-recommendations/${round.id}`).set(admin.auth).expect(200)).body).toEqual(done);
    expect((await ts.http.get(`/api/activist-recommendations?organizationId=${organization.id}`).set(admin.auth).expect(200)).body.items).toEqual([done]);
    expect((await ts.http.get(`/api/activist-recommendations/${round.id}`).set(members[0].auth).expect(403)).body.error.code).toBe('FORBIDDEN');
  });
});

describeOnMysql('stage moves across two server processes', () => {
  const env = useServerProcesses(2);

  it('takes one of many simultaneous moves hitting both processes', async () => {
    const { organization } = await makeCommunity(env.ts);
    const admin = await makeUser(env.ts, { adminOf: organization.id });
    const { body } = await env.ts.http.post('/api/applicants').set(admin.auth).send({ name: '并发申请人', organizationId: organization.id, appliedAt: '2020-01-10T02:00:00Z', birthDate: '1990-01-01' }).expect(201);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        env.processes[i % 2].http.post(`/api/applicants/${body.id}/stages`).set(admin.auth).send({ stage: 'activist', at: '2020-03-01T02:00:00Z', note: '支部委员会研究同意', evidence: ['谈话记录'] }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(11);
  });
});
