import { makeDraft, makePublished, recomputeContentHash } from './helpers/disclosures';
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
    expect(c.disclosures.months[0].categories).toEqual([
      expect.objectContaining({ category: 'finance', subCategory: 'income_expense', subCategoryLabel: '财务收支', status: 'on_time', rows: `/api/communities/${communityId}/disclosures?category=finance&subCategory=income_expense&period=2026-01` }),
    ]);
    expect(c.disclosures.months[1].categories[0].status).toBe('late');
    // Each sub-category the catalogue requires every quarter: the 党费 item alone leaves 发展党员 missing.
    expect(c.disclosures.quarters[0].categories.map((x: { subCategory: string; status: string }) => `${x.subCategory}:${x.status}`)).toEqual([
      'dues:late', 'member_development:missing', 'decisions:missing', 'relief:missing',
    ]);
    expect(c.disclosures.counts).toMatchObject({ on_time: { count: 1 }, late: { count: 2 }, missing: { count: 25 }, not_due: { count: 0 } });
    expect(c.letters).toMatchObject({ on_time: { count: 1 }, late: { count: 1 }, overdue: { count: 1 }, open: { count: 1 } });
    expect(c.questions).toMatchObject({ on_time: { count: 1 }, late: { count: 0 }, overdue: { count: 0 } });
    expect(c.satisfaction).toMatchObject({ satisfied: 0, unsatisfied: 1, rate: 0 });
    const head = (await ts.http.get(`/api/communities/${communityId}/disclosure-chain`).expect(200)).body.entries.at(-1);
    expect(c.chainHead).toEqual({ seq: head.seq, hash: head.hash, publishedAt: head.publishedAt });
  });

  it('opens the rows behind every figure, as many as the figure counts', async () => {
    const c = await card();
    const figures = [
      ...Object.values(c.disclosures.counts), ...Object.values(c.questions), ...Object.values(c.letters), c.major,
    ] as { count: number; rows: string }[];
    for (const f of figures) {
      const rows = (await ts.http.get(`${f.rows}&pageSize=100`).expect(200)).body;
      expect([f.rows, rows.total, rows.items.length]).toEqual([f.rows, f.count, f.count]);
    }
    const rated = (await ts.http.get(`${c.satisfaction.rows}&pageSize=100`).expect(200)).body;
    expect(rated.items).toEqual([expect.objectContaining({ kind: 'letter', title: '及时答的信', satisfied: false })]);
    const late = (await ts.http.get(`/api/communities/${communityId}/transparency/rows?figure=disclosures.late`).expect(200)).body.items;
    expect(late.map((r: { period: string; subCategory: string }) => `${r.subCategory}:${r.period}`).sort()).toEqual(['dues:2025-Q4', 'income_expense:2025-12']);
    const missing = (await ts.http.get(`/api/communities/${communityId}/transparency/rows?figure=disclosures.missing&pageSize=100`).expect(200)).body.items;
    expect(missing).toContainEqual(expect.objectContaining({ period: '2025-Q4', category: 'party', subCategory: 'member_development', subCategoryLabel: '发展党员', status: 'missing' }));
    // A month cell's own link lists the disclosures it counts.
    const onTime = (await ts.http.get(c.disclosures.months[0].categories[0].rows).expect(200)).body;
    expect(onTime.total).toBe(2);
    await ts.http.get(`/api/communities/${communityId}/transparency/rows?figure=bogus`).expect(400);
    await ts.http.get('/api/communities/987654/transparency').expect(404);
  });

  it('reads a community with nothing published as missing, with nothing to answer', async () => {
    const c = await card(quietId);
    expect(c.disclosures.counts).toMatchObject({ on_time: { count: 0 }, missing: { count: 28 } });
    expect(c.major).toMatchObject({ count: 0, dated: 0, averageDays: null, slowestDays: null });
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
    expect(street.items[0]).toMatchObject({ rank: 1, disclosures: { on_time: 1, late: 2, missing: 25 }, letters: { overdue: 1 }, card: `/api/communities/${communityId}/transparency` });
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

describe('compliance at sub-category level', () => {
  let id: number;
  let own: TestUser;
  beforeAll(async () => {
    const c = await makeCommunity(ts, { streetId });
    id = c.community.id;
    own = await makeUser(ts, { adminOf: c.organization.id });
    const quarterly = (category: string, subCategory: string, title: string) => makePublished(ts, own, { communityId: id, category, subCategory, period: '2025-Q4', items: [], title });
    // Before the fourth quarter's due date (20 January): 党费, 发展党员 and the meeting decisions.
    ts.clock.set('2026-01-10T02:00:00Z');
    try {
      await quarterly('party', 'dues', '四季度党费收缴使用');
      await quarterly('party', 'member_development', '四季度发展党员');
      const decisions = await quarterly('affairs', 'decisions', '四季度会议决定事项');
      // A correction is not a first publication: it never makes a missing sub-category on time.
      const fix = (await ts.http.post(`/api/disclosures/${decisions.id}/revisions`).set(own.auth).send({ reason: '归入救助慰问', subCategory: 'relief' }).expect(201)).body;
      await ts.http.post(`/api/disclosures/${fix.id}/publish`).set(own.auth).expect(200);
    } finally {
      ts.clock.set(NOW);
    }
    await quarterly('affairs', 'relief', '四季度救助慰问（补）');
  });

  it('counts each required sub-category: 党务 on time needs both 党费 and 发展党员, and one late 救助慰问 shows late', async () => {
    const c = await card(id);
    expect(c.disclosures.quarters[0].categories.map((x: { category: string; subCategory: string; status: string }) => `${x.category}.${x.subCategory}:${x.status}`)).toEqual([
      'party.dues:on_time', 'party.member_development:on_time', 'affairs.decisions:on_time', 'affairs.relief:late',
    ]);
    const lateRows = (await ts.http.get(`/api/communities/${id}/transparency/rows?figure=disclosures.late`).expect(200)).body.items;
    expect(lateRows).toEqual([expect.objectContaining({ period: '2025-Q4', category: 'affairs', subCategory: 'relief', subCategoryLabel: '救助慰问', status: 'late' })]);
    // A cell's link lists exactly its sub-category's disclosures of the period.
    const relief = c.disclosures.quarters[0].categories.find((x: { subCategory: string }) => x.subCategory === 'relief');
    const listed = (await ts.http.get(relief.rows).expect(200)).body.items;
    expect(listed.map((d: { title: string }) => d.title).sort()).toEqual(['四季度会议决定事项', '四季度救助慰问（补）']); // the published correction is filed under 救助慰问, yet did not make it on time
    // The compliance list gives the same per sub-category, beside the category's own first publication.
    const rows = (await ts.http.get(`/api/disclosure-compliance?streetId=${streetId}&quarter=2025-Q4&pageSize=100`).expect(200)).body.items;
    const affairs = rows.find((r: { communityId: number }) => r.communityId === id).categories.find((x: { category: string }) => x.category === 'affairs');
    expect(affairs).toMatchObject({ status: 'on_time', subCategories: [{ subCategory: 'decisions', status: 'on_time' }, { subCategory: 'relief', status: 'late' }] });
    const catalogue = (await ts.http.get('/api/disclosure-catalogue').expect(200)).body.categories;
    expect([catalogue.party.required, catalogue.affairs.required, catalogue.finance.required]).toEqual([['dues', 'member_development'], ['decisions', 'relief'], ['income_expense']]);
  });

  it('answers 400 to a sub-category filter that is not a code', async () => {
    await ts.http.get(`/api/communities/${id}/disclosures?subCategory=${encodeURIComponent('dues;--')}`).expect(400);
  });
});

describe('重大事项随时公开', () => {
  let id: number;
  let own: TestUser;
  beforeAll(async () => {
    const c = await makeCommunity(ts, { streetId });
    id = c.community.id;
    own = await makeUser(ts, { adminOf: c.organization.id });
  });
  const major = (o: Record<string, unknown>) => ({ category: 'affairs', subCategory: 'public_works', period: '2026-03', items: [], title: '社区道路改造工程立项', ...o });

  it('refuses a day of the matter without the flag, a day that does not exist, and one after the publication (400)', async () => {
    const post = (o: Record<string, unknown>) => ts.http.post('/api/disclosures').set(own.auth).send({ communityId: id, body: '内容', ...major(o) });
    expect((await post({ matterDate: '2026-02-20' }).expect(400)).body.error.details).toEqual([expect.objectContaining({ field: 'matterDate' })]);
    await post({ major: true, matterDate: '2026-02-30' }).expect(400);
    await post({ major: 'yes' }).expect(400);
    const ahead = await makeDraft(ts, own, { communityId: id, ...major({ major: true, matterDate: '2026-03-09' }) });
    const refused = await ts.http.post(`/api/disclosures/${ahead.id}/publish`).set(own.auth).expect(400);
    expect(refused.body.error.details).toEqual([expect.objectContaining({ field: 'matterDate' })]);
    await ts.http.delete(`/api/disclosures/${ahead.id}`).set(own.auth).expect(204);
  });

  it('counts major matters apart on the card, with the days from the matter to its publication, and lists them', async () => {
    const dated = await makePublished(ts, own, { communityId: id, ...major({ major: true, matterDate: '2026-02-25' }) });
    expect(dated).toMatchObject({ major: true, matterDate: '2026-02-25' });
    // Outside the content hash: the documented 13 keys still recompute it.
    expect(recomputeContentHash(dated)).toBe(dated.contentHash);
    // Flagged on a draft by an edit.
    const draft = await makeDraft(ts, own, { communityId: id, ...major({ title: '垃圾分类站点选址' }) });
    await ts.http.patch(`/api/disclosures/${draft.id}`).set(own.auth).send({ major: true }).expect(200);
    await ts.http.post(`/api/disclosures/${draft.id}/publish`).set(own.auth).expect(200);
    await makePublished(ts, own, { communityId: id, ...major({ title: '普通事项' }) });
    // A correction of a major matter is not a second one.
    const fix = (await ts.http.post(`/api/disclosures/${dated.id}/revisions`).set(own.auth).send({ reason: '补充金额' }).expect(201)).body;
    await ts.http.post(`/api/disclosures/${fix.id}/publish`).set(own.auth).expect(200);

    const c = await card(id);
    // Published on 2 March (Shanghai) for a matter of 25 February: 5 days.
    expect(c.major).toEqual({ count: 2, dated: 1, averageDays: 5, slowestDays: 5, rows: `/api/communities/${id}/transparency/rows?figure=major` });
    const rows = (await ts.http.get(c.major.rows).expect(200)).body;
    expect(rows.total).toBe(2);
    expect(rows.items).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'major', id: dated.id, matterDate: '2026-02-25', daysToPublish: 5 }),
      expect.objectContaining({ kind: 'major', id: draft.id, matterDate: null, daysToPublish: null }),
    ]));
    const list = (await ts.http.get(`/api/communities/${id}/disclosures?pageSize=100`).expect(200)).body.items;
    expect(list.filter((d: { major: boolean }) => d.major).map((d: { title: string }) => d.title).sort()).toEqual(['垃圾分类站点选址', '社区道路改造工程立项']);
    const street = (await ts.http.get(`/api/streets/${streetId}/transparency`).expect(200)).body.items.find((r: { communityId: number }) => r.communityId === id);
    expect(street.major).toEqual({ count: 2, dated: 1, averageDays: 5, slowestDays: 5 });
  });
});
