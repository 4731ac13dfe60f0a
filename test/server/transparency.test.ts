import { makePublished } from './helpers/disclosures';
import { makeCommunity, makeStreet, makeUser, type TestUser } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

let ts: TestServer;
let communityId: number;
let quietId: number;
let streetId: number;
let admin: TestUser;
let resident: TestUser;
const NOW = '2026-03-02T02:00:00Z';
const DAY = 24 * 3600_000;

const write = async (title: string) => (await ts.http.post('/api/letters').set(resident.auth).send({ communityId, category: 'suggestion', title, content: '建议', public: true }).expect(201)).body.id;
const reply = (id: number) => ts.http.post(`/api/letters/${id}/reply`).set(admin.auth).send({ content: '已办理' }).expect(200);

beforeAll(async () => {
  // Mid-February: January's finance disclosure is published on time (due 20 February).
  ts = await startTestServer({ now: '2026-02-10T02:00:00Z' });
  const { street } = await makeStreet(ts);
  streetId = street.id;
  const c = await makeCommunity(ts, { streetId });
  communityId = c.community.id;
  quietId = (await makeCommunity(ts, { streetId })).community.id;
  admin = await makeUser(ts, { adminOf: c.organization.id });
  resident = await makeUser(ts);
  await makePublished(ts, admin, { communityId, period: '2026-01' });
  const question = await makePublished(ts, admin, { communityId, period: '2026-01', title: '一月补充公开' });
  const asked = (await ts.http.post(`/api/disclosures/${question.id}/questions`).set(resident.auth).send({ content: '这笔收入从哪来？' }).expect(201)).body.id;
  await ts.http.post(`/api/questions/${asked}/reply`).set(admin.auth).send({ content: '租金' }).expect(200);
  const late = await write('晚答的信');
  const overdue = await write('没人答的信');
  const rated = await write('及时答的信');
  await reply(rated);
  await ts.http.post(`/api/letters/${rated}/rating`).set(resident.auth).send({ satisfied: false, comment: '还没修好' }).expect(201);
  // Three weeks on: December's finance and the fourth quarter's party disclosure come late; one letter is answered late.
  ts.clock.set(NOW);
  await makePublished(ts, admin, { communityId, period: '2025-12' });
  await makePublished(ts, admin, { communityId, category: 'party', subCategory: 'dues', period: '2025-Q4', items: [], title: '四季度党费' });
  await reply(late);
  void overdue;
  await write('刚来的信');
});
afterAll(() => ts.close());

const card = async (id = communityId) => (await ts.http.get(`/api/communities/${id}/transparency`).expect(200)).body;

