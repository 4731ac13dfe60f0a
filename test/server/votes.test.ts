import { makeCommunity, makeStreet, makeUser, type TestUser } from './helpers/factories';
import { hoursFrom } from './helpers/instants';
import { describeOnMysql, useServerProcesses } from './helpers/processes';
import { startTestServer, type TestServer } from './helpers/server';
import { voters } from './votes.fixtures';

jest.setTimeout(60000);

const START = '2026-05-04T02:00:00Z';
let ts: TestServer;
let streetOrgId: number;
let communityOrgId: number;
let otherOrgId: number;
let admin: TestUser;
let otherAdmin: TestUser;
let member: TestUser;
let outsider: TestUser;
let resident: TestUser;
beforeAll(async () => {
  ts = await startTestServer({ now: START });
  const { street, organization: streetOrg } = await makeStreet(ts);
  const c = await makeCommunity(ts, { streetId: street.id });
  const other = await makeCommunity(ts);
  [streetOrgId, communityOrgId, otherOrgId] = [streetOrg.id, c.organization.id, other.organization.id];
  admin = await makeUser(ts, { adminOf: streetOrg.id });
  otherAdmin = await makeUser(ts, { adminOf: otherOrgId });
  member = await makeUser(ts, { memberOf: communityOrgId });
  outsider = await makeUser(ts, { memberOf: otherOrgId });
  resident = await makeUser(ts);
});
afterAll(() => ts.close());

const vote = (o: Record<string, unknown> = {}) => ({
  organizationId: streetOrgId, title: '评选社区优秀志愿者', options: [{ label: '甲' }, { label: '乙' }, { label: '丙' }], maxChoices: 2,
  opensAt: hoursFrom(ts.clock.now(), -1), closesAt: hoursFrom(ts.clock.now(), 24), electorate: 'members', ...o,
});
const create = async (o: Record<string, unknown> = {}) => (await ts.http.post('/api/votes').set(admin.auth).send(vote(o)).expect(201)).body;
const ballot = (id: number, user: { auth: Record<string, string> }, optionIds: number[]) => ts.http.post(`/api/votes/${id}/ballots`).set(user.auth).send({ optionIds });
/** Moves the service's clock past the vote's close and back afterwards. */
async function afterClose<T>(v: { closesAt: string }, read: () => Promise<T>): Promise<T> {
  const before = ts.clock.now().toISOString();
  ts.clock.set(hoursFrom(new Date(v.closesAt), 1));
  try {
    return await read();
  } finally {
    ts.clock.set(before);
  }
}

describe('creating a vote', () => {
  it('answers 201 with the vote, its options without counts, and audits it', async () => {
    const v = await create();
    expect(v).toMatchObject({ organizationId: streetOrgId, maxChoices: 2, electorate: 'members', status: 'open', ballotCount: null, subject: null, eligible: false, voted: false });
    expect(v.options).toEqual([{ id: expect.any(Number), label: '甲', count: null }, { id: expect.any(Number), label: '乙', count: null }, { id: expect.any(Number), label: '丙', count: null }]);
    const audit = await ts.http.get(`/api/admin/audit-logs?entityType=vote&entityId=${v.id}`).set(admin.auth).expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'vote.create', actorId: admin.id })]);
  });

  it('answers 403 FORBIDDEN to a non-admin and OUT_OF_SCOPE to an admin elsewhere; nothing is created', async () => {
    const before = (await ts.http.get(`/api/votes?organizationId=${streetOrgId}`).expect(200)).body.total;
    expect((await ts.http.post('/api/votes').set(member.auth).send(vote()).expect(403)).body.error.code).toBe('FORBIDDEN');
    expect((await ts.http.post('/api/votes').set(otherAdmin.auth).send(vote()).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    expect((await ts.http.get(`/api/votes?organizationId=${streetOrgId}`).expect(200)).body.total).toBe(before);
  });

  it('answers 400 naming the field for more choices than options, a window that ends before it starts, one option', async () => {
    const fields = async (o: Record<string, unknown>) => (await ts.http.post('/api/votes').set(admin.auth).send(vote(o)).expect(400)).body.error.details.map((d: { field: string }) => d.field);
    expect(await fields({ maxChoices: 4 })).toContain('maxChoices');
    expect(await fields({ closesAt: hoursFrom(ts.clock.now(), -2) })).toContain('closesAt');
    expect(await fields({ options: [{ label: '唯一' }], maxChoices: 1 })).toContain('options');
    expect(await fields({ electorate: 'everyone' })).toContain('electorate');
  });
});

