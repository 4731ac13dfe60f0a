import { PointEntry } from '../../server/src/modules/points/entities';
import { Organization } from '../../server/src/modules/orgs/entities';
import { PartyMember } from '../../server/src/modules/members/entities';
import { makeCommunity, makeUser, type TestUser } from './helpers/factories';
import { hoursFrom } from './helpers/instants';
import { startTestServer, type TestServer } from './helpers/server';

jest.setTimeout(60000);

const START = '2026-11-02T02:00:00Z';
let ts: TestServer;
let orgId: number;
let admin: TestUser;
let otherAdmin: TestUser;
let members: TestUser[];

/** Members of `organizationId` with these points in 2026, in the ledger as check-ins would leave them. */
async function membersWithPoints(organizationId: number, points: number[]) {
  const db = ts.deps.db.manager;
  const path = (await db.findOneByOrFail(Organization, { id: organizationId })).path;
  const users: TestUser[] = [];
  for (const [i, p] of points.entries()) {
    const u = await makeUser(ts, { memberOf: organizationId });
    await db.update(PartyMember, { userId: u.id }, { name: `党员${'甲乙丙丁戊己庚辛'[i]}` });
    if (p) await db.insert(PointEntry, { userId: u.id, delta: p, reason: '参加活动', sourceType: 'activity', sourceId: 900000 + u.id, organizationId, organizationPath: path, createdAt: new Date('2026-05-01T02:00:00Z') });
    users.push(u);
  }
  return users;
}

beforeAll(async () => {
  ts = await startTestServer({ now: START });
  const c = await makeCommunity(ts);
  const other = await makeCommunity(ts);
  orgId = c.organization.id;
  admin = await makeUser(ts, { adminOf: orgId });
  otherAdmin = await makeUser(ts, { adminOf: other.organization.id });
  members = await membersWithPoints(orgId, [50, 40, 30, 20, 10, 0]);
});
afterAll(() => ts.close());

const step = (id: number, name: string, user: TestUser = admin, body: Record<string, unknown> = {}) => ts.http.post(`/api/sunshine-selections/${id}/${name}`).set(user.auth).send(body);
const names = (cs: { name: string }[]) => cs.map((c) => c.name);

