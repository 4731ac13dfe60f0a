import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';
import { ChainEntry, Disclosure } from '../../server/src/modules/disclosures/entities';
import { makeCommunity, makeStreet, makeUser, type TestUser } from './helpers/factories';
import { canonical, chainVerifies, makeDraft, makePublished, recomputeContentHash, sha256, uploadPng } from './helpers/disclosures';
import { startTestServer, type TestServer } from './helpers/server';

let ts: TestServer;
let admin: TestUser;
let communityId: number;
beforeAll(async () => {
  ts = await startTestServer();
  const c = await makeCommunity(ts);
  communityId = c.community.id;
  admin = await makeUser(ts, { adminOf: c.organization.id });
});
afterAll(() => ts.close());

/** Runs the CLI as a separate process (asynchronously: the service answering it runs in this one). */
const verifyChainOf = (community: number, ...args: string[]) =>
  new Promise<{ status: number | null; stdout: string }>((resolve) => {
    const argv = [path.resolve(__dirname, '../../scripts/verify-chain.mjs'), '--url', ts.url, '--community', String(community), ...args];
    execFile(process.execPath, argv, { encoding: 'utf8', timeout: 60000 }, (err, stdout) => resolve({ status: err ? ((err as { code?: number }).code ?? null) : 0, stdout }));
  });
const verifyChain = (...args: string[]) => verifyChainOf(communityId, ...args);

/** The runnable example of docs/disclosures.md, run against a community: what it prints. */
async function docsExample(community: number) {
  const doc = fs.readFileSync(path.resolve(__dirname, '../../docs/disclosures.md'), 'utf8');
  const example = doc.slice(doc.indexOf('### Example (Node 20, runnable)')).match(/```js\n([\s\S]*?)```/)![1];
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'verify-example-')), 'verify.mjs');
  fs.writeFileSync(file, example);
  return new Promise<string>((resolve, reject) =>
    execFile(process.execPath, [file, ts.url, String(community)], { encoding: 'utf8', timeout: 60000 }, (err, stdout) => (err ? reject(err) : resolve(stdout))),
  );
}

