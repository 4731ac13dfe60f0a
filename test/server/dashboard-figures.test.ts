import { Activity, Signup } from '../../server/src/modules/activities/entities';
import { Disclosure } from '../../server/src/modules/disclosures/entities';
import { activityBody } from './activities.fixtures';
import { makeCommunity, makeStreet, makeUser, type TestUser } from './helpers/factories';
import { makePublished } from './helpers/disclosures';
import { startTestServer, type TestServer } from './helpers/server';

// Disclosure compliance and activity participation on the dashboard, from rows this suite makes.
let ts: TestServer;
let district: TestUser;
let streetAdmin: TestUser;
let streetA: { id: number };
let streetB: { id: number };
const HOUR = 3600_000;
// A fixed instant, mid-month and mid-year: date-rules.test.ts runs the defaults at the edge instants.
const NOW = '2026-11-21T02:00:00Z';
const year = 2026;

/** Every row of a drill list, page by page; checks that total and rows agree. */
async function drill(path: string, auth: object = {}, key = 'id') {
  const items: Record<string, any>[] = [];
  let total = 0;
  for (let p = 1; ; p++) {
    const res = await ts.http.get(`${path}${path.includes('?') ? '&' : '?'}page=${p}&pageSize=2`).set(auth).expect(200);
    items.push(...res.body.items);
    total = res.body.total;
    if (items.length >= total || !res.body.items.length) break;
  }
  expect(new Set(items.map((i) => i[key])).size).toBe(total);
  return items;
}

beforeAll(async () => {
  ts = await startTestServer({ now: NOW });
  const db = ts.deps.db.manager;
  district = await makeUser(ts, { roles: ['district_admin'] });
  const a = await makeStreet(ts);
  const b = await makeStreet(ts);
  [streetA, streetB] = [a.street, b.street];
  streetAdmin = await makeUser(ts, { adminOf: a.organization.id });
  const c1 = await makeCommunity(ts, { streetId: a.street.id });
  const c2 = await makeCommunity(ts, { streetId: a.street.id });
  const c3 = await makeCommunity(ts, { streetId: b.street.id });

  // 2025-03 / 2025-Q1, both due 2025-04-20: published now is late; moved back to April 1st, on time.
  const publish = async (c: typeof c1, category: string, onTime: boolean) => {
    const extra = category === 'finance' ? {} : { subCategory: category === 'party' ? 'dues' : 'decisions', period: '2025-Q1', items: [] };
    const d = await makePublished(ts, district, { communityId: c.community.id, category, ...extra });
    if (onTime) await db.update(Disclosure, { id: d.id }, { publishedAt: new Date('2025-04-01T02:00:00Z') });
  };
  await publish(c1, 'finance', true);
  await publish(c1, 'party', false);
  await publish(c2, 'finance', false);
  await publish(c3, 'finance', true);
  await publish(c3, 'affairs', true);

  // Activities: held ones (past, published) with confirmed, waitlisted and checked-in sign-ups; and
  // ones that must not count (future, cancelled, last year). Past times are set on the rows.
  const users = await Promise.all(Array.from({ length: 4 }, () => makeUser(ts)));
  const activity = async (c: typeof c1, o: { startMs: number; audience?: string; cancelled?: boolean; confirmed: number; checkedIn: number; waitlisted?: number }) => {
    const res = await ts.http.post('/api/activities').set(district.auth).send(activityBody(c.organization.id, { audience: o.audience ?? 'public' })).expect(201);
    const startAt = new Date(ts.clock.now().getTime() + o.startMs);
    await db.update(Activity, { id: res.body.id }, { startAt, endAt: new Date(startAt.getTime() + HOUR), signupDeadline: startAt, status: o.cancelled ? 'cancelled' : 'published' });
    const rows = users.slice(0, o.confirmed + (o.waitlisted ?? 0)).map((u, i) => ({
      activityId: res.body.id, userId: u.id, status: i < o.confirmed ? ('confirmed' as const) : ('waitlisted' as const), checkedInAt: i < o.checkedIn ? startAt : null,
    }));
    if (rows.length) await db.insert(Signup, rows);
  };
  await activity(c1, { startMs: -3 * HOUR, confirmed: 3, checkedIn: 2, waitlisted: 1 });
  await activity(c2, { startMs: -3 * HOUR, audience: 'members', confirmed: 2, checkedIn: 2 });
  await activity(c3, { startMs: -3 * HOUR, confirmed: 1, checkedIn: 0 });
  await activity(c1, { startMs: 48 * HOUR, confirmed: 2, checkedIn: 0 });
  await activity(c1, { startMs: -3 * HOUR, cancelled: true, confirmed: 2, checkedIn: 1 });
  await activity(c3, { startMs: -400 * 24 * HOUR, confirmed: 4, checkedIn: 4 });
}, 60000);
afterAll(() => ts.close());

