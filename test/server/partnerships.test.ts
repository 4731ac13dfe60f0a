import { makeCommunity, makeStreet, makeUser, type TestUser } from './helpers/factories';
import { describeOnMysql, startServerProcesses } from './helpers/processes';
import { uploadPng } from './helpers/disclosures';
import { startTestServer, type TestServer } from './helpers/server';

let ts: TestServer;
let district: TestUser;
beforeAll(async () => {
  ts = await startTestServer();
  district = await makeUser(ts, { roles: ['district_admin'] });
});
afterAll(() => ts.close());

const pairBody = (a: number, b: number, signedAt = '2020-07-14') => ({ communityAId: a, communityBId: b, signedAt, agreementTitle: '党建引领阳光社区联建共建合作协议' });
const twoCommunities = async () => [(await makeCommunity(ts)).community, (await makeCommunity(ts)).community];

describe('pairing communities', () => {
  it('pairs two communities of different streets and shows both sides, the agreement and empty lists', async () => {
    const [a, b] = await twoCommunities();
    const agreement = await uploadPng(ts, district);
    expect((await ts.http.post('/api/partnerships').set(district.auth).send({ ...pairBody(a.id, b.id), agreementFileId: agreement.id + 1000 }).expect(400)).body.error.code).toBe('FILE_NOT_FOUND');
    const res = await ts.http.post('/api/partnerships').set(district.auth).send({ ...pairBody(a.id, b.id), agreementFileId: agreement.id }).expect(201);
    expect(res.body).toEqual({
      id: expect.any(Number),
      year: 2020,
      communityA: { id: a.id, name: a.name, kind: 'rural', streetId: a.streetId, streetName: expect.any(String) },
      communityB: expect.objectContaining({ id: b.id, name: b.name }),
      signedAt: '2020-07-13T16:00:00.000Z',
      agreementTitle: '党建引领阳光社区联建共建合作协议',
      agreementFileId: agreement.id,
      agreementUrl: agreement.url,
      lists: { resource: [], need: [], service: [] },
      projects: [],
    });
    const got = await ts.http.get(`/api/partnerships/${res.body.id}`).expect(200);
    expect(got.body).toEqual(res.body);
    const audit = await ts.http.get(`/api/admin/audit-logs?entityType=partnership&entityId=${res.body.id}`).set(district.auth).expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ actorId: district.id, action: 'partnership.create' })]);
  });

  it('takes the year from the signing date in Shanghai time', async () => {
    const [a, b] = await twoCommunities();
    const res = await ts.http.post('/api/partnerships').set(district.auth).send(pairBody(a.id, b.id, '2020-12-31T20:00:00Z')).expect(201);
    expect(res.body.year).toBe(2021);
  });

  it('answers 409 ALREADY_PAIRED when a community is paired a second time in the same year, and allows the next year', async () => {
    const [a, b] = await twoCommunities();
    const c = (await makeCommunity(ts)).community;
    await ts.http.post('/api/partnerships').set(district.auth).send(pairBody(a.id, b.id)).expect(201);
    const again = await ts.http.post('/api/partnerships').set(district.auth).send(pairBody(c.id, b.id, '2020-11-01')).expect(409);
    expect(again.body.error).toMatchObject({ code: 'ALREADY_PAIRED', details: { year: 2020 } });
    await ts.http.post('/api/partnerships').set(district.auth).send(pairBody(c.id, b.id, '2021-03-01')).expect(201);
    const pairsOfC = await ts.http.get(`/api/partnerships/communities?year=2020`).expect(200);
    expect(pairsOfC.body.items.map((x: { id: number }) => x.id)).not.toContain(c.id);
  });

  it('creates exactly one pair when many requests pair the same community at once', async () => {
    const a = (await makeCommunity(ts)).community;
    const others = await Promise.all(Array.from({ length: 8 }, async () => (await makeCommunity(ts)).community));
    const results = await Promise.all(others.map((o, i) => ts.http.post('/api/partnerships').set(district.auth).send(i % 2 ? pairBody(a.id, o.id) : pairBody(o.id, a.id))));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    const listed = await ts.http.get('/api/partnerships/communities?year=2020&pageSize=100').expect(200);
    const mine = listed.body.items.find((x: { id: number }) => x.id === a.id);
    expect(mine.partnerships).toHaveLength(1);
  });

  it('lets a street admin pair two communities of their street but not one outside it (403 OUT_OF_SCOPE)', async () => {
    const { street, organization } = await makeStreet(ts);
    const admin = await makeUser(ts, { adminOf: organization.id });
    const a = (await makeCommunity(ts, { streetId: street.id })).community;
    const b = (await makeCommunity(ts, { streetId: street.id })).community;
    const outside = (await makeCommunity(ts)).community;
    const res = await ts.http.post('/api/partnerships').set(admin.auth).send(pairBody(a.id, outside.id)).expect(403);
    expect(res.body.error.code).toBe('OUT_OF_SCOPE');
    await ts.http.post('/api/partnerships').set(admin.auth).send(pairBody(a.id, b.id)).expect(201);
  });

  it('answers 401 without a token and 403 FORBIDDEN for a resident', async () => {
    const [a, b] = await twoCommunities();
    await ts.http.post('/api/partnerships').send(pairBody(a.id, b.id)).expect(401);
    const resident = await makeUser(ts);
    const res = await ts.http.post('/api/partnerships').set(resident.auth).send(pairBody(a.id, b.id)).expect(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
  });

  it('answers 404 for an unknown community or pair', async () => {
    const a = (await makeCommunity(ts)).community;
    await ts.http.post('/api/partnerships').set(district.auth).send(pairBody(a.id, 999999)).expect(404);
    await ts.http.get('/api/partnerships/999999').expect(404);
  });

  it('answers 400 naming the fields for a community paired with itself, a bad date or a missing title', async () => {
    const a = (await makeCommunity(ts)).community;
    const self = await ts.http.post('/api/partnerships').set(district.auth).send(pairBody(a.id, a.id)).expect(400);
    expect(self.body.error.details).toEqual([expect.objectContaining({ field: 'communityBId' })]);
    const bad = await ts.http.post('/api/partnerships').set(district.auth).send({ communityAId: a.id, communityBId: 'x', signedAt: '7月14日' }).expect(400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['agreementTitle', 'communityBId', 'signedAt']);
  });
});

