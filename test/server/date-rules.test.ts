import { checkinCode, CHECKIN_WINDOW_MS } from '../../server/src/modules/activities/checkin';
import { makeCommunity, makeStreet, makeUser, type TestUser } from './helpers/factories';
import { makePublished } from './helpers/disclosures';
import { hoursFrom, INSTANTS, type Instant } from './helpers/instants';
import { startTestServer, type TestServer } from './helpers/server';
import { makeAlliance, makeMerchant } from './campaigns-fixtures';

// Every rule that reads the time, run with the service's clock at each of the fixed instants: the
// real date of the machine running the suite plays no part.
describe.each(INSTANTS)('at $name', (inst: Instant) => {
  let ts: TestServer;
  let district: TestUser;
  const now = () => ts.clock.now();
  beforeAll(async () => {
    ts = await startTestServer({ now: inst.now });
    district = await makeUser(ts, { roles: ['district_admin'] });
  });
  afterAll(() => ts.close());

  /** Publishes through the API with the clock at `at`, then puts the clock back. */
  async function publishAt(at: string, o: Record<string, unknown> & { communityId: number }) {
    ts.clock.set(at);
    try {
      return await makePublished(ts, district, o);
    } finally {
      ts.clock.set(inst.now);
    }
  }
  const party = (period: string) => ({ category: 'party', subCategory: 'dues', title: '党费收缴使用情况', period, items: [] });

  it('compliance and the dashboard default to the latest periods already due; what is not due yet reads not_due, never missing', async () => {
    const { street } = await makeStreet(ts);
    const c1 = (await makeCommunity(ts, { streetId: street.id })).community;
    const c2 = (await makeCommunity(ts, { streetId: street.id })).community;
    // c1 published the due month's finance and the due quarter's party affairs in time (10 days
    // after each period ended, well before the 20th), and this month's finance early; c2 nothing.
    const [dy, dm] = inst.dueMonth.split('-').map(Number);
    await publishAt(new Date(Date.UTC(dy, dm, 10, 2)).toISOString(), { communityId: c1.id, period: inst.dueMonth });
    const [qy, q] = inst.dueQuarter.split('-Q').map(Number);
    await publishAt(new Date(Date.UTC(qy, q * 3, 10, 2)).toISOString(), { communityId: c1.id, ...party(inst.dueQuarter) });
    await makePublished(ts, district, { communityId: c1.id, period: inst.month });

    const compliance = (await ts.http.get(`/api/disclosure-compliance?streetId=${street.id}`).expect(200)).body;
    expect([compliance.period, compliance.quarter]).toEqual([inst.dueMonth, inst.dueQuarter]);
    const statuses = (c: { id: number }, body = compliance) =>
      Object.fromEntries(body.items.find((i: any) => i.communityId === c.id).categories.map((x: any) => [x.category, `${x.period} ${x.status}`]));
    expect(statuses(c1)).toEqual({ party: `${inst.dueQuarter} on_time`, affairs: `${inst.dueQuarter} missing`, finance: `${inst.dueMonth} on_time` });
    expect(statuses(c2)).toEqual({ party: `${inst.dueQuarter} missing`, affairs: `${inst.dueQuarter} missing`, finance: `${inst.dueMonth} missing` });

    const dashboard = (await ts.http.get(`/api/dashboard?streetId=${street.id}`).set(district.auth).expect(200)).body.disclosureCompliance;
    expect(dashboard).toEqual({
      period: inst.dueMonth, quarter: inst.dueQuarter, communities: 2,
      byCategory: {
        party: { on_time: 1, late: 0, missing: 1, not_due: 0 },
        affairs: { on_time: 0, late: 0, missing: 2, not_due: 0 },
        finance: { on_time: 1, late: 0, missing: 1, not_due: 0 },
      },
    });
    // The drill list of a figure, with the figure's two periods, holds exactly its communities.
    const drill = await ts.http.get(`/api/disclosure-compliance?streetId=${street.id}&period=${dashboard.period}&quarter=${dashboard.quarter}&category=party&status=missing`).expect(200);
    expect(drill.body.items.map((i: any) => i.communityId)).toEqual([c2.id]);

    // This month: nobody is late or missing yet; c1's early publication is on time.
    const thisMonth = (await ts.http.get(`/api/disclosure-compliance?streetId=${street.id}&period=${inst.month}`).expect(200)).body;
    expect(statuses(c1, thisMonth)).toMatchObject({ finance: `${inst.month} on_time`, affairs: expect.stringMatching(/ not_due$/) });
    expect(Object.values(statuses(c2, thisMonth)).every((s) => String(s).endsWith(' not_due'))).toBe(true);
    const upcoming = (await ts.http.get(`/api/dashboard?streetId=${street.id}&period=${inst.month}`).set(district.auth).expect(200)).body.disclosureCompliance;
    expect(upcoming.byCategory.finance).toEqual({ on_time: 1, late: 0, missing: 0, not_due: 1 });
    expect(upcoming.byCategory.affairs).toEqual({ on_time: 0, late: 0, missing: 0, not_due: 2 });
  });

  it('signs up until the deadline and not after it, and a check-in earns points in the year of Shanghai', async () => {
    const { organization } = await makeCommunity(ts);
    const admin = await makeUser(ts, { adminOf: organization.id });
    const member = await makeUser(ts, { memberOf: organization.id });
    const activity = async (deadlineHours: number) =>
      (await ts.http.post('/api/activities').set(admin.auth).send({
        organizationId: organization.id, kind: 'volunteer', title: '社区清洁志愿服务', description: '带好手套', location: { name: '社区广场' },
        startAt: hoursFrom(now(), 0.25), endAt: hoursFrom(now(), 3), signupDeadline: hoursFrom(now(), deadlineHours), capacity: 10, audience: 'public', points: 5,
      }).expect(201)).body.id as number;
    const closed = await activity(-0.1);
    expect((await ts.http.post(`/api/activities/${closed}/signups`).set(member.auth).send({}).expect(409)).body.error.code).toBe('SIGNUP_CLOSED');
    const open = await activity(0.1);
    expect((await ts.http.post(`/api/activities/${open}/signups`).set(member.auth).send({}).expect(201)).body.status).toBe('confirmed');

    // The check-in code of the clock's window is live; a code of the machine's real time is not (unless they coincide).
    const { token } = (await ts.http.post(`/api/activities/${open}/checkin-codes`).set(admin.auth).expect(200)).body;
    expect(token).toBe(checkinCode(ts.deps.config.checkinSecret, open, Math.floor(now().getTime() / CHECKIN_WINDOW_MS)).token);
    expect((await ts.http.post(`/api/activities/${open}/checkins`).set(member.auth).send({ token }).expect(200)).body.pointsAwarded).toBe(5);
    expect((await ts.http.get('/api/me/points').set(member.auth).expect(200)).body).toMatchObject({ year: inst.year, total: 5 });
    expect((await ts.http.get(`/api/me/points?year=${inst.year - 1}`).set(member.auth).expect(200)).body.total).toBe(0);
    const ranking = (await ts.http.get(`/api/points/ranking?organizationId=${organization.id}`).set(admin.auth).expect(200)).body;
    expect(ranking).toMatchObject({ year: inst.year, items: [{ userId: member.id, points: 5 }] });
  });

  it('a pair belongs to the year it was signed in Shanghai: one per community per year', async () => {
    const { street } = await makeStreet(ts);
    const [a, b, c] = [await makeCommunity(ts, { streetId: street.id }), await makeCommunity(ts, { streetId: street.id }), await makeCommunity(ts, { streetId: street.id })];
    const pair = (x: typeof a, y: typeof a, signedAt: string) =>
      ts.http.post('/api/partnerships').set(district.auth).send({ communityAId: x.community.id, communityBId: y.community.id, signedAt, agreementTitle: '联建共建合作协议' });
    expect((await pair(a, b, now().toISOString()).expect(201)).body.year).toBe(inst.year);
    // An hour earlier is the same year, except just after midnight on 1 January.
    const earlier = await pair(a, c, hoursFrom(now(), -1));
    expect(earlier.status).toBe(inst.yearBeganWithinTheHour ? 201 : 409);
  });

  it('a campaign is upcoming, running or ended by the clock; offers are claimed only while it runs', async () => {
    const alliance = await makeAlliance(ts);
    const merchant = await makeMerchant(ts, alliance);
    const campaign = async (startHours: number, endHours: number) =>
      (await ts.http.post('/api/campaigns').set(alliance.admin.auth).send({
        allianceId: alliance.id, title: '五一欢乐购物汇', description: '商圈联合优惠', enrollDeadline: hoursFrom(now(), endHours), startAt: hoursFrom(now(), startHours), endAt: hoursFrom(now(), endHours),
      }).expect(201)).body;
    expect((await campaign(1, 2)).phase).toBe('upcoming');
    expect((await campaign(-2, -1)).phase).toBe('ended');
    const running = await campaign(-1, 1);
    expect(running).toMatchObject({ phase: 'running', enrollOpen: true });
    const entry = await ts.http.post(`/api/campaigns/${running.id}/entries`).set(merchant.user.auth).send({ offerTitle: '满100减20', offerDetail: '全场通用', quota: 5 }).expect(201);
    await ts.http.post(`/api/campaigns/${running.id}/entries/${entry.body.id}/approve`).set(alliance.admin.auth).expect(200);
    const resident = await makeUser(ts);
    await ts.http.post(`/api/campaign-entries/${entry.body.id}/claims`).set(resident.auth).expect(201);
    ts.clock.set(hoursFrom(new Date(inst.now), 2));
    try {
      expect((await ts.http.get(`/api/campaigns/${running.id}`).expect(200)).body.phase).toBe('ended');
      const late = await ts.http.post(`/api/campaign-entries/${entry.body.id}/claims`).set((await makeUser(ts)).auth).expect(409);
      expect(late.body.error.code).toBe('CAMPAIGN_NOT_RUNNING');
    } finally {
      ts.clock.set(inst.now);
    }
  });
});