const dashboardOf = async (q: string, auth: object = district.auth) => (await ts.http.get(`/api/dashboard?${q}`).set(auth).expect(200)).body;

/** `q` without `period` and `year` (the dashboard's own are used). Each compliance figure against its drill rows and the disclosure rows; each participation figure against its activities and sign-up rows. */
async function expectTraceable(d: any, q: string, auth: object = {}) {
  const c = d.disclosureCompliance;
  const figurePeriods = `period=${c.period}&quarter=${c.quarter}`;
  const communities = await drill(`/api/disclosure-compliance?${q}&${figurePeriods}`, auth, 'communityId');
  expect(communities.length).toBe(c.communities);
  for (const [category, counts] of Object.entries<Record<string, number>>(c.byCategory)) {
    for (const [status, n] of Object.entries(counts)) {
      const rows = await drill(`/api/disclosure-compliance?${q}&${figurePeriods}&category=${category}&status=${status}`, auth, 'communityId');
      expect([category, status, rows.length]).toEqual([category, status, n]);
      expect(rows.every((r) => r.categories.find((x: any) => x.category === category).status === status)).toBe(true);
    }
    const [y, n] = c.quarter.split('-Q').map(Number);
    const periods = category === 'finance' ? [c.period] : [c.quarter, ...[1, 2, 3].map((i) => `${y}-${String((n - 1) * 3 + i).padStart(2, '0')}`)];
    const published = await ts.deps.db.manager
      .createQueryBuilder(Disclosure, 'd')
      .select('COUNT(DISTINCT d.communityId)', 'n')
      .where('d.communityId IN (:...ids) AND d.category = :category AND d.period IN (:...periods)', { ids: communities.map((r) => r.communityId), category, periods })
      .andWhere('d.status = :p AND d.originalId IS NULL', { p: 'published' })
      .getRawOne<{ n: string }>();
    expect([category, counts.on_time + counts.late]).toEqual([category, Number(published?.n)]);
  }
  const p = d.activityParticipation;
  const activities = await drill(`/api/activity-participation?${q}&year=${p.year}`, auth);
  expect(activities.length).toBe(p.held);
  expect(activities.reduce((n, a) => n + a.signups, 0)).toBe(p.signups);
  expect(activities.reduce((n, a) => n + a.checkIns, 0)).toBe(p.checkIns);
  const ids = activities.map((a) => a.id);
  const signupRows = ids.length ? await ts.deps.db.manager.createQueryBuilder(Signup, 's').where('s.activityId IN (:...ids) AND s.status = :c', { ids, c: 'confirmed' }).getMany() : [];
  expect([signupRows.length, signupRows.filter((s) => s.checkedInAt).length]).toEqual([p.signups, p.checkIns]);
}

