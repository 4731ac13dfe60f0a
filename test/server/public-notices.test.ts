import { makeCommunity, makeStreet, makeUser, type TestUser } from './helpers/factories';
import { hoursFrom } from './helpers/instants';
import { startTestServer, type TestServer } from './helpers/server';

const START = '2026-06-01T02:00:00Z';
let ts: TestServer;
let orgId: number;
let admin: TestUser;
let otherAdmin: TestUser;
let resident: TestUser;
beforeAll(async () => {
  ts = await startTestServer({ now: START });
  const { organization } = await makeStreet(ts);
  const other = await makeCommunity(ts);
  orgId = organization.id;
  admin = await makeUser(ts, { adminOf: orgId });
  otherAdmin = await makeUser(ts, { adminOf: other.organization.id });
  resident = await makeUser(ts);
});
afterAll(() => ts.close());

const notice = (o: Record<string, unknown> = {}) => ({
  organizationId: orgId, title: '2026年度阳光党员拟表彰名单公示', body: '公示期内如有异议，请在线提出。', startsAt: hoursFrom(ts.clock.now(), -1), endsAt: hoursFrom(ts.clock.now(), 120),
  items: ['党员甲', '党员乙'], ...o,
});
const publish = async (o: Record<string, unknown> = {}) => (await ts.http.post('/api/public-notices').set(admin.auth).send(notice(o)).expect(201)).body;
const object = (id: number, user: TestUser, body: Record<string, unknown>) => ts.http.post(`/api/public-notices/${id}/objections`).set(user.auth).send(body);

describe('publishing a notice', () => {
  it('answers 201 with its items keyed, running, no objections, and audits it', async () => {
    const n = await publish();
    expect(n).toMatchObject({ organizationId: orgId, status: 'running', items: [{ key: '1', label: '党员甲' }, { key: '2', label: '党员乙' }], objectionCount: 0, objections: [], subject: null });
    const audit = await ts.http.get(`/api/admin/audit-logs?entityType=public_notice&entityId=${n.id}`).set(admin.auth).expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'notice.publish', actorId: admin.id })]);
  });

  it('answers 403 FORBIDDEN to a resident, OUT_OF_SCOPE to an admin elsewhere, 400 for a window ending before it starts', async () => {
    expect((await ts.http.post('/api/public-notices').set(resident.auth).send(notice()).expect(403)).body.error.code).toBe('FORBIDDEN');
    expect((await ts.http.post('/api/public-notices').set(otherAdmin.auth).send(notice()).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    const bad = await ts.http.post('/api/public-notices').set(admin.auth).send(notice({ endsAt: hoursFrom(ts.clock.now(), -2) })).expect(400);
    expect(bad.body.error.details[0].field).toBe('endsAt');
  });

  it('answers 422 PERSONAL_DATA for a mobile number in what would stay public, naming where', async () => {
    const res = await ts.http.post('/api/public-notices').set(admin.auth).send(notice({ items: ['党员丙 13912345678'] })).expect(422);
    expect(res.body.error).toMatchObject({ code: 'PERSONAL_DATA', details: [{ field: 'items.0', kind: 'mobile' }] });
  });

  it('lists the running notices with active=true, not the ended ones', async () => {
    const running = await publish();
    const ended = await publish({ startsAt: hoursFrom(ts.clock.now(), -48), endsAt: hoursFrom(ts.clock.now(), -24) });
    const active = (await ts.http.get(`/api/public-notices?organizationId=${orgId}&active=true&pageSize=100`).expect(200)).body.items.map((n: { id: number }) => n.id);
    expect(active).toContain(running.id);
    expect(active).not.toContain(ended.id);
    const all = (await ts.http.get(`/api/public-notices?organizationId=${orgId}&pageSize=100`).expect(200)).body.items;
    expect(all.find((n: { id: number }) => n.id === ended.id)).toMatchObject({ status: 'ended' });
  });
});

