import { AuditLog } from '../../server/src/modules/audit/entities';
import { Commitment } from '../../server/src/modules/commitments/entities';
import { makeCommunity, makeStreet, makeUser, type TestUser } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

/** 10 January 2026, 10:00 in Shanghai: commitments are being published. */
const NOW = '2026-01-10T02:00:00Z';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer({ now: NOW });
});
afterAll(() => ts.close());

const publish = (user: TestUser, body: object) => ts.http.post('/api/commitments').set(user.auth).send(body);
const fulfil = (user: TestUser, id: number, note = '已为 12 户独居老人上门服务') => ts.http.post(`/api/commitments/${id}/fulfilments`).set(user.auth).send({ note });

describe('commitments', () => {
  it("lists a community's commitments publicly, the official's first with what was done, members' names masked", async () => {
    const { organization } = await makeCommunity(ts);
    const member = await makeUser(ts, { memberOf: organization.id });
    const official = await makeUser(ts, { adminOf: organization.id });
    const mine = await publish(member, { year: 2026, content: '每月参加一次社区志愿服务' }).expect(201);
    expect(mine.body).toMatchObject({ kind: 'member', year: 2026, organizationId: organization.id, author: '测试党员', mine: true, fulfilments: [] });
    const theirs = await publish(official, { year: 2026, content: '年内完成老旧小区路灯改造', organizationId: organization.id }).expect(201);
    expect(theirs.body).toMatchObject({ kind: 'official', organizationName: organization.name });
    await fulfil(official, theirs.body.id, '已完成 3 个小区的路灯改造').expect(201);
    const done = await fulfil(official, theirs.body.id, '剩余 2 个小区 9 月完工').expect(201);
    expect(done.body.fulfilments.map((f: { note: string }) => f.note)).toEqual(['剩余 2 个小区 9 月完工', '已完成 3 个小区的路灯改造']);
    const list = (await ts.http.get(`/api/commitments?organizationId=${organization.id}&year=2026`).expect(200)).body;
    expect(list.total).toBe(2);
    expect(list.items.map((c: { kind: string }) => c.kind)).toEqual(['official', 'member']);
    expect(list.items[0]).toMatchObject({ content: '年内完成老旧小区路灯改造', fulfilments: [{ note: '剩余 2 个小区 9 月完工' }, { note: '已完成 3 个小区的路灯改造' }], mine: false });
    expect(list.items[1]).toMatchObject({ author: '测***', mine: false });
    expect((await ts.http.get(`/api/commitments?organizationId=${organization.id}`).set(member.auth).expect(200)).body.items[1]).toMatchObject({ author: '测试党员', mine: true });
    expect((await ts.http.get(`/api/commitments?organizationId=${organization.id}&year=2025`).expect(200)).body.total).toBe(0);
    expect(await ts.deps.db.manager.countBy(AuditLog, { action: 'commitment.publish', entityId: theirs.body.id })).toBe(1);
  });

  it("a street's list holds its communities' commitments; my list holds mine", async () => {
    const { street, organization: streetOrg } = await makeStreet(ts);
    const { organization } = await makeCommunity(ts, { streetId: street.id });
    const member = await makeUser(ts, { memberOf: organization.id });
    await publish(member, { year: 2026, content: '带头做好垃圾分类' }).expect(201);
    await publish(member, { year: 2027, content: '明年继续带头做好垃圾分类' }).expect(201);
    expect((await ts.http.get(`/api/commitments?organizationId=${streetOrg.id}&year=2026`).expect(200)).body.total).toBe(1);
    expect((await ts.http.get('/api/me/commitments').set(member.auth).expect(200)).body.items.map((c: { year: number }) => c.year)).toEqual([2027, 2026]);
  });

  it('one per author, organisation and year (409), also when sent at once', async () => {
    const { organization } = await makeCommunity(ts);
    const member = await makeUser(ts, { memberOf: organization.id });
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => publish(member, { year: 2026, content: `我的第 ${i} 个承诺` })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(7);
    expect(await ts.deps.db.manager.countBy(Commitment, { authorUserId: member.id })).toBe(1);
  });

  it('only the author adds what was done (403 NOT_AUTHOR), not after the year (409), with a note (400) free of personal data (422)', async () => {
    const { organization } = await makeCommunity(ts);
    const member = await makeUser(ts, { memberOf: organization.id });
    const c = (await publish(member, { year: 2026, content: '每季度走访困难党员' }).expect(201)).body;
    const admin = await makeUser(ts, { adminOf: organization.id });
    expect((await fulfil(admin, c.id).expect(403)).body.error.code).toBe('NOT_AUTHOR');
    expect((await fulfil(await makeUser(ts), c.id).expect(403)).body.error.code).toBe('NOT_AUTHOR');
    await fulfil(member, c.id, '').expect(400);
    expect((await fulfil(member, c.id, '联系电话 13912345678').expect(422)).body.error.code).toBe('PERSONAL_DATA');
    await fulfil(member, 999999).expect(404);
    await ts.http.post(`/api/commitments/${c.id}/fulfilments`).send({ note: '已走访' }).expect(401);
    ts.clock.set('2027-01-02T02:00:00Z');
    try {
      expect((await fulfil(member, c.id).expect(409)).body.error.code).toBe('YEAR_CLOSED');
    } finally {
      ts.clock.set(NOW);
    }
    expect((await ts.http.get(`/api/commitments?organizationId=${organization.id}`).expect(200)).body.items[0].fulfilments).toEqual([]);
  });

  it('refuses a resident (403 NOT_MEMBER), an official outside their scope (403 OUT_OF_SCOPE), a past or far year (409), short content (400), personal data (422)', async () => {
    const { organization } = await makeCommunity(ts);
    expect((await publish(await makeUser(ts), { year: 2026, content: '我承诺做好邻里互助' }).expect(403)).body.error.code).toBe('NOT_MEMBER');
    const outsider = await makeUser(ts, { adminOf: (await makeCommunity(ts)).organization.id });
    expect((await publish(outsider, { year: 2026, content: '年内完成路灯改造', organizationId: organization.id }).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    const member = await makeUser(ts, { memberOf: organization.id });
    expect((await publish(member, { year: 2025, content: '我承诺做好邻里互助' }).expect(409)).body.error.code).toBe('YEAR_NOT_OPEN');
    expect((await publish(member, { year: 2028, content: '我承诺做好邻里互助' }).expect(409)).body.error.code).toBe('YEAR_NOT_OPEN');
    await publish(member, { year: 2026, content: '好' }).expect(400);
    expect((await publish(member, { year: 2026, content: '有事请打 13912345678 找我' }).expect(422)).body.error.code).toBe('PERSONAL_DATA');
    await ts.http.get('/api/commitments').expect(400);
    await ts.http.get('/api/commitments?organizationId=999999').expect(404);
    expect(await ts.deps.db.manager.countBy(Commitment, { authorUserId: member.id })).toBe(0);
  });
});
