import { makeCommunity, makeUser, type TestUser } from './helpers/factories';
import { makeDraft, makePublished } from './helpers/disclosures';
import { startTestServer, type TestServer } from './helpers/server';

let ts: TestServer;
let communityId: number;
let admin: TestUser;
beforeAll(async () => {
  ts = await startTestServer();
  const c = await makeCommunity(ts);
  communityId = c.community.id;
  admin = await makeUser(ts, { adminOf: c.organization.id });
});
afterAll(() => ts.close());

const draftBody = (o: Record<string, unknown> = {}) => ({ communityId, category: 'affairs', subCategory: 'decisions', title: '会议决定', period: '2025-Q1', body: '内容', ...o });

describe('who may write disclosures', () => {
  it('answers 401 to an anonymous write', async () => {
    await ts.http.post('/api/disclosures').send(draftBody()).expect(401);
  });

  it('answers 403 FORBIDDEN to a resident', async () => {
    const resident = await makeUser(ts);
    expect((await ts.http.post('/api/disclosures').set(resident.auth).send(draftBody()).expect(403)).body.error.code).toBe('FORBIDDEN');
    expect((await ts.http.get('/api/admin/disclosures').set(resident.auth).expect(403)).body.error.code).toBe('FORBIDDEN');
  });

  it('answers 403 OUT_OF_SCOPE to an admin of another community, for every write', async () => {
    const other = await makeCommunity(ts);
    const outsider = await makeUser(ts, { adminOf: other.organization.id });
    const draft = await makeDraft(ts, admin, { communityId });
    const published = await makePublished(ts, admin, { communityId });
    const codes = await Promise.all([
      ts.http.post('/api/disclosures').set(outsider.auth).send(draftBody()),
      ts.http.patch(`/api/disclosures/${draft.id}`).set(outsider.auth).send({ title: 'x' }),
      ts.http.delete(`/api/disclosures/${draft.id}`).set(outsider.auth),
      ts.http.post(`/api/disclosures/${draft.id}/publish`).set(outsider.auth),
      ts.http.post(`/api/disclosures/${published.id}/revisions`).set(outsider.auth).send({ reason: '更正' }),
    ]);
    expect(codes.map((r) => [r.status, r.body.error.code])).toEqual(codes.map(() => [403, 'OUT_OF_SCOPE']));
    await ts.http.get(`/api/disclosures/${draft.id}`).set(outsider.auth).expect(404);
  });

  it('lets a street admin write for every community of the street, and a district admin anywhere', async () => {
    const c = await makeCommunity(ts);
    const streetAdmin = await makeUser(ts, { adminOf: c.street.organizationId });
    const districtAdmin = await makeUser(ts, { roles: ['district_admin'] });
    const d = await makePublished(ts, streetAdmin, { communityId: c.community.id });
    await makePublished(ts, districtAdmin, { communityId: c.community.id });
    const drafts = await ts.http.get(`/api/admin/disclosures?communityId=${c.community.id}&status=published`).set(streetAdmin.auth).expect(200);
    expect(drafts.body.total).toBe(2);
    expect((await ts.http.get(`/api/admin/disclosures?communityId=${c.community.id}`).set(admin.auth).expect(200)).body.total).toBe(0);
    expect(d.status).toBe('published');
  });
});