describe('disclosure compliance and activity participation on the dashboard', () => {
  it('counts on_time / late / missing / not_due per category across the district, each count equal to its community rows and the disclosure rows', async () => {
    const d = await dashboardOf('period=2025-03');
    expect(d.disclosureCompliance).toEqual({
      period: '2025-03',
      quarter: '2025-Q1',
      communities: 3,
      byCategory: {
        party: { on_time: 0, late: 1, missing: 2, not_due: 0 },
        affairs: { on_time: 1, late: 0, missing: 2, not_due: 0 },
        finance: { on_time: 2, late: 1, missing: 0, not_due: 0 },
      },
    });
    await expectTraceable(d, '', district.auth);
  });

  it('defaults to the latest finance month and quarter already due (on 21 November: October and Q3)', async () => {
    const d = await dashboardOf('');
    const c = d.disclosureCompliance;
    expect([c.period, c.quarter]).toEqual(['2026-10', '2026-Q3']);
    await expectTraceable(d, '', district.auth);
    const compliance = await ts.http.get('/api/disclosure-compliance').expect(200);
    expect([compliance.body.period, compliance.body.quarter]).toEqual([c.period, c.quarter]);
    expect(compliance.body.items[0].categories.map((x: any) => x.period)).toEqual([c.quarter, c.quarter, c.period]);
  });

  it('counts held activities (past, not cancelled, this year), confirmed sign-ups, check-ins and the rate, each equal to its activity rows', async () => {
    const d = await dashboardOf('');
    expect(d.activityParticipation).toEqual({ year, held: 3, signups: 6, checkIns: 4, rate: 0.6667 });
    await expectTraceable(d, '', district.auth);
    const last = await dashboardOf(`year=${year - 1}`);
    expect(last.activityParticipation).toMatchObject({ year: year - 1, held: 1, signups: 4, checkIns: 4, rate: 1 });
    await expectTraceable(last, '', district.auth);
  });

  it('shows the public only public activities, in the figure and in its rows', async () => {
    const d = await dashboardOf('', {});
    expect(d.scope.level).toBe('public');
    expect(d.activityParticipation).toEqual({ year, held: 2, signups: 4, checkIns: 2, rate: 0.5 });
    await expectTraceable(d, '');
  });

  it("scopes both to a street: a street admin's own street, and the district admin picking a street", async () => {
    const mine = await dashboardOf('period=2025-03', streetAdmin.auth);
    expect(mine.scope).toMatchObject({ level: 'street', streetId: streetA.id });
    expect(mine.disclosureCompliance.byCategory.finance).toEqual({ on_time: 1, late: 1, missing: 0, not_due: 0 });
    expect(mine.activityParticipation).toEqual({ year, held: 2, signups: 5, checkIns: 4, rate: 0.8 });
    await expectTraceable(mine, `streetId=${streetA.id}`, streetAdmin.auth);
    const b = await dashboardOf(`streetId=${streetB.id}&period=2025-03`);
    expect(b.disclosureCompliance.byCategory).toMatchObject({ finance: { on_time: 1, late: 0, missing: 0 }, affairs: { on_time: 1 } });
    expect(b.activityParticipation).toMatchObject({ held: 1, signups: 1, checkIns: 0, rate: 0 });
    await expectTraceable(b, `streetId=${streetB.id}`, district.auth);
  });

  it('answers a null rate when no held activity had a confirmed sign-up', async () => {
    const d = await dashboardOf('year=2001');
    expect(d.activityParticipation).toEqual({ year: 2001, held: 0, signups: 0, checkIns: 0, rate: null });
  });

  it('refuses another street (403 OUT_OF_SCOPE), bad periods, years, categories and statuses (400), an unknown street (404)', async () => {
    expect((await ts.http.get(`/api/dashboard?streetId=${streetB.id}`).set(streetAdmin.auth).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    await ts.http.get('/api/dashboard?period=2025-Q1').set(district.auth).expect(400);
    await ts.http.get('/api/dashboard?year=1999').set(district.auth).expect(400);
    await ts.http.get('/api/disclosure-compliance?status=early').expect(400);
    await ts.http.get('/api/disclosure-compliance?quarter=2025-03').expect(400);
    await ts.http.get('/api/disclosure-compliance?category=sports&status=late').expect(400);
    await ts.http.get('/api/activity-participation?year=abc').expect(400);
    await ts.http.get('/api/activity-participation?streetId=999999').expect(404);
  });
});