describe('a 阳光党员 selection from candidates to final', () => {
  it('draws more candidates than seats by points, votes, publishes the winners, and an upheld objection drops one', async () => {
    const created = await ts.http.post('/api/sunshine-selections').set(admin.auth).send({ organizationId: orgId, year: 2026, seats: 3 }).expect(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({ status: 'nominating', seats: 3, voteId: null, noticeId: null, winners: [], schedule: { nominatedAt: expect.any(String), voteOpensAt: null } });
    expect(names(created.body.candidates)).toEqual(['党员甲', '党员乙', '党员丙', '党员丁']);
    expect(created.body.candidates.map((c: { points: number }) => c.points)).toEqual([50, 40, 30, 20]);
    await ts.http.post('/api/sunshine-selections').set(admin.auth).send({ organizationId: orgId, year: 2026, seats: 2 }).expect(409).expect((r) => expect(r.body.error.code).toBe('SELECTION_EXISTS'));
    expect((await step(id, 'notice').expect(409)).body.error.code).toBe('SELECTION_STEP');
    expect((await step(id, 'finalize').expect(409)).body.error.code).toBe('SELECTION_STEP');

    const closesAt = hoursFrom(new Date(START), 48);
    const voting = (await step(id, 'vote', admin, { closesAt }).expect(200)).body;
    expect(voting).toMatchObject({ status: 'voting', voteId: expect.any(Number), schedule: { voteOpensAt: expect.any(String), voteClosesAt: closesAt } });
    expect((await step(id, 'vote').expect(409)).body.error.code).toBe('SELECTION_STEP');
    const vote = (await ts.http.get(`/api/votes/${voting.voteId}`).set(members[0].auth).expect(200)).body;
    expect(vote).toMatchObject({ maxChoices: 3, electorate: 'members', subject: { type: 'sunshine_selection', id }, eligible: true });
    expect(names(vote.options.map((o: { label: string }) => ({ name: o.label })))).toEqual(['党员甲', '党员乙', '党员丙', '党员丁']);
    expect((await ts.http.patch(`/api/votes/${vote.id}`).set(admin.auth).send({ title: '改' }).expect(409)).body.error.code).toBe('VOTE_HAS_SUBJECT');
    const [甲, 乙, 丙, 丁] = vote.options.map((o: { id: number }) => o.id);
    const ballots = [[甲, 乙, 丁], [甲, 乙, 丁], [甲, 乙, 丁], [甲, 乙, 丙], [丁], []];
    for (const [i, b] of ballots.entries()) if (b.length) await ts.http.post(`/api/votes/${vote.id}/ballots`).set(members[i].auth).send({ optionIds: b }).expect(201);
    expect((await step(id, 'notice').expect(409)).body.error.code).toBe('VOTE_NOT_CLOSED');

    ts.clock.set(hoursFrom(new Date(START), 49));
    const noticed = (await step(id, 'notice').expect(200)).body;
    expect(noticed).toMatchObject({ status: 'notice', noticeId: expect.any(Number) });
    expect(noticed.candidates.map((c: { votes: number }) => c.votes)).toEqual([4, 4, 1, 4]);
    expect(names(noticed.winners)).toEqual(['党员甲', '党员乙', '党员丁']);
    const notice = (await ts.http.get(`/api/public-notices/${noticed.noticeId}`).expect(200)).body;
    expect(notice).toMatchObject({ status: 'running', subject: { type: 'sunshine_selection', id } });
    expect(notice.items.map((it: { label: string }) => it.label)).toEqual(['党员甲', '党员乙', '党员丁']);
    const 乙key = notice.items[1].key;

    const upheld = await ts.http.post(`/api/public-notices/${notice.id}/objections`).set(members[5].auth).send({ content: '党员乙本年度有违纪记录。', itemKey: 乙key }).expect(201);
    const rejected = await ts.http.post(`/api/public-notices/${notice.id}/objections`).set(members[4].auth).send({ content: '党员甲参加活动不多。', itemKey: notice.items[0].key }).expect(201);
    expect((await step(id, 'finalize').expect(409)).body.error.code).toBe('NOTICE_NOT_ENDED');
    ts.clock.set(noticed.schedule.noticeEndsAt);
    expect((await step(id, 'finalize').expect(409)).body.error.code).toBe('OBJECTIONS_PENDING');
    await ts.http.post(`/api/objections/${upheld.body.id}/reply`).set(admin.auth).send({ content: '经核实属实，取消其拟表彰资格。', upheld: true }).expect(200);
    await ts.http.post(`/api/objections/${rejected.body.id}/reply`).set(admin.auth).send({ content: '经核实其积分符合要求，异议不成立。', upheld: false }).expect(200);

    const final = (await step(id, 'finalize').expect(200)).body;
    expect(final).toMatchObject({ status: 'final', schedule: { finalizedAt: expect.any(String) } });
    expect(names(final.winners)).toEqual(['党员甲', '党员丁']);
    expect(final.candidates.find((c: { name: string }) => c.name === '党员乙')).toMatchObject({ winner: true, dropped: true });
    expect((await step(id, 'finalize').expect(409)).body.error.code).toBe('SELECTION_STEP');
    expect((await ts.http.get(`/api/sunshine-selections/${id}`).expect(200)).body.winners).toEqual(final.winners);
    const listed = (await ts.http.get(`/api/sunshine-selections?organizationId=${orgId}&year=2026`).expect(200)).body.items;
    expect(listed).toEqual([expect.objectContaining({ id, status: 'final' })]);
    const audit = await ts.http.get(`/api/admin/audit-logs?entityType=sunshine_selection&entityId=${id}`).set(admin.auth).expect(200);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(['selection.finalize', 'selection.notice', 'selection.vote', 'selection.create']);
    ts.clock.set(START);
  });
});

describe('refusals', () => {
  it('answers 403 FORBIDDEN to a member and OUT_OF_SCOPE to an admin elsewhere, for creating and for each step', async () => {
    const c = await makeCommunity(ts);
    const a = await makeUser(ts, { adminOf: c.organization.id });
    await membersWithPoints(c.organization.id, [3, 2]);
    const body = { organizationId: c.organization.id, year: 2026, seats: 1 };
    expect((await ts.http.post('/api/sunshine-selections').set(members[0].auth).send(body).expect(403)).body.error.code).toBe('FORBIDDEN');
    expect((await ts.http.post('/api/sunshine-selections').set(otherAdmin.auth).send(body).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    const id = (await ts.http.post('/api/sunshine-selections').set(a.auth).send(body).expect(201)).body.id;
    for (const name of ['vote', 'notice', 'finalize']) {
      expect((await step(id, name, members[0]).expect(403)).body.error.code).toBe('FORBIDDEN');
      expect((await step(id, name, otherAdmin).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    }
    expect((await ts.http.get(`/api/sunshine-selections/${id}`).expect(200)).body.status).toBe('nominating');
  });

  it('answers 409 NOT_ENOUGH_CANDIDATES without more members than seats, 409 YEAR_NOT_STARTED for next year, 400 for no seats', async () => {
    const c = await makeCommunity(ts);
    const a = await makeUser(ts, { adminOf: c.organization.id });
    await membersWithPoints(c.organization.id, [5, 4]);
    const create = (o: Record<string, unknown>) => ts.http.post('/api/sunshine-selections').set(a.auth).send({ organizationId: c.organization.id, year: 2026, seats: 2, ...o });
    expect((await create({}).expect(409)).body.error.code).toBe('NOT_ENOUGH_CANDIDATES');
    expect((await create({ seats: 1, year: 2027 }).expect(409)).body.error.code).toBe('YEAR_NOT_STARTED');
    expect((await create({ seats: 0 }).expect(400)).body.error.details[0].field).toBe('seats');
    expect((await step(999999, 'vote', a).expect(404)).body.error.code).toBe('NOT_FOUND');
  });

  it('takes each step once when an admin presses it five times at once', async () => {
    const c = await makeCommunity(ts);
    const a = await makeUser(ts, { adminOf: c.organization.id });
    await membersWithPoints(c.organization.id, [5, 4, 3]);
    const id = (await ts.http.post('/api/sunshine-selections').set(a.auth).send({ organizationId: c.organization.id, year: 2026, seats: 1 }).expect(201)).body.id;
    const results = await Promise.all(Array.from({ length: 5 }, () => step(id, 'vote', a)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    const votes = (await ts.http.get(`/api/votes?organizationId=${c.organization.id}`).expect(200)).body;
    expect(votes.total).toBe(1);
  });
});
