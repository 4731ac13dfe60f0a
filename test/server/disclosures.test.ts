import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Disclosure } from '../../server/src/modules/disclosures/entities';
import { flushViews } from '../../server/src/modules/disclosures/views';
import { makeCommunity, makeUser, type TestUser } from './helpers/factories';
import { chainVerifies, makeDraft, makePublished, pngBytes, recomputeContentHash } from './helpers/disclosures';
import { startTestServer, type TestServer } from './helpers/server';

let ts: TestServer;
let communityId: number;
let admin: TestUser;
let resident: TestUser;
const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sunshine-disclosure-files-'));
beforeAll(async () => {
  ts = await startTestServer({ env: { STORAGE_DIR: storageDir } });
  const c = await makeCommunity(ts);
  communityId = c.community.id;
  admin = await makeUser(ts, { adminOf: c.organization.id });
  resident = await makeUser(ts);
});
afterAll(async () => {
  await ts.close();
  fs.rmSync(storageDir, { recursive: true, force: true });
});

describe('a disclosure from draft to publication', () => {
  it('is created as a draft only admins see, then published for everyone with its hash and totals', async () => {
    const draft = await makeDraft(ts, admin, { communityId });
    expect(draft).toMatchObject({ status: 'draft', publishedAt: null, contentHash: null, revision: 1, totals: { incomeFen: 1250000, expenseFen: 380050, balanceFen: 869950 } });
    await ts.http.get(`/api/disclosures/${draft.id}`).expect(404);
    await ts.http.get(`/api/disclosures/${draft.id}`).set(resident.auth).expect(404);
    await ts.http.get(`/api/disclosures/${draft.id}`).set(admin.auth).expect(200);
    expect((await ts.http.get(`/api/communities/${communityId}/disclosures`).expect(200)).body.items.map((d: { id: number }) => d.id)).not.toContain(draft.id);

    const published = await ts.http.post(`/api/disclosures/${draft.id}/publish`).set(admin.auth).expect(200);
    expect(published.body).toMatchObject({ status: 'published', contentHash: expect.stringMatching(/^[0-9a-f]{64}$/), publishedAt: expect.any(String) });
    const read = await ts.http.get(`/api/disclosures/${draft.id}`).expect(200);
    expect(Object.keys(read.body)).toEqual(expect.arrayContaining([
      'id', 'communityId', 'category', 'title', 'period', 'body', 'items', 'totals', 'attachments', 'status', 'publishedAt', 'revision', 'supersedesId', 'supersededById', 'contentHash', 'viewCount',
    ]));
    expect(recomputeContentHash(read.body)).toBe(read.body.contentHash);
    const list = await ts.http.get(`/api/communities/${communityId}/disclosures?category=finance&period=2025-03`).expect(200);
    expect(list.body).toMatchObject({ total: expect.any(Number), page: 1, pageSize: 20 });
    expect(list.body.items[0]).toMatchObject({ id: draft.id, totals: { balanceFen: 869950 } });
  });

  it('lets an admin edit and delete a draft, each write audit-logged', async () => {
    const draft = await makeDraft(ts, admin, { communityId });
    const edited = await ts.http.patch(`/api/disclosures/${draft.id}`).set(admin.auth).send({ title: '更正后的标题', items: [] }).expect(200);
    expect(edited.body).toMatchObject({ title: '更正后的标题', items: [], totals: { incomeFen: 0, expenseFen: 0, balanceFen: 0 } });
    await ts.http.delete(`/api/disclosures/${draft.id}`).set(admin.auth).expect(204);
    await ts.http.get(`/api/disclosures/${draft.id}`).set(admin.auth).expect(404);
    const audit = await ts.http.get(`/api/admin/audit-logs?entityType=disclosure&entityId=${draft.id}`).set(admin.auth).expect(200);
    expect(audit.body.items.map((a: { action: string }) => a.action).sort()).toEqual(['disclosure.create', 'disclosure.delete', 'disclosure.update']);
  });

  it('lists newest first and filters by category and by year, quarter or month', async () => {
    const c = await makeCommunity(ts);
    const a = await makeUser(ts, { adminOf: c.organization.id });
    const party = await makePublished(ts, a, { communityId: c.community.id, category: 'party', subCategory: 'dues', period: '2025-Q2', items: [] });
    const finance = await makePublished(ts, a, { communityId: c.community.id, period: '2025-05' });
    const ids = async (qs: string) => (await ts.http.get(`/api/communities/${c.community.id}/disclosures${qs}`).expect(200)).body.items.map((d: { id: number }) => d.id);
    expect(await ids('')).toEqual([finance.id, party.id]);
    expect(await ids('?category=party')).toEqual([party.id]);
    expect(await ids('?period=2025-Q2')).toEqual([finance.id, party.id]);
    expect(await ids('?period=2025-05')).toEqual([finance.id]);
    expect(await ids('?period=2024')).toEqual([]);
    const summary = await ts.http.get(`/api/communities/${c.community.id}/disclosure-summary`).expect(200);
    expect(summary.body.categories).toEqual([{ category: 'party', count: 1 }, { category: 'affairs', count: 0 }, { category: 'finance', count: 1 }]);
  });
});

