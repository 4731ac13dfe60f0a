import crypto from 'node:crypto';
import { sha256Hex } from '../../../src/features/disclosures/verify/sha256';
import { canonical, chainVerifies, GENESIS_HASH } from '../../../src/features/disclosures/verify/chain';

const nodeSha = (s: string) => crypto.createHash('sha256').update(s, 'utf8').digest('hex');

describe("the app's own SHA-256", () => {
  it.each(['', 'abc', '城阳村社区 2025年3月财务收支公开 ¥1,234.56', '😀 emoji', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), '长'.repeat(1000)])('agrees with Node for %j', (s) => {
    expect(sha256Hex(s)).toBe(nodeSha(s));
  });
});

describe('chain verification in the app', () => {
  const entry = (communityId: number, seq: number, prevHash: string) => {
    const fields = { communityId, seq, disclosureId: seq * 10, contentHash: nodeSha(`c${seq}`), prevHash, publishedAt: '2025-04-08T02:00:00.000Z' };
    return { ...fields, hash: nodeSha(canonical(fields)) };
  };
  const chainOf = (n: number) => {
    const entries = [];
    let prev = GENESIS_HASH;
    for (let i = 1; i <= n; i++) {
      const e = entry(7, i, prev);
      entries.push(e);
      prev = e.hash;
    }
    return { communityId: 7, verified: true, length: n, problems: [], entries };
  };

  it('accepts a chain it recomputes', () => {
    expect(chainVerifies(chainOf(3))).toBe(true);
  });

  it('refuses a chain with a changed entry, even when the server says verified', () => {
    const chain = chainOf(3);
    chain.entries[1] = { ...chain.entries[1], contentHash: nodeSha('changed') };
    expect(chainVerifies(chain)).toBe(false);
  });
});

describe('a withdrawn disclosure in the app', () => {
  const fields = { communityId: 7, seq: 1, disclosureId: 10, contentHash: nodeSha('the content before'), prevHash: GENESIS_HASH, publishedAt: '2025-04-08T02:00:00.000Z' };
  const chain = { communityId: 7, verified: true, length: 1, problems: [], entries: [{ ...fields, hash: nodeSha(canonical(fields)) }] };
  const withdrawn = (o: Record<string, unknown>) =>
    ({ id: 10, status: 'withdrawn', title: '（已依法撤回）', body: '', items: [], attachments: [], contentHash: fields.contentHash, withdrawal: { reason: '含个人信息', withdrawnAt: '2025-05-01T00:00:00.000Z' }, ...o }) as unknown as Parameters<typeof chainVerifies>[1];

  it('verifies by the contentHash recorded at publication and the public reason', () => {
    expect(chainVerifies(chain, withdrawn({}))).toBe(true);
  });

  it('does not verify without the reason, or with another contentHash', () => {
    expect(chainVerifies(chain, withdrawn({ withdrawal: null }))).toBe(false);
    expect(chainVerifies(chain, withdrawn({ contentHash: nodeSha('other') }))).toBe(false);
  });
});