describe('bad input answers 4xx, never 500', () => {
  it.each([
    ['an unknown category', { category: 'sports' }, 'category'],
    ['a sub-category of another category', { subCategory: 'dues' }, 'subCategory'],
    ['a quarter as a finance period', { category: 'finance', subCategory: 'income_expense', period: '2025-Q1' }, 'period'],
    ['a malformed period', { period: '2025-13' }, 'period'],
    ['items on an affairs disclosure', { items: [{ subject: '收入', direction: 'income', amountFen: 1 }] }, 'items'],
    ['a fractional amount', { category: 'finance', subCategory: 'income_expense', period: '2025-01', items: [{ subject: '收入', direction: 'income', amountFen: 1.5 }] }, 'items.0.amountFen'],
    ['a negative amount', { category: 'finance', subCategory: 'income_expense', period: '2025-01', items: [{ subject: '收入', direction: 'income', amountFen: -1 }] }, 'items.0.amountFen'],
    ['an amount as a string', { category: 'finance', subCategory: 'income_expense', period: '2025-01', items: [{ subject: '收入', direction: 'income', amountFen: '100' }] }, 'items.0.amountFen'],
    ['an unknown direction', { category: 'finance', subCategory: 'income_expense', period: '2025-01', items: [{ subject: '收入', direction: 'in', amountFen: 1 }] }, 'items.0.direction'],
    ['a title of 101 characters', { title: '标'.repeat(101) }, 'title'],
    ['a huge body', { body: '字'.repeat(20001) }, 'body'],
    ['an empty title', { title: '   ' }, 'title'],
    ['a communityId as a string', { communityId: 'abc' }, 'communityId'],
    ['a field the API does not have', { status: 'published' }, ''],
    ['an unknown attachment', { attachmentIds: [999999] }, 'attachmentIds'],
    ['too many items', { category: 'finance', subCategory: 'income_expense', period: '2025-01', items: Array.from({ length: 201 }, () => ({ subject: 'x', direction: 'income', amountFen: 1 })) }, 'items'],
  ])('answers 400 for %s', async (_case, override, field) => {
    const res = await ts.http.post('/api/disclosures').set(admin.auth).send(draftBody(override)).expect(400);
    if (field) expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('answers 413 to a body over the size limit', async () => {
    await ts.http.post('/api/disclosures').set(admin.auth).send(draftBody({ body: 'x'.repeat(1_100_000) })).expect(413);
  });

  it('answers 400 to malformed JSON and to a non-numeric id', async () => {
    await ts.http.post('/api/disclosures').set(admin.auth).set('content-type', 'application/json').send('{"title":').expect(400);
    await ts.http.get('/api/disclosures/abc').expect(400);
    await ts.http.get(`/api/communities/${communityId}/disclosures?category=x`).expect(400);
    await ts.http.get(`/api/communities/${communityId}/disclosures?pageSize=1000`).expect(400);
  });

  it('answers 400 to changing where a draft belongs', async () => {
    const draft = await makeDraft(ts, admin, { communityId });
    await ts.http.patch(`/api/disclosures/${draft.id}`).set(admin.auth).send({ communityId: 1 }).expect(400);
    await ts.http.patch(`/api/disclosures/${draft.id}`).set(admin.auth).send({ period: '2025-Q1' }).expect(400);
  });

  it('answers 404 for an unknown community or disclosure', async () => {
    await ts.http.post('/api/disclosures').set(admin.auth).send(draftBody({ communityId: 999999 })).expect(404);
    await ts.http.get('/api/disclosures/999999').expect(404);
    await ts.http.patch('/api/disclosures/999999').set(admin.auth).send({ title: 'x' }).expect(404);
    await ts.http.delete('/api/disclosures/999999').set(admin.auth).expect(404);
    await ts.http.post('/api/disclosures/999999/publish').set(admin.auth).expect(404);
    await ts.http.post('/api/disclosures/999999/revisions').set(admin.auth).send({ reason: '更正' }).expect(404);
    await ts.http.get('/api/communities/999999/disclosures').expect(404);
  });
});

describe('the catalogue and the API document', () => {
  it('answers the fixed catalogue and documents every disclosures route in OpenAPI', async () => {
    const cat = await ts.http.get('/api/disclosure-catalogue').expect(200);
    expect(Object.keys(cat.body.categories)).toEqual(['party', 'affairs', 'finance']);
    expect(cat.body.categories.finance).toMatchObject({ cadence: 'monthly', subCategories: expect.objectContaining({ income_expense: '财务收支' }) });
    const doc = await ts.http.get('/api/openapi.json').expect(200);
    for (const p of ['/api/communities/{id}/disclosures', '/api/disclosures/{id}', '/api/disclosures/{id}/publish', '/api/disclosures/{id}/revisions', '/api/communities/{id}/disclosure-chain', '/api/disclosures/{id}/questions', '/api/questions/{id}/reply', '/api/disclosure-compliance'])
      expect(doc.body.paths).toHaveProperty([p]);
  });
});