describe('the transparency card', () => {
  it('shows each of the last 12 due months and 4 due quarters, on time / late / missing', async () => {
    const c = await card();
    expect(c.disclosures.months.map((m: { period: string }) => m.period)).toEqual([
      '2026-01', '2025-12', '2025-11', '2025-10', '2025-09', '2025-08', '2025-07', '2025-06', '2025-05', '2025-04', '2025-03', '2025-02',
    ]);
    expect(c.disclosures.quarters.map((q: { period: string }) => q.period)).toEqual(['2025-Q4', '2025-Q3', '2025-Q2', '2025-Q1']);
    expect(c.disclosures.months[0].categories).toEqual([expect.objectContaining({ category: 'finance', status: 'on_time', rows: `/api/communities/${communityId}/disclosures?category=finance&period=2026-01` })]);
    expect(c.disclosures.months[1].categories[0].status).toBe('late');
    expect(c.disclosures.quarters[0].categories.map((x: { status: string }) => x.status)).toEqual(['late', 'missing']);
    expect(c.disclosures.counts).toMatchObject({ on_time: { count: 1 }, late: { count: 2 }, missing: { count: 17 }, not_due: { count: 0 } });
    expect(c.letters).toMatchObject({ on_time: { count: 1 }, late: { count: 1 }, overdue: { count: 1 }, open: { count: 1 } });
    expect(c.questions).toMatchObject({ on_time: { count: 1 }, late: { count: 0 }, overdue: { count: 0 } });
    expect(c.satisfaction).toMatchObject({ satisfied: 0, unsatisfied: 1, rate: 0 });
    const head = (await ts.http.get(`/api/communities/${communityId}/disclosure-chain`).expect(200)).body.entries.at(-1);
    expect(c.chainHead).toEqual({ seq: head.seq, hash: head.hash, publishedAt: head.publishedAt });
  });

  it('opens the rows behind every figure, as many as the figure counts', async () => {
    const c = await card();
    const figures = [
      ...Object.values(c.disclosures.counts), ...Object.values(c.questions), ...Object.values(c.letters),
    ] as { count: number; rows: string }[];
    for (const f of figures) {
      const rows = (await ts.http.get(`${f.rows}&pageSize=100`).expect(200)).body;
      expect([f.rows, rows.total, rows.items.length]).toEqual([f.rows, f.count, f.count]);
    }
    const rated = (await ts.http.get(`${c.satisfaction.rows}&pageSize=100`).expect(200)).body;
    expect(rated.items).toEqual([expect.objectContaining({ kind: 'letter', title: '及时答的信', satisfied: false })]);
    const late = (await ts.http.get(`/api/communities/${communityId}/transparency/rows?figure=disclosures.late`).expect(200)).body.items;
    expect(late.map((r: { period: string; category: string }) => `${r.category}:${r.period}`).sort()).toEqual(['finance:2025-12', 'party:2025-Q4']);
    // A month cell's own link lists the disclosures it counts.
    const onTime = (await ts.http.get(c.disclosures.months[0].categories[0].rows).expect(200)).body;
    expect(onTime.total).toBe(2);
    await ts.http.get(`/api/communities/${communityId}/transparency/rows?figure=bogus`).expect(400);
    await ts.http.get('/api/communities/987654/transparency').expect(404);
  });

  it('reads a community with nothing published as missing, with nothing to answer', async () => {
    const c = await card(quietId);
    expect(c.disclosures.counts).toMatchObject({ on_time: { count: 0 }, missing: { count: 20 } });
    expect(c.chainHead).toBeNull();
    expect(c.record).toEqual({ disclosureOnTimeRate: 0, answeredOnTimeRate: null, overdue: 0 });
  });

  it('moves its window with the clock: before a due date the period is not on the card yet', async () => {
    ts.clock.set('2026-02-10T02:00:00Z');
    try {
      // The fourth quarter of 2025 was due on 20 January; January's finance is not due until 20 February.
      const c = await card(quietId);
      expect(c.disclosures.months[0].period).toBe('2025-12');
    } finally {
      ts.clock.set(NOW);
    }
  });
});

describe('the roll-up', () => {
  it('ranks a street’s communities by their record, the same figures as each card', async () => {
    const street = (await ts.http.get(`/api/streets/${streetId}/transparency`).expect(200)).body;
    expect(street.items.map((r: { communityId: number }) => r.communityId)).toEqual([communityId, quietId]);
    expect(street.items[0]).toMatchObject({ rank: 1, disclosures: { on_time: 1, late: 2, missing: 17 }, letters: { overdue: 1 }, card: `/api/communities/${communityId}/transparency` });
    const district = (await ts.http.get('/api/transparency').expect(200)).body;
    expect(district.items.filter((r: { streetId: number }) => r.streetId === streetId)).toHaveLength(2);
    await ts.http.get('/api/streets/987654/transparency').expect(404);
  });

  it('counts a letter overdue for everyone once 10 days pass', async () => {
    ts.clock.set(new Date(Date.parse(NOW) + 11 * DAY));
    try {
      expect((await card()).letters.overdue.count).toBe(2);
    } finally {
      ts.clock.set(NOW);
    }
  });
});
