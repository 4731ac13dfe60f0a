import { Disclosure } from '../../server/src/modules/disclosures';
import { makeCommunity, makeStreet, makeUser, type TestUser } from './helpers/factories';
import { makeDraft, makePublished } from './helpers/disclosures';
import { startTestServer, type TestServer } from './helpers/server';

/** The read cache on (the suite's other servers run without it): a published disclosure read once is answered from memory. */
let ts: TestServer;
let communityId: number;
let admin: TestUser;
let streetAdmin: TestUser;
beforeAll(async () => {
  ts = await startTestServer({ env: { READ_CACHE_MS: '60000' } });
  const s = await makeStreet(ts);
  const c = await makeCommunity(ts, { streetId: s.street.id });
  communityId = c.community.id;
  admin = await makeUser(ts, { adminOf: c.organization.id });
  streetAdmin = await makeUser(ts, { adminOf: s.organization.id });
});
afterAll(() => ts.close());

describe('a published disclosure read again', () => {
  it('carries an ETag with Cache-Control: no-cache, answers 304 to a matching If-None-Match, and still counts every read', async () => {
    const d = await makePublished(ts, admin, { communityId });
    const first = await ts.http.get(`/api/disclosures/${d.id}`).expect(200);
    expect(first.headers['cache-control']).toBe('no-cache');
    const tag = first.headers.etag as string;
    expect(tag).toBe(`"${d.contentHash}-published-0"`);
    for (let i = 0; i < 3; i++) {
      const again = await ts.http.get(`/api/disclosures/${d.id}`).set('If-None-Match', tag).expect(304);
      expect(again.text).toBe('');
    }
    const other = await ts.http.get(`/api/disclosures/${d.id}`).set('If-None-Match', '"something-else"').expect(200);
    expect(other.body.viewCount).toBe(first.body.viewCount + 4);
  });

  it('is answered from memory: a row changed behind the service does not show while the entry lives', async () => {
    const d = await makePublished(ts, admin, { communityId, title: '原标题' });
    await ts.http.get(`/api/disclosures/${d.id}`).expect(200);
    await ts.deps.db.manager.update(Disclosure, { id: d.id }, { title: '被人改过' });
    expect((await ts.http.get(`/api/disclosures/${d.id}`).expect(200)).body.title).toBe('原标题');
    // What the chain shows is computed from the rows: the change is caught there at once.
    const chain = await ts.http.get(`/api/communities/${communityId}/disclosure-chain`).expect(200);
    expect(chain.body.verified).toBe(false);
    await ts.deps.db.manager.update(Disclosure, { id: d.id }, { title: '原标题' });
  });

  it('shows a withdrawal made in this process at once, under a new tag', async () => {
    const d = await makePublished(ts, admin, { communityId, title: '待撤回' });
    const before = await ts.http.get(`/api/disclosures/${d.id}`).expect(200);
    await ts.http.post(`/api/disclosures/${d.id}/withdraw`).set(streetAdmin.auth).send({ reason: '含居民个人信息，依法撤回' }).expect(200);
    const after = await ts.http.get(`/api/disclosures/${d.id}`).set('If-None-Match', before.headers.etag as string).expect(200);
    expect(after.body).toMatchObject({ status: 'withdrawn', body: '' });
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('names its correction at once when the correction is published', async () => {
    const d = await makePublished(ts, admin, { communityId, title: '待更正' });
    await ts.http.get(`/api/disclosures/${d.id}`).expect(200);
    const revision = await ts.http.post(`/api/disclosures/${d.id}/revisions`).set(admin.auth).send({ reason: '金额录入有误' }).expect(201);
    await ts.http.post(`/api/disclosures/${revision.body.id}/publish`).set(admin.auth).expect(200);
    expect((await ts.http.get(`/api/disclosures/${d.id}`).expect(200)).body.supersededById).toBe(revision.body.id);
  });

  it('gives a draft no tag and keeps no copy of it: an edit shows at once', async () => {
    const draft = await makeDraft(ts, admin, { communityId });
    const read = await ts.http.get(`/api/disclosures/${draft.id}`).set(admin.auth).expect(200);
    expect(read.headers.etag).toBeUndefined();
    await ts.http.patch(`/api/disclosures/${draft.id}`).set(admin.auth).send({ title: '改过的草稿' }).expect(200);
    expect((await ts.http.get(`/api/disclosures/${draft.id}`).set(admin.auth).expect(200)).body.title).toBe('改过的草稿');
  });
});

describe('a community chain head', () => {
  it('answers 304 while the head is the same, and 200 with a new tag once a publication extends it', async () => {
    const c = await makeCommunity(ts);
    const own = await makeUser(ts, { adminOf: c.organization.id });
    await makePublished(ts, own, { communityId: c.community.id });
    const head = await ts.http.get(`/api/communities/${c.community.id}/disclosure-chain/head`).expect(200);
    expect(head.headers.etag).toBe(`"${head.body.seq}-${head.body.hash}"`);
    await ts.http.get(`/api/communities/${c.community.id}/disclosure-chain/head`).set('If-None-Match', head.headers.etag as string).expect(304);
    await makePublished(ts, own, { communityId: c.community.id, title: '2025年4月财务收支公开', period: '2025-04' });
    const next = await ts.http.get(`/api/communities/${c.community.id}/disclosure-chain/head`).set('If-None-Match', head.headers.etag as string).expect(200);
    expect(next.body.seq).toBe(head.body.seq + 1);
  });
});
