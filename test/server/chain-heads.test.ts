import crypto from 'node:crypto';
import { makeCommunity, makeUser, type TestUser } from './helpers/factories';
import { canonical, makePublished } from './helpers/disclosures';
import { startTestServer, type TestServer } from './helpers/server';

let ts: TestServer;
let admin: TestUser;
let communityId: number;
let quiet: number;
beforeAll(async () => {
  ts = await startTestServer({ now: '2026-05-01T02:00:00Z' }); // 10:00 on 1 May in Shanghai
  const c = await makeCommunity(ts);
  communityId = c.community.id;
  quiet = (await makeCommunity(ts)).community.id;
  admin = await makeUser(ts, { adminOf: c.organization.id });
});
afterAll(() => ts.close());

type Head = { communityId: number; seq: number; hash: string; publishedAt: string | null; signature: string };
const heads = async (date: string) => (await ts.http.get(`/api/disclosure-chain/heads?date=${date}`).expect(200)).body as { date: string; asOf: string; publicKey: string; heads: Head[] };
const headOf = (day: { heads: Head[] }, id: number) => day.heads.find((h) => h.communityId === id)!;

describe('the daily head export', () => {
  it('answers every community\'s signed head as it stood at the end of a day, the same on later days', async () => {
    await makePublished(ts, admin, { communityId, period: '2026-03', title: '2026年3月财务收支公开' });
    ts.clock.set('2026-05-02T03:00:00Z'); // the next day
    await makePublished(ts, admin, { communityId, period: '2026-04', title: '2026年4月财务收支公开' });
    const chain = (await ts.http.get(`/api/communities/${communityId}/disclosure-chain`).expect(200)).body;

    const first = await heads('2026-05-01');
    expect(first).toMatchObject({ date: '2026-05-01', asOf: '2026-05-01T16:00:00.000Z' }); // midnight in Shanghai
    expect(headOf(first, communityId)).toMatchObject({ seq: 1, hash: chain.entries[0].hash, publishedAt: chain.entries[0].publishedAt });
    expect(headOf(first, quiet)).toMatchObject({ seq: 0, hash: '0'.repeat(64), publishedAt: null });
    const today = await heads('2026-05-02');
    expect(headOf(today, communityId)).toMatchObject({ seq: 2, hash: chain.entries[1].hash });
    expect(Date.parse(today.asOf)).toBeLessThanOrEqual(ts.clock.now().getTime());
    // The same as the community's own head now, and every head verifies under the published key.
    const own = (await ts.http.get(`/api/communities/${communityId}/disclosure-chain/head`).expect(200)).body;
    expect(headOf(today, communityId)).toEqual(own);
    const key = crypto.createPublicKey({ key: Buffer.from(today.publicKey, 'base64'), format: 'der', type: 'spki' });
    for (const h of [...first.heads, ...today.heads]) {
      const signed = Buffer.from(canonical({ communityId: h.communityId, seq: h.seq, hash: h.hash, publishedAt: h.publishedAt }), 'utf8');
      expect(crypto.verify(null, signed, key, Buffer.from(h.signature, 'base64'))).toBe(true);
    }
    ts.clock.set('2026-05-09T03:00:00Z');
    expect(headOf(await heads('2026-05-01'), communityId)).toEqual(headOf(first, communityId));
  });

  it('refuses a day that has not begun, one that does not exist, or none, with 400', async () => {
    for (const date of ['2026-05-10', '2026-02-30', '2026-5-1', 'yesterday', '']) {
      const res = await ts.http.get(`/api/disclosure-chain/heads?date=${date}`).expect(400);
      expect(res.body.error.code).toBe('INVALID_INPUT');
    }
    await ts.http.get('/api/disclosure-chain/heads').expect(400);
  });
});
