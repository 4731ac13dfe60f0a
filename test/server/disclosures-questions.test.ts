import { Disclosure, DisclosureQuestion } from '../../server/src/modules/disclosures/entities';
import { makeCommunity, makeUser, type TestUser } from './helpers/factories';
import { makeDraft, makePublished } from './helpers/disclosures';
import { startTestServer, type TestServer } from './helpers/server';

let ts: TestServer;
let communityId: number;
let admin: TestUser;
let resident: TestUser;
let disclosureId: number;
beforeAll(async () => {
  ts = await startTestServer();
  const c = await makeCommunity(ts);
  communityId = c.community.id;
  admin = await makeUser(ts, { adminOf: c.organization.id });
  resident = await makeUser(ts);
  disclosureId = (await makePublished(ts, admin, { communityId })).id;
});
afterAll(() => ts.close());

const ask = (content: string, user = resident, id = disclosureId) => ts.http.post(`/api/disclosures/${id}/questions`).set(user.auth).send({ content });

describe('questions about a disclosure', () => {
  it('shows a question that passes the content check, and the admin answer, audit-logged', async () => {
    const q = await ask('道路维修是哪一段路？').expect(201);
    expect(q.body).toEqual({ id: expect.any(Number), status: 'visible' });
    const reply = await ts.http.post(`/api/questions/${q.body.id}/reply`).set(admin.auth).send({ content: '是村东主路，已于3月完工。' }).expect(200);
    expect(reply.body).toMatchObject({ reply: '是村东主路，已于3月完工。', repliedAt: expect.any(String), overdue: false });
    const list = await ts.http.get(`/api/disclosures/${disclosureId}/questions`).expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id: q.body.id, content: '道路维修是哪一段路？', reply: '是村东主路，已于3月完工。' })]);
    expect(list.body.items[0]).not.toHaveProperty('userId');
    const audit = await ts.http.get(`/api/admin/audit-logs?entityType=disclosure_question&entityId=${q.body.id}`).set(admin.auth).expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'disclosure_question.reply', actorId: admin.id })]);
  });

  it('stores text the content check rejects as rejected and never shows it', async () => {
    const risky = await ask('这里有赌博广告').expect(201);
    const review = await ask('这里有待审核词').expect(201);
    expect([risky.body.status, review.body.status]).toEqual(['rejected', 'rejected']);
    const list = await ts.http.get(`/api/disclosures/${disclosureId}/questions?pageSize=100`).expect(200);
    expect(list.body.items.map((i: { id: number }) => i.id)).not.toEqual(expect.arrayContaining([risky.body.id]));
    expect((await ts.deps.db.manager.findOneByOrFail(DisclosureQuestion, { id: risky.body.id })).status).toBe('rejected');
    await ts.http.post(`/api/questions/${risky.body.id}/reply`).set(admin.auth).send({ content: '答复' }).expect(404);
  });

  it('shows a question unanswered after 10 days as overdue, to the public and to the admin', async () => {
    const q = await ask('低保名单什么时候公开？').expect(201);
    await ts.deps.db.manager.update(DisclosureQuestion, { id: q.body.id }, { createdAt: new Date(Date.now() - 11 * 24 * 3600 * 1000) });
    const list = await ts.http.get(`/api/disclosures/${disclosureId}/questions?pageSize=100`).expect(200);
    expect(list.body.items.find((i: { id: number }) => i.id === q.body.id)).toMatchObject({ overdue: true, reply: null });
    const overdue = await ts.http.get('/api/admin/disclosure-questions?state=overdue').set(admin.auth).expect(200);
    expect(overdue.body.items.map((i: { id: number }) => i.id)).toEqual([q.body.id]);
    expect(overdue.body.items[0]).toMatchObject({ overdue: true, disclosureTitle: expect.any(String) });
    const unanswered = await ts.http.get('/api/admin/disclosure-questions').set(admin.auth).expect(200);
    expect(unanswered.body.items.map((i: { id: number }) => i.id)).toContain(q.body.id);
  });

  it('answers a question once when two admins answer at once (409 for the other)', async () => {
    const q = await ask('工程款是怎么结算的？').expect(201);
    const results = await Promise.all([1, 2, 3].map(() => ts.http.post(`/api/questions/${q.body.id}/reply`).set(admin.auth).send({ content: '按合同结算' })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
  });

  it('answers 401 to an anonymous question, 400 to an empty or huge one, 404 on a draft or unknown disclosure', async () => {
    await ts.http.post(`/api/disclosures/${disclosureId}/questions`).send({ content: '匿名' }).expect(401);
    await ask('').expect(400);
    await ask('问'.repeat(501)).expect(400);
    await ts.http.post(`/api/disclosures/${disclosureId}/questions`).set(resident.auth).send({ content: 123 }).expect(400);
    const draft = await makeDraft(ts, admin, { communityId });
    await ask('草稿？', resident, draft.id).expect(404);
    await ts.http.get(`/api/disclosures/${draft.id}/questions`).expect(404);
    await ask('?', resident, 999999).expect(404);
  });

  it('answers 403 to a resident or an out-of-scope admin replying, 404 to an unknown question, 400 to an empty reply', async () => {
    const q = await ask('谁来答？').expect(201);
    const other = await makeCommunity(ts);
    const outsider = await makeUser(ts, { adminOf: other.organization.id });
    expect((await ts.http.post(`/api/questions/${q.body.id}/reply`).set(resident.auth).send({ content: '我来' }).expect(403)).body.error.code).toBe('FORBIDDEN');
    expect((await ts.http.post(`/api/questions/${q.body.id}/reply`).set(outsider.auth).send({ content: '我来' }).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    await ts.http.post('/api/questions/999999/reply').set(admin.auth).send({ content: '答' }).expect(404);
    await ts.http.post(`/api/questions/${q.body.id}/reply`).set(admin.auth).send({ content: '' }).expect(400);
    await ts.http.get('/api/admin/disclosure-questions').set(resident.auth).expect(403);
    expect((await ts.http.get('/api/admin/disclosure-questions?state=all').set(outsider.auth).expect(200)).body.total).toBe(0);
  });
});

describe('compliance', () => {
  /** Publishes, then moves publishedAt to when it "happened" (the chain of this community no longer matters here). */
  async function publishedOn(a: TestUser, cId: number, o: Record<string, unknown>, at: string) {
    const d = await makePublished(ts, a, { communityId: cId, ...o });
    await ts.deps.db.manager.update(Disclosure, { id: d.id }, { publishedAt: new Date(at) });
  }

  it('answers on_time, late or missing per community and category, with the due dates of DOMAIN.md', async () => {
    const { street } = await makeCommunity(ts);
    const a = await makeCommunity(ts, { streetId: street.id, name: '甲社区' });
    const b = await makeCommunity(ts, { streetId: street.id, name: '乙社区' });
    const adminA = await makeUser(ts, { adminOf: a.organization.id });
    // Finance for March is due by 20 April (Asia/Shanghai); party for Q1 by 20 April too.
    await publishedOn(adminA, a.community.id, { period: '2025-03' }, '2025-04-20T15:59:00Z');
    await publishedOn(adminA, a.community.id, { category: 'party', subCategory: 'dues', period: '2025-02', items: [] }, '2025-04-21T01:00:00Z');
    const res = await ts.http.get(`/api/disclosure-compliance?streetId=${street.id}&period=2025-03`).expect(200);
    expect(res.body).toMatchObject({ period: '2025-03', total: 3 });
    const rowA = res.body.items.find((i: { communityId: number }) => i.communityId === a.community.id);
    expect(rowA.categories).toEqual([
      {
        category: 'party', period: '2025-Q1', dueAt: '2025-04-20T16:00:00.000Z', status: 'late', publishedAt: '2025-04-21T01:00:00.000Z',
        subCategories: [{ subCategory: 'dues', status: 'late', publishedAt: '2025-04-21T01:00:00.000Z' }, { subCategory: 'member_development', status: 'missing', publishedAt: null }],
      },
      {
        category: 'affairs', period: '2025-Q1', dueAt: '2025-04-20T16:00:00.000Z', status: 'missing', publishedAt: null,
        subCategories: [{ subCategory: 'decisions', status: 'missing', publishedAt: null }, { subCategory: 'relief', status: 'missing', publishedAt: null }],
      },
      {
        category: 'finance', period: '2025-03', dueAt: '2025-04-20T16:00:00.000Z', status: 'on_time', publishedAt: '2025-04-20T15:59:00.000Z',
        subCategories: [{ subCategory: 'income_expense', status: 'on_time', publishedAt: '2025-04-20T15:59:00.000Z' }],
      },
    ]);
    const rowB = res.body.items.find((i: { communityId: number }) => i.communityId === b.community.id);
    expect(rowB.categories.map((c: { status: string }) => c.status)).toEqual(['missing', 'missing', 'missing']);
  });

  it('answers 400 to a malformed period or street', async () => {
    await ts.http.get('/api/disclosure-compliance?period=2025-Q1').expect(400);
    await ts.http.get('/api/disclosure-compliance?streetId=abc').expect(400);
  });
});
