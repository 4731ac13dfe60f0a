#!/usr/bin/env node
/**
 * `npm run verify-chain -- --url https://… --community N [--head HASH] [--key BASE64] [--files]`
 *
 * Recomputes a community's publication chain from the public API alone, as docs/disclosures.md
 * specifies it, with nothing of the service's code: every disclosure's contentHash, every link, the
 * sequence; that the head a witness kept (`--head`, e.g. from the poster) is still in the chain; and
 * the signature of the current head under the service's public key (`--key` pins the key a witness
 * kept, else the one the service publishes). `--files` also downloads each attachment and hashes it.
 * Exit 0 when everything holds, 1 with each problem named otherwise.
 */
import crypto from 'node:crypto';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({ options: { url: { type: 'string' }, community: { type: 'string' }, head: { type: 'string' }, key: { type: 'string' }, files: { type: 'boolean' } } });
if (!args.url || !/^[1-9]\d*$/.test(args.community ?? '')) {
  console.error('usage: npm run verify-chain -- --url https://host --community N [--head HASH] [--key BASE64] [--files]');
  process.exit(2);
}
const base = args.url.replace(/\/+$/, '');
const communityId = Number(args.community);

/** docs/disclosures.md, "Canonical serialisation". */
function canonical(v) {
  if (v === null || typeof v === 'boolean') return JSON.stringify(v);
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new Error(`not an integer: ${v}`);
    return String(v);
  }
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
}
const sha256 = (data) => crypto.createHash('sha256').update(data).digest('hex');
const hashOf = (v) => sha256(Buffer.from(canonical(v), 'utf8'));

async function get(path, binary = false) {
  const res = await fetch(`${base}${path}`);
  if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status}`);
  return binary ? Buffer.from(await res.arrayBuffer()) : res.json();
}

const problems = [];
const chain = await get(`/api/communities/${communityId}/disclosure-chain`);
let prev = '0'.repeat(64);
for (const [i, e] of chain.entries.entries()) {
  if (e.seq !== i + 1) problems.push(`seq ${e.seq}: expected ${i + 1}`);
  if (e.prevHash !== prev) problems.push(`seq ${e.seq}: prevHash is not the previous entry's hash`);
  const link = { communityId, seq: e.seq, disclosureId: e.disclosureId, contentHash: e.contentHash, prevHash: e.prevHash, publishedAt: e.publishedAt };
  if (hashOf(link) !== e.hash) problems.push(`seq ${e.seq}: hash does not recompute from its fields`);
  const d = await get(`/api/disclosures/${e.disclosureId}`);
  if (d.communityId !== communityId) problems.push(`seq ${e.seq}: disclosure ${d.id} belongs to community ${d.communityId}`);
  if (d.status === 'withdrawn') {
    // docs/disclosures.md, "Withdrawn entries": the content is gone, the link and the recorded contentHash stay.
    if (d.contentHash !== e.contentHash || !d.withdrawal?.reason) problems.push(`seq ${e.seq}: withdrawn disclosure ${d.id} does not keep its contentHash and reason`);
    prev = e.hash;
    continue;
  }
  const content = {
    id: d.id, communityId: d.communityId, category: d.category, subCategory: d.subCategory, title: d.title, period: d.period, body: d.body,
    items: d.items.map((it) => ({ subject: it.subject, direction: it.direction, amountFen: it.amountFen })),
    attachments: d.attachments.map((a) => a.sha256),
    revision: d.revision, supersedesId: d.supersedesId, revisionReason: d.revisionReason, publishedAt: d.publishedAt,
  };
  if (hashOf(content) !== e.contentHash) problems.push(`seq ${e.seq}: disclosure ${d.id} does not hash to its contentHash`);
  if (args.files) for (const a of d.attachments) if (sha256(await get(a.url, true)) !== a.sha256) problems.push(`seq ${e.seq}: attachment ${a.name} is not the file that was hashed`);
  prev = e.hash;
}
if (args.head && !chain.entries.some((e) => e.hash === args.head)) problems.push(`the head you kept (${args.head}) is not in the chain: the chain was rewritten, not extended`);

const head = await get(`/api/communities/${communityId}/disclosure-chain/head`);
const last = chain.entries.at(-1);
if (head.seq !== (last?.seq ?? 0) || head.hash !== (last?.hash ?? '0'.repeat(64))) problems.push('the signed head is not the last entry of the chain');
const publicKey = crypto.createPublicKey({ key: Buffer.from(args.key ?? (await get('/api/disclosure-chain/public-key')).publicKey, 'base64'), format: 'der', type: 'spki' });
const signed = { communityId: head.communityId, seq: head.seq, hash: head.hash, publishedAt: head.publishedAt };
if (!crypto.verify(null, Buffer.from(canonical(signed), 'utf8'), publicKey, Buffer.from(head.signature, 'base64'))) problems.push('the head\'s signature does not verify under the service\'s key');

if (problems.length) {
  for (const p of problems) console.log(`✗ ${p}`);
  process.exit(1);
}
console.log(`✓ community ${communityId}: ${chain.entries.length} entries verify; head seq ${head.seq} ${head.hash} signed by the service${args.head ? '; your head is in the chain' : ''}`);
