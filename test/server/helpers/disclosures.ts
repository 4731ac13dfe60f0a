import crypto from 'node:crypto';
import type { TestServer } from './server';
import type { TestUser } from './factories';

/** A finance draft with two items, overridable; answers the created draft. */
export async function makeDraft(ts: TestServer, admin: TestUser, o: Record<string, unknown> & { communityId: number }) {
  const res = await ts.http
    .post('/api/disclosures')
    .set(admin.auth)
    .send({
      category: 'finance',
      subCategory: 'income_expense',
      title: '2025年3月财务收支公开',
      period: '2025-03',
      body: '本月收支情况如下。',
      items: [
        { subject: '集体资产租赁收入', direction: 'income', amountFen: 1250000 },
        { subject: '道路维修', direction: 'expense', amountFen: 380050 },
      ],
      ...o,
    });
  if (res.status !== 201) throw new Error(`draft not created: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function makePublished(ts: TestServer, admin: TestUser, o: Record<string, unknown> & { communityId: number }) {
  const draft = await makeDraft(ts, admin, o);
  const res = await ts.http.post(`/api/disclosures/${draft.id}/publish`).set(admin.auth);
  if (res.status !== 200) throw new Error(`not published: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * An independent implementation of docs/disclosures.md (not the server's code), so the tests
 * check the documented algorithm rather than the server agreeing with itself.
 */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v);
}
export const sha256 = (s: string) => crypto.createHash('sha256').update(Buffer.from(s, 'utf8')).digest('hex');

/** Recomputes a disclosure's contentHash from what GET /api/disclosures/:id answers. */
export function recomputeContentHash(d: Record<string, any>): string {
  const { id, communityId, category, subCategory, title, period, body, items, revision, supersedesId, revisionReason, publishedAt } = d;
  const attachments = d.attachments.map((a: { sha256: string }) => a.sha256);
  return sha256(canonical({ id, communityId, category, subCategory, title, period, body, items, attachments, revision, supersedesId, revisionReason, publishedAt }));
}

/** Checks a chain the way any outside reader would: recomputed hashes, links, and gap-free sequence numbers. */
export function chainVerifies(communityId: number, entries: { seq: number; disclosureId: number; contentHash: string; prevHash: string; hash: string; publishedAt: string }[]): boolean {
  let prev = '0'.repeat(64);
  return entries.every((e, i) => {
    const ok = e.seq === i + 1 && e.prevHash === prev && e.hash === sha256(canonical({ communityId, seq: e.seq, disclosureId: e.disclosureId, contentHash: e.contentHash, prevHash: e.prevHash, publishedAt: e.publishedAt }));
    prev = e.hash;
    return ok;
  });
}

/** The smallest valid PNG (1×1), with a varying trailing chunk so each call can make distinct bytes. */
export function pngBytes(salt = ''): Buffer {
  const base = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
  return salt ? Buffer.concat([base, Buffer.from(salt)]) : base;
}

/** Uploads a distinct PNG as `admin`: the stored file (`id`, `url` by its SHA-256). */
export async function uploadPng(ts: TestServer, admin: TestUser, salt = crypto.randomUUID()): Promise<{ id: number; url: string; sha256: string }> {
  const res = await ts.http.post('/api/files').set(admin.auth).attach('file', pngBytes(salt), 'photo.png');
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