describe('objections', () => {
  it('are taken while the notice runs, shown without their writer, answered once with upheld, the whole record public', async () => {
    const n = await publish();
    const o = await object(n.id, resident, { content: '党员乙今年未参加组织生活。', itemKey: '2' }).expect(201);
    expect(o.body).toEqual({ id: expect.any(Number), status: 'visible' });
    const replied = await ts.http.post(`/api/objections/${o.body.id}/reply`).set(admin.auth).send({ content: '经核实情况属实，取消其资格。', upheld: true }).expect(200);
    expect(replied.body).toMatchObject({ reply: '经核实情况属实，取消其资格。', upheld: true, itemKey: '2' });
    expect((await ts.http.post(`/api/objections/${o.body.id}/reply`).set(admin.auth).send({ content: '再答', upheld: false }).expect(409)).body.error.code).toBe('ALREADY_REPLIED');
    const shown = (await ts.http.get(`/api/public-notices/${n.id}`).expect(200)).body;
    expect(shown).toMatchObject({ objectionCount: 1, answeredCount: 1, upheldCount: 1 });
    expect(shown.objections).toEqual([expect.objectContaining({ content: '党员乙今年未参加组织生活。', reply: '经核实情况属实，取消其资格。', upheld: true })]);
    expect(shown.objections[0]).not.toHaveProperty('userId');
    expect(JSON.stringify(shown)).not.toContain(resident.openid);
    const audit = await ts.http.get(`/api/admin/audit-logs?entityType=objection&entityId=${o.body.id}`).set(admin.auth).expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'objection.reply', actorId: admin.id })]);
  });

  it('answers 409 NOTICE_NOT_RUNNING before the notice starts and from endsAt on; nothing is stored', async () => {
    const n = await publish({ startsAt: hoursFrom(ts.clock.now(), 1), endsAt: hoursFrom(ts.clock.now(), 2) });
    expect((await object(n.id, resident, { content: '太早了' }).expect(409)).body.error.code).toBe('NOTICE_NOT_RUNNING');
    ts.clock.set(n.endsAt);
    try {
      expect((await object(n.id, resident, { content: '太晚了' }).expect(409)).body.error.code).toBe('NOTICE_NOT_RUNNING');
    } finally {
      ts.clock.set(START);
    }
    expect((await ts.http.get(`/api/public-notices/${n.id}`).expect(200)).body.objectionCount).toBe(0);
  });

  it('keeps an objection the content check refuses as rejected: not shown, not counted, not answerable (404)', async () => {
    const n = await publish();
    const o = await object(n.id, await makeUser(ts), { content: '这里有赌博广告' }).expect(201);
    expect(o.body.status).toBe('rejected');
    expect((await ts.http.get(`/api/public-notices/${n.id}`).expect(200)).body).toMatchObject({ objectionCount: 0, objections: [] });
    await ts.http.post(`/api/objections/${o.body.id}/reply`).set(admin.auth).send({ content: '答', upheld: false }).expect(404);
  });

  it('answers 400 for an item the notice does not have, 401 without login, 404 for a missing notice', async () => {
    const n = await publish();
    expect((await object(n.id, resident, { content: '异议', itemKey: '9' }).expect(400)).body.error.details[0].field).toBe('itemKey');
    await ts.http.post(`/api/public-notices/${n.id}/objections`).send({ content: '异议' }).expect(401);
    await object(999999, resident, { content: '异议' }).expect(404);
  });

  it('answers 403 FORBIDDEN to a resident and OUT_OF_SCOPE to an admin elsewhere who try to answer', async () => {
    const n = await publish();
    const o = await object(n.id, await makeUser(ts), { content: '有异议' }).expect(201);
    expect((await ts.http.post(`/api/objections/${o.body.id}/reply`).set(resident.auth).send({ content: '答', upheld: false }).expect(403)).body.error.code).toBe('FORBIDDEN');
    expect((await ts.http.post(`/api/objections/${o.body.id}/reply`).set(otherAdmin.auth).send({ content: '答', upheld: false }).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
  });

  it('are rate-limited per user: the sixth within the hour answers 429 with Retry-After', async () => {
    const n = await publish();
    const writer = await makeUser(ts);
    for (let i = 0; i < 5; i++) await object(n.id, writer, { content: `异议${i}` }).expect(201);
    const sixth = await object(n.id, writer, { content: '第六条' }).expect(429);
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
  });
});