describe('the options of a vote', () => {
  it('can be corrected before it opens and are frozen from opensAt on (409 VOTE_STARTED)', async () => {
    const v = await create({ opensAt: hoursFrom(ts.clock.now(), 2), closesAt: hoursFrom(ts.clock.now(), 30) });
    expect(v.status).toBe('scheduled');
    const fixed = await ts.http.patch(`/api/votes/${v.id}`).set(admin.auth).send({ options: [{ label: '丁' }, { label: '戊' }], maxChoices: 1 }).expect(200);
    expect(fixed.body.options.map((o: { label: string }) => o.label)).toEqual(['丁', '戊']);
    expect((await ts.http.patch(`/api/votes/${v.id}`).set(admin.auth).send({ maxChoices: 3 }).expect(400)).body.error.details[0].field).toBe('maxChoices');
    expect((await ts.http.patch(`/api/votes/${v.id}`).set(otherAdmin.auth).send({ title: '改' }).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    const again = await ts.http.patch(`/api/votes/${v.id}`).set(admin.auth).send({ options: [{ label: '己' }, { label: '庚' }] });
    ts.clock.set(hoursFrom(new Date(v.opensAt), 0));
    try {
      expect(again.status).toBe(200);
      const late = await ts.http.patch(`/api/votes/${v.id}`).set(admin.auth).send({ options: [{ label: '辛' }, { label: '壬' }] }).expect(409);
      expect(late.body.error.code).toBe('VOTE_STARTED');
      expect((await ts.http.get(`/api/votes/${v.id}`).expect(200)).body.options.map((o: { label: string }) => o.label)).toEqual(['己', '庚']);
    } finally {
      ts.clock.set(START);
    }
  });
});

describe('casting a ballot', () => {
  it('takes one ballot from a member of the subtree, refuses a second (409 ALREADY_VOTED), hides counts until the close, then shows them', async () => {
    const v = await create();
    const [a, b, c] = v.options.map((o: { id: number }) => o.id);
    expect((await ballot(v.id, member, [a, b]).expect(201)).body).toEqual({ voteId: v.id, voted: true });
    expect((await ballot(v.id, member, [c]).expect(409)).body.error.code).toBe('ALREADY_VOTED');
    const more = await voters(ts, 3, communityOrgId);
    for (const u of more) await ballot(v.id, u, [a]).expect(201);
    const open = (await ts.http.get(`/api/votes/${v.id}`).set(member.auth).expect(200)).body;
    expect(open).toMatchObject({ status: 'open', ballotCount: null, eligible: true, voted: true });
    expect(open.options.map((o: { count: number | null }) => o.count)).toEqual([null, null, null]);
    const closed = await afterClose(v, async () => (await ts.http.get(`/api/votes/${v.id}`).expect(200)).body);
    expect(closed).toMatchObject({ status: 'closed', ballotCount: 4, eligible: false, voted: false });
    expect(closed.options.map((o: { count: number }) => o.count)).toEqual([4, 1, 0]);
  });

  it('answers 409 before the vote opens and after it closes', async () => {
    const v = await create({ opensAt: hoursFrom(ts.clock.now(), 1), closesAt: hoursFrom(ts.clock.now(), 2) });
    expect((await ballot(v.id, member, [v.options[0].id]).expect(409)).body.error.code).toBe('VOTE_NOT_OPEN');
    const late = await afterClose(v, () => ballot(v.id, member, [v.options[0].id]));
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('VOTE_CLOSED');
  });

  it('answers 400 for more options than maxChoices, an option of another vote, the same option twice, none; nothing is counted', async () => {
    const v = await create();
    const w = await create();
    const [a, b, c] = v.options.map((o: { id: number }) => o.id);
    expect((await ballot(v.id, member, [a, b, c]).expect(400)).body.error.details[0].field).toBe('optionIds');
    expect((await ballot(v.id, member, [a, w.options[0].id]).expect(400)).body.error.details[0].field).toBe('optionIds');
    expect((await ballot(v.id, member, [a, a]).expect(400)).body.error.details[0].field).toBe('optionIds');
    await ballot(v.id, member, []).expect(400);
    const closed = await afterClose(v, async () => (await ts.http.get(`/api/votes/${v.id}`).expect(200)).body);
    expect(closed.ballotCount).toBe(0);
    await ballot(v.id, member, [a]).expect(201); // the refusals did not spend the member's ballot
  });

  it('answers 403 NOT_ELECTOR to a member outside the subtree and to a resident in a members’ vote; 401 without login', async () => {
    const v = await create();
    expect((await ballot(v.id, outsider, [v.options[0].id]).expect(403)).body.error.code).toBe('NOT_ELECTOR');
    expect((await ballot(v.id, resident, [v.options[0].id]).expect(403)).body.error.code).toBe('NOT_ELECTOR');
    await ts.http.post(`/api/votes/${v.id}/ballots`).send({ optionIds: [v.options[0].id] }).expect(401);
    expect((await ts.http.get(`/api/votes/${v.id}`).set(outsider.auth).expect(200)).body.eligible).toBe(false);
  });

  it('lets any logged-in resident vote in a residents’ vote, once', async () => {
    const v = await create({ electorate: 'residents', maxChoices: 1 });
    await ballot(v.id, resident, [v.options[1].id]).expect(201);
    await ballot(v.id, outsider, [v.options[1].id]).expect(201);
    await ballot(v.id, resident, [v.options[0].id]).expect(409);
    const closed = await afterClose(v, async () => (await ts.http.get(`/api/votes/${v.id}`).expect(200)).body);
    expect(closed.options.map((o: { count: number }) => o.count)).toEqual([0, 2, 0]);
  });

  it('lists the open votes a member may vote in (their organisation and those above it), not others’', async () => {
    const mine = await create({ organizationId: communityOrgId });
    const elsewhere = (await ts.http.post('/api/votes').set(otherAdmin.auth).send(vote({ organizationId: otherOrgId })).expect(201)).body;
    const listed = (await ts.http.get('/api/votes?eligible=true&status=open&pageSize=100').set(member.auth).expect(200)).body.items.map((v: { id: number }) => v.id);
    expect(listed).toContain(mine.id);
    expect(listed).not.toContain(elsewhere.id);
    const anonymous = (await ts.http.get('/api/votes?eligible=true').expect(200)).body;
    expect(anonymous.total).toBe(0);
  });
});

describe('the secret ballot', () => {
  it('stores participations and choices so that no column, key or storage order joins a choice to its voter', async () => {
    const v = await create({ maxChoices: 1 });
    const [a, b] = v.options.map((o: { id: number }) => o.id);
    const crowd = await voters(ts, 30, communityOrgId);
    // The first 15 choose 乙, the last 15 甲, one after another: an insertion order would give them away.
    for (const [i, u] of crowd.entries()) await ballot(v.id, u, [i < 15 ? b : a]).expect(201);
    const castOrder = [...Array(15).fill(b), ...Array(15).fill(a)];
    const runner = ts.deps.db.createQueryRunner();
    try {
      const columns = async (t: string) => (await runner.getTable(t))!.columns.map((c) => c.name).sort();
      expect(await columns('vote_participations')).toEqual(['userId', 'voteId']);
      expect(await columns('vote_choices')).toEqual(['id', 'optionId', 'voteId']);
      // The whole table as stored (no index chosen), this vote's rows picked out afterwards.
      const all: { id: string; voteId: number; optionId: number }[] = await runner.query('SELECT * FROM vote_choices');
      const choices = all.filter((c) => Number(c.voteId) === v.id);
      expect(choices).toHaveLength(30);
      for (const c of choices) expect(c.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      // As stored (and by key), the choices are not in the order they were cast.
      const stored = choices.map((c) => Number(c.optionId));
      expect(stored).not.toEqual(castOrder);
      const byKey = [...choices].sort((x, y) => (x.id < y.id ? -1 : 1)).map((c) => Number(c.optionId));
      expect(byKey).not.toEqual(castOrder);
      if (ts.deps.db.options.type === 'better-sqlite3') await expect(runner.query('SELECT rowid FROM vote_choices')).rejects.toThrow(/rowid/);
    } finally {
      await runner.release();
    }
    const closed = await afterClose(v, async () => (await ts.http.get(`/api/votes/${v.id}`).expect(200)).body);
    expect(closed.options.slice(0, 2).map((o: { count: number }) => o.count)).toEqual([15, 15]);
    expect(JSON.stringify(closed)).not.toContain(String(crowd[0].id));
  });
});

describe('ballots under concurrency', () => {
  it('counts exactly one ballot per voter when 100 members vote at once and 20 of them twice; the rest 409, no 5xx', async () => {
    const v = await create({ maxChoices: 2 });
    const [a, b, c] = v.options.map((o: { id: number }) => o.id);
    const crowd = await voters(ts, 100, communityOrgId);
    const rush = [...crowd.map((u, i) => ({ u, ids: i % 2 ? [a, b] : [c] })), ...crowd.slice(0, 20).map((u) => ({ u, ids: [a] }))];
    const results = await Promise.all(rush.map(({ u, ids }) => ballot(v.id, u, ids)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(100);
    expect(results.filter((r) => r.status === 409)).toHaveLength(20);
    const closed = await afterClose(v, async () => (await ts.http.get(`/api/votes/${v.id}`).expect(200)).body);
    expect(closed.ballotCount).toBe(100);
    // Every ballot holds exactly one of 甲 and 丙 ([甲,乙], [丙] or the repeat [甲]); 乙 only the odd voters' first ones.
    const [ca, cb, cc] = closed.options.map((o: { count: number }) => o.count);
    expect(ca + cc).toBe(100);
    expect(cb).toBeGreaterThanOrEqual(40);
    expect(cb).toBeLessThanOrEqual(50);
    expect(ca).toBeGreaterThanOrEqual(cb);
  });
});

describeOnMysql('ballots through two server processes on one MySQL database', () => {
  const env = useServerProcesses(2);

  it('takes exactly one ballot per voter when 100 members vote twice each, alternating processes', async () => {
    const { organization } = await makeCommunity(env.ts);
    const a = await makeUser(env.ts, { adminOf: organization.id });
    const now = env.ts.clock.now();
    const v = (await env.ts.http.post('/api/votes').set(a.auth).send({
      organizationId: organization.id, title: '两进程投票', options: [{ label: '甲' }, { label: '乙' }], maxChoices: 1,
      opensAt: hoursFrom(now, -1), closesAt: hoursFrom(now, 1), electorate: 'members',
    }).expect(201)).body;
    const crowd = await voters(env.ts, 100, organization.id);
    const rush = [...crowd, ...crowd].map((u, i) => env.processes[i % 2].http.post(`/api/votes/${v.id}/ballots`).set(u.auth).send({ optionIds: [v.options[i % 2].id] }));
    const results = await Promise.all(rush);
    expect(results.filter((r) => r.status === 201)).toHaveLength(100);
    expect(results.filter((r) => r.status === 409)).toHaveLength(100);
    env.ts.clock.set(hoursFrom(now, 2));
    const closed = (await env.ts.http.get(`/api/votes/${v.id}`).expect(200)).body;
    expect(closed.ballotCount).toBe(100);
    expect(closed.options[0].count + closed.options[1].count).toBe(100);
  });
});