describe('resource, need and service lists', () => {
  it('lets the admin of a community add to and remove from its own lists, audit-logged', async () => {
    const [a, b] = await twoCommunities();
    const pair = (await ts.http.post('/api/partnerships').set(district.auth).send(pairBody(a.id, b.id)).expect(201)).body;
    const adminA = await makeUser(ts, { adminOf: a.organizationId });
    const item = await ts.http.post(`/api/partnerships/${pair.id}/list-items`).set(adminA.auth).send({ communityId: a.id, kind: 'resource', content: '批发市场摊位' }).expect(201);
    expect(item.body).toEqual({ id: expect.any(Number), communityId: a.id, kind: 'resource', content: '批发市场摊位', createdAt: expect.any(String) });
    await ts.http.post(`/api/partnerships/${pair.id}/list-items`).set(adminA.auth).send({ communityId: a.id, kind: 'need', content: '海鲜货源' }).expect(201);
    const got = await ts.http.get(`/api/partnerships/${pair.id}`).expect(200);
    expect(got.body.lists).toEqual({ resource: [item.body], need: [expect.objectContaining({ content: '海鲜货源' })], service: [] });

    await ts.http.delete(`/api/partnership-list-items/${item.body.id}`).set(adminA.auth).expect(204);
    expect((await ts.http.get(`/api/partnerships/${pair.id}`).expect(200)).body.lists.resource).toEqual([]);
    await ts.http.delete(`/api/partnership-list-items/${item.body.id}`).set(adminA.auth).expect(404);
    const audit = await ts.http.get(`/api/admin/audit-logs?entityType=partnership_list_item&entityId=${item.body.id}`).set(adminA.auth).expect(200);
    expect(audit.body.items.map((x: { action: string }) => x.action)).toEqual(['partnership_list_item.delete', 'partnership_list_item.create']);
  });

  it("refuses the other side's admin (403 OUT_OF_SCOPE), a resident (403), no token (401), a community outside the pair (400) and an unknown pair (404)", async () => {
    const [a, b] = await twoCommunities();
    const pair = (await ts.http.post('/api/partnerships').set(district.auth).send(pairBody(a.id, b.id)).expect(201)).body;
    const adminB = await makeUser(ts, { adminOf: b.organizationId });
    const body = { communityId: a.id, kind: 'service', content: '技能培训' };
    expect((await ts.http.post(`/api/partnerships/${pair.id}/list-items`).set(adminB.auth).send(body).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    const resident = await makeUser(ts);
    expect((await ts.http.post(`/api/partnerships/${pair.id}/list-items`).set(resident.auth).send(body).expect(403)).body.error.code).toBe('FORBIDDEN');
    await ts.http.post(`/api/partnerships/${pair.id}/list-items`).send(body).expect(401);
    const stranger = (await makeCommunity(ts)).community;
    const res = await ts.http.post(`/api/partnerships/${pair.id}/list-items`).set(district.auth).send({ ...body, communityId: stranger.id }).expect(400);
    expect(res.body.error.code).toBe('NOT_IN_PARTNERSHIP');
    await ts.http.post('/api/partnerships/999999/list-items').set(district.auth).send(body).expect(404);
    await ts.http.post(`/api/partnerships/${pair.id}/list-items`).set(district.auth).send({ ...body, kind: 'wish' }).expect(400);
    const item = await ts.http.post(`/api/partnerships/${pair.id}/list-items`).set(district.auth).send(body).expect(201);
    expect((await ts.http.delete(`/api/partnership-list-items/${item.body.id}`).set(adminB.auth).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
  });
});

describeOnMysql('pairing on two server processes on one MySQL database', () => {
  let cluster: Awaited<ReturnType<typeof startServerProcesses>>;
  beforeAll(async () => {
    cluster = await startServerProcesses(2, { databaseUrl: ts.databaseUrl, wechatUrl: ts.wechat.url });
  }, 30000);
  afterAll(() => cluster?.stop());

  it('keeps every community in at most one pair when overlapping pairs are requested at once, with no 500', async () => {
    const chain = await Promise.all(Array.from({ length: 12 }, async () => (await makeCommunity(ts)).community));
    const requests = chain.slice(1).flatMap((c, i) => [pairBody(chain[i].id, c.id, '2022-07-14'), pairBody(c.id, chain[i].id, '2022-07-14')]);
    const results = await Promise.all(requests.map((body, i) => cluster.processes[i % 2].http.post('/api/partnerships').set(district.auth).send(body)));
    expect(results.every((r) => r.status === 201 || (r.status === 409 && r.body.error.code === 'ALREADY_PAIRED'))).toBe(true);
    const paired = await ts.http.get('/api/partnerships/communities?year=2022&pageSize=100').expect(200);
    const ids = new Set(chain.map((c) => c.id));
    const mine = paired.body.items.filter((c: { id: number }) => ids.has(c.id));
    expect(mine.every((c: { partnerships: unknown[] }) => c.partnerships.length === 1)).toBe(true);
    expect(mine).toHaveLength(2 * results.filter((r) => r.status === 201).length);
  });
});