describe('the chain witness', () => {
  it('answers the head signed with the service\'s Ed25519 key, seq 0 before the first publication', async () => {
    const empty = (await ts.http.get(`/api/communities/${communityId}/disclosure-chain/head`).expect(200)).body;
    expect(empty).toMatchObject({ communityId, seq: 0, hash: '0'.repeat(64), publishedAt: null });
    const photo = await uploadPng(ts, admin);
    await makePublished(ts, admin, { communityId, attachmentIds: [photo.id] });
    await makePublished(ts, admin, { communityId, title: '2025年4月财务收支公开', period: '2025-04' });
    const chain = (await ts.http.get(`/api/communities/${communityId}/disclosure-chain`).expect(200)).body;
    const head = (await ts.http.get(`/api/communities/${communityId}/disclosure-chain/head`).expect(200)).body;
    const last = chain.entries.at(-1);
    expect(head).toEqual({ communityId, seq: 2, hash: last.hash, publishedAt: last.publishedAt, signature: expect.any(String) });
    const { algorithm, publicKey } = (await ts.http.get('/api/disclosure-chain/public-key').expect(200)).body;
    expect(algorithm).toBe('Ed25519');
    const key = crypto.createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    const signed = Buffer.from(canonical({ communityId, seq: head.seq, hash: head.hash, publishedAt: head.publishedAt }), 'utf8');
    expect(crypto.verify(null, signed, key, Buffer.from(head.signature, 'base64'))).toBe(true);
    expect(crypto.verify(null, Buffer.from(canonical({ ...head, seq: 3, signature: undefined }).replace(',"signature":undefined', '')), key, Buffer.from(head.signature, 'base64'))).toBe(false);
    await ts.http.get('/api/communities/999999/disclosure-chain/head').expect(404);
  });

  it('answers the 公开栏 poster: the signed head in groups of four, the key fingerprint, and a QR code of the head', async () => {
    const head = (await ts.http.get(`/api/communities/${communityId}/disclosure-chain/head`).expect(200)).body;
    const poster = (await ts.http.get(`/api/communities/${communityId}/disclosure-chain/poster`).expect(200)).body;
    const { publicKey } = (await ts.http.get('/api/disclosure-chain/public-key').expect(200)).body;
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(ts.clock.now());
    expect(poster).toMatchObject({ communityId, date: day, head, publicKey });
    expect(poster.hashInGroups.split(' ')).toEqual(head.hash.match(/.{4}/g));
    const fingerprint = crypto.createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex');
    expect(poster.publicKeyFingerprint.replaceAll(' ', '')).toBe(fingerprint);
    // The QR code holds the signed head, canonical, so a scan gives what a witness keeps and can check.
    expect(JSON.parse(poster.qrText)).toEqual(head);
    expect(poster.qrText).toBe(canonical(head));
    expect(poster.qrDataUrl).toBe(await QRCode.toDataURL(poster.qrText, { margin: 1, width: 480, errorCorrectionLevel: 'M' }));
    expect(poster.qrDataUrl).not.toBe(await QRCode.toDataURL(canonical({ ...head, seq: head.seq + 1 }), { margin: 1, width: 480, errorCorrectionLevel: 'M' }));
    await ts.http.get('/api/communities/999999/disclosure-chain/poster').expect(404);
    await ts.http.get('/api/communities/abc/disclosure-chain/poster').expect(400);
  });

  it('the example in docs/disclosures.md runs as written and verifies the chain', async () => {
    expect(await docsExample(communityId)).toMatch(/^verified: 2 entries, head [0-9a-f]{64}/);
  });

  it('npm run verify-chain recomputes everything from the public API, and catches an operator who rewrote the chain', async () => {
    const chain = (await ts.http.get(`/api/communities/${communityId}/disclosure-chain`).expect(200)).body;
    const kept = chain.entries[0].hash; // what a witness kept from the poster
    const ok = await verifyChain('--head', kept, '--files');
    expect([ok.status, ok.stdout]).toEqual([0, expect.stringMatching(/✓ community \d+: 2 entries verify/)]);

    // Whoever holds the database rewrites the first disclosure and recomputes every hash after it.
    const m = ts.deps.db.manager;
    const first = await m.findOneByOrFail(Disclosure, { id: chain.entries[0].disclosureId });
    await m.update(Disclosure, { id: first.id }, { body: '本月收支情况如下（已改）。' });
    const rewritten = (await ts.http.get(`/api/disclosures/${first.id}`).expect(200)).body;
    await m.update(Disclosure, { id: first.id }, { contentHash: recomputeContentHash(rewritten) });
    let prev = '0'.repeat(64);
    for (const e of await m.find(ChainEntry, { where: { communityId }, order: { seq: 'ASC' } })) {
      const d = (await ts.http.get(`/api/disclosures/${e.disclosureId}`).expect(200)).body;
      const link = { communityId, seq: e.seq, disclosureId: e.disclosureId, contentHash: recomputeContentHash(d), prevHash: prev, publishedAt: e.publishedAt.toISOString() };
      prev = sha256(canonical(link));
      await m.update(ChainEntry, { id: e.id }, { contentHash: link.contentHash, prevHash: link.prevHash, hash: prev });
    }
    // The server's own check is fooled; the witness's head is not.
    expect((await ts.http.get(`/api/communities/${communityId}/disclosure-chain`).expect(200)).body.verified).toBe(true);
    const caught = await verifyChain('--head', kept);
    expect(caught.status).toBe(1);
    expect(caught.stdout).toMatch(/the head you kept .* is not in the chain/);
    expect((await verifyChain()).status).toBe(0); // without a kept head the rewrite is consistent: that is why witnesses keep heads
  });
});