describe('attachments', () => {
  it('attaches uploaded files to a disclosure; their content hashes are part of what the chain covers', async () => {
    const photo = await ts.http.post('/api/files').set(admin.auth).attach('file', pngBytes('receipt'), '发票.png').expect(201);
    const d = await makePublished(ts, admin, { communityId, attachmentIds: [photo.body.id] });
    expect(d.attachments).toEqual([photo.body]);
    const read = await ts.http.get(`/api/disclosures/${d.id}`).expect(200);
    expect(recomputeContentHash(read.body)).toBe(d.contentHash);
    expect(recomputeContentHash({ ...read.body, attachments: [] })).not.toBe(d.contentHash);
  });
});

describe('what is published stays published', () => {
  let published: { id: number };
  beforeAll(async () => {
    published = await makePublished(ts, admin, { communityId });
  });

  it('answers 409 to an edit of a published disclosure', async () => {
    const res = await ts.http.patch(`/api/disclosures/${published.id}`).set(admin.auth).send({ title: '偷偷改' }).expect(409);
    expect(res.body.error.code).toBe('ALREADY_PUBLISHED');
  });

  it('answers 409 to deleting a published disclosure', async () => {
    await ts.http.delete(`/api/disclosures/${published.id}`).set(admin.auth).expect(409);
    await ts.http.get(`/api/disclosures/${published.id}`).expect(200);
  });

  it('answers 409 to publishing it again', async () => {
    await ts.http.post(`/api/disclosures/${published.id}/publish`).set(admin.auth).expect(409);
  });

  it('publishes a draft once when it is published many times at once', async () => {
    const draft = await makeDraft(ts, admin, { communityId });
    const results = await Promise.all(Array.from({ length: 8 }, () => ts.http.post(`/api/disclosures/${draft.id}/publish`).set(admin.auth)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
    const chain = await ts.http.get(`/api/communities/${communityId}/disclosure-chain`).expect(200);
    expect(chain.body.entries.filter((e: { disclosureId: number }) => e.disclosureId === draft.id)).toHaveLength(1);
  });
});

describe('corrections are revisions', () => {
  it('publishes a revision with a reason; both versions stay readable and link both ways', async () => {
    const original = await makePublished(ts, admin, { communityId, title: '2025年4月财务收支公开', period: '2025-04' });
    const revision = await ts.http
      .post(`/api/disclosures/${original.id}/revisions`)
      .set(admin.auth)
      .send({ reason: '道路维修金额录入有误', items: [{ subject: '道路维修', direction: 'expense', amountFen: 38005 }] })
      .expect(201);
    expect(revision.body).toMatchObject({ status: 'draft', revision: 2, supersedesId: original.id, revisionReason: '道路维修金额录入有误', title: '2025年4月财务收支公开' });
    await ts.http.post(`/api/disclosures/${revision.body.id}/publish`).set(admin.auth).expect(200);

    const old = await ts.http.get(`/api/disclosures/${original.id}`).expect(200);
    expect(old.body).toMatchObject({ status: 'published', supersededById: revision.body.id, contentHash: original.contentHash, items: original.items });
    const current = await ts.http.get(`/api/disclosures/${revision.body.id}`).expect(200);
    expect(current.body).toMatchObject({ supersedesId: original.id, totals: { expenseFen: 38005 } });
    const history = await ts.http.get(`/api/disclosures/${original.id}/history`).expect(200);
    expect(history.body.items.map((v: { id: number; revisionReason: string | null }) => [v.id, v.revisionReason])).toEqual([[original.id, null], [revision.body.id, '道路维修金额录入有误']]);
    const list = await ts.http.get(`/api/communities/${communityId}/disclosures?period=2025-04`).expect(200);
    expect(list.body.items.map((d: { id: number }) => d.id)).toEqual([revision.body.id]);

    const again = await ts.http.post(`/api/disclosures/${original.id}/revisions`).set(admin.auth).send({ reason: '再改' }).expect(409);
    expect(again.body.error.code).toBe('ALREADY_SUPERSEDED');
  });

  it('shows only the correction, not what it corrected, among the latest on the community summary', async () => {
    const c = await makeCommunity(ts);
    const a = await makeUser(ts, { adminOf: c.organization.id });
    const other = await makePublished(ts, a, { communityId: c.community.id, period: '2025-03' });
    const original = await makePublished(ts, a, { communityId: c.community.id, period: '2025-04' });
    const revision = await ts.http.post(`/api/disclosures/${original.id}/revisions`).set(a.auth).send({ reason: '金额录入有误' }).expect(201);
    await ts.http.post(`/api/disclosures/${revision.body.id}/publish`).set(a.auth).expect(200);

    const summary = await ts.http.get(`/api/communities/${c.community.id}/disclosure-summary`).expect(200);
    expect(summary.body.latest.map((d: { id: number }) => d.id)).toEqual([revision.body.id, other.id]);
    expect(summary.body.categories).toContainEqual({ category: 'finance', count: 2 });
  });

  it('allows one pending correction per disclosure (409 for a second)', async () => {
    const original = await makePublished(ts, admin, { communityId });
    await ts.http.post(`/api/disclosures/${original.id}/revisions`).set(admin.auth).send({ reason: '第一次更正' }).expect(201);
    const res = await ts.http.post(`/api/disclosures/${original.id}/revisions`).set(admin.auth).send({ reason: '第二次更正' }).expect(409);
    expect(res.body.error.code).toBe('REVISION_EXISTS');
  });

  it('answers 409 to a revision of a draft', async () => {
    const draft = await makeDraft(ts, admin, { communityId });
    expect((await ts.http.post(`/api/disclosures/${draft.id}/revisions`).set(admin.auth).send({ reason: '更正' }).expect(409)).body.error.code).toBe('NOT_PUBLISHED');
  });

  it('answers 400 to a revision without a reason', async () => {
    const original = await makePublished(ts, admin, { communityId });
    await ts.http.post(`/api/disclosures/${original.id}/revisions`).set(admin.auth).send({ title: '无理由' }).expect(400);
  });
});

describe('the publication chain', () => {
  it('links every publication of a community and verifies, by the server and by an outside recomputation', async () => {
    const c = await makeCommunity(ts);
    const a = await makeUser(ts, { adminOf: c.organization.id });
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await makePublished(ts, a, { communityId: c.community.id, title: `公开${i}` })).id);
    const chain = await ts.http.get(`/api/communities/${c.community.id}/disclosure-chain`).expect(200);
    expect(chain.body).toMatchObject({ verified: true, length: 3 });
    expect(chain.body.entries.map((e: { disclosureId: number }) => e.disclosureId)).toEqual(ids);
    expect(chainVerifies(c.community.id, chain.body.entries)).toBe(true);
    for (const e of chain.body.entries) expect(recomputeContentHash((await ts.http.get(`/api/disclosures/${e.disclosureId}`)).body)).toBe(e.contentHash);
  });

  it('stops verifying when a published disclosure is changed behind the service', async () => {
    const c = await makeCommunity(ts);
    const a = await makeUser(ts, { adminOf: c.organization.id });
    const d = await makePublished(ts, a, { communityId: c.community.id });
    await ts.deps.db.manager.update(Disclosure, { id: d.id }, { title: '被人改过' });
    const chain = await ts.http.get(`/api/communities/${c.community.id}/disclosure-chain`).expect(200);
    expect(chain.body.verified).toBe(false);
  });

  it('stays one verifying line when many publishes on one community race', async () => {
    const c = await makeCommunity(ts);
    const a = await makeUser(ts, { adminOf: c.organization.id });
    const drafts = await Promise.all(Array.from({ length: 15 }, (_, i) => makeDraft(ts, a, { communityId: c.community.id, title: `并发${i}` })));
    const results = await Promise.all(drafts.map((d) => ts.http.post(`/api/disclosures/${d.id}/publish`).set(a.auth)));
    expect(results.map((r) => r.status)).toEqual(drafts.map(() => 200));
    const chain = await ts.http.get(`/api/communities/${c.community.id}/disclosure-chain`).expect(200);
    expect(chain.body).toMatchObject({ verified: true, length: 15 });
    expect(chain.body.entries.map((e: { seq: number }) => e.seq)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(chainVerifies(c.community.id, chain.body.entries)).toBe(true);
  });

  it('answers an empty, verifying chain for a community that has published nothing, and 404 for an unknown one', async () => {
    const c = await makeCommunity(ts);
    expect((await ts.http.get(`/api/communities/${c.community.id}/disclosure-chain`).expect(200)).body).toMatchObject({ verified: true, length: 0, entries: [] });
    await ts.http.get('/api/communities/999999/disclosure-chain').expect(404);
  });
});

describe('view counts', () => {
  it('counts reads in memory and adds them to the row only when the job flushes', async () => {
    const d = await makePublished(ts, admin, { communityId });
    await ts.http.get(`/api/disclosures/${d.id}`).expect(200);
    const second = await ts.http.get(`/api/disclosures/${d.id}`).expect(200);
    expect(second.body.viewCount).toBe(2);
    expect((await ts.deps.db.manager.findOneByOrFail(Disclosure, { id: d.id })).viewCount).toBe(0);
    await flushViews(ts.deps);
    expect((await ts.deps.db.manager.findOneByOrFail(Disclosure, { id: d.id })).viewCount).toBe(2);
    expect((await ts.http.get(`/api/disclosures/${d.id}`).expect(200)).body.viewCount).toBe(3);
  });
});