describe('lawful withdrawal', () => {
  let community: number;
  let own: TestUser;
  let street: TestUser;
  let published: { id: number; contentHash: string };
  beforeAll(async () => {
    const s = await makeStreet(ts);
    const c = await makeCommunity(ts, { streetId: s.street.id });
    community = c.community.id;
    own = await makeUser(ts, { adminOf: c.organization.id });
    street = await makeUser(ts, { adminOf: s.organization.id });
    const photo = await uploadPng(ts, own);
    published = await makePublished(ts, own, { communityId: community, body: '本月收支如下，经办人身份证号见附件。', attachmentIds: [photo.id] });
    await makePublished(ts, own, { communityId: community, title: '2025年4月财务收支公开', period: '2025-04' });
  });
  const withdraw = (user: TestUser | null, id = published.id, body: Record<string, unknown> = { reason: '含居民个人信息，依法撤回' }) => {
    const req = ts.http.post(`/api/disclosures/${id}/withdraw`);
    if (user) req.set(user.auth);
    return req.send(body);
  };

  it('is refused to the community\'s own admin, another street\'s admin, a resident and the anonymous; bad input is 400', async () => {
    expect((await withdraw(own).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    const other = await makeUser(ts, { adminOf: (await makeStreet(ts)).organization.id });
    expect((await withdraw(other).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    expect((await withdraw(await makeUser(ts)).expect(403)).body.error.code).toBe('FORBIDDEN');
    await withdraw(null).expect(401);
    await withdraw(street, published.id, {}).expect(400);
    await withdraw(street, published.id, { reason: '' }).expect(400);
    await withdraw(street, 987654).expect(404);
    const draft = await makeDraft(ts, own, { communityId: community, period: '2025-05', title: '2025年5月财务收支公开' });
    await withdraw(street, draft.id).expect(404);
    expect((await ts.http.get(`/api/disclosures/${published.id}`).expect(200)).body.status).toBe('published');
  });

  it('takes the content down by the street, once; the chain entry, the contentHash and the reason stay, and the chain still verifies', async () => {
    const racing = await Promise.all([1, 2, 3, 4].map(() => withdraw(street)));
    expect(racing.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    expect(racing.find((r) => r.status === 409)!.body.error.code).toBe('ALREADY_WITHDRAWN');
    const d = (await ts.http.get(`/api/disclosures/${published.id}`).expect(200)).body;
    expect(d).toMatchObject({
      status: 'withdrawn', title: '（已依法撤回）', body: '', items: [], attachments: [], contentHash: published.contentHash,
      withdrawal: { reason: '含居民个人信息，依法撤回', withdrawnAt: expect.any(String) },
    });
    expect(JSON.stringify(d)).not.toContain('身份证号');
    const list = (await ts.http.get(`/api/communities/${community}/disclosures`).expect(200)).body.items;
    expect(list.map((x: { id: number }) => x.id)).not.toContain(published.id);
    await ts.http.post(`/api/disclosures/${published.id}/questions`).set((await makeUser(ts)).auth).send({ content: '为什么撤回了？' }).expect(404);

    const chain = (await ts.http.get(`/api/communities/${community}/disclosure-chain`).expect(200)).body;
    expect(chain).toMatchObject({ length: 2, verified: true, problems: [] });
    expect(chain.entries[0]).toMatchObject({ disclosureId: published.id, contentHash: published.contentHash });
    expect(chainVerifies(community, chain.entries)).toBe(true);
    const cli = await verifyChainOf(community, '--head', chain.entries[0].hash);
    expect([cli.status, cli.stdout]).toEqual([0, expect.stringMatching(/2 entries verify/)]);
    expect(await docsExample(community)).toMatch(/^verified: 2 entries/);

    const audit = (await ts.http.get(`/api/admin/audit-logs?entityType=disclosure&entityId=${published.id}`).set(street.auth).expect(200)).body.items;
    expect(audit.find((a: { action: string }) => a.action === 'disclosure.withdraw')).toMatchObject({ actorId: street.id });
    expect(JSON.stringify(audit.filter((a: { action: string }) => a.action === 'disclosure.withdraw'))).not.toContain('身份证号');
  });

  it('fails verification when a withdrawal loses its reason or its recorded contentHash', async () => {
    const m = ts.deps.db.manager;
    await m.update(Disclosure, { id: published.id }, { withdrawalReason: null });
    expect((await ts.http.get(`/api/communities/${community}/disclosure-chain`).expect(200)).body.verified).toBe(false);
    expect((await verifyChainOf(community)).status).toBe(1);
    await m.update(Disclosure, { id: published.id }, { withdrawalReason: '含居民个人信息，依法撤回', contentHash: '0'.repeat(64) });
    expect((await ts.http.get(`/api/communities/${community}/disclosure-chain`).expect(200)).body.verified).toBe(false);
    expect((await verifyChainOf(community)).status).toBe(1);
    await m.update(Disclosure, { id: published.id }, { contentHash: published.contentHash });
  });
});
