import { makeCommunity, makeStreet, makeUser, type TestUser } from './helpers/factories';
import { hoursFrom, INSTANTS, type Instant } from './helpers/instants';
import { startTestServer, type TestServer } from './helpers/server';

/**
 * What meeting compliance must answer at each fixed instant, written out by hand: the latest month
 * (支委会, 党小组会: due by the month's end), quarter (党员大会, 党课: by the quarter's end) and year
 * (组织生活会, 民主评议: by the end of the next March) already due in Shanghai.
 */
const DUE: Record<string, { month: string; quarter: string; year: string }> = {
  '2026-12-01T02:00:00Z': { month: '2026-11', quarter: '2026-Q3', year: '2025' },
  '2026-11-20T16:30:00Z': { month: '2026-10', quarter: '2026-Q3', year: '2025' },
  '2026-10-01T02:00:00Z': { month: '2026-09', quarter: '2026-Q3', year: '2025' },
  '2026-12-31T15:30:00Z': { month: '2026-11', quarter: '2026-Q3', year: '2025' },
  '2026-12-31T16:30:00Z': { month: '2026-12', quarter: '2026-Q4', year: '2025' },
};

describe.each(INSTANTS)('meeting compliance at $name', (inst: Instant) => {
  let ts: TestServer;
  let district: TestUser;
  const due = DUE[inst.now];
  beforeAll(async () => {
    ts = await startTestServer({ now: inst.now });
    district = await makeUser(ts, { roles: ['district_admin'] });
  });
  afterAll(() => ts.close());

  const record = (organizationId: number, o: Record<string, unknown>) =>
    ts.http.post('/api/meetings').set(district.auth).send({ organizationId, title: '会议', agenda: '议程', minutes: '纪要', attendeeMemberIds: [], ...o }).expect(201);
  /** 10:00 Shanghai on the 3rd of a month `2026-11`, or of a quarter's first month. */
  const early = (period: string) => {
    const [y, rest] = period.split('-');
    const month = rest.startsWith('Q') ? (Number(rest[1]) - 1) * 3 + 1 : Number(rest);
    return new Date(Date.UTC(Number(y), month - 1, 3, 2)).toISOString();
  };

  it('defaults to the latest periods already due: on time, late (a make-up), missing; this month nothing is missing yet', async () => {
    const { street } = await makeStreet(ts);
    const c1 = (await makeCommunity(ts, { streetId: street.id })).organization;
    const c2 = (await makeCommunity(ts, { streetId: street.id })).organization;
    await record(c1.id, { kind: 'branch_committee', heldAt: early(due.month) });
    await record(c1.id, { kind: 'party_lecture', heldAt: early(due.quarter) });
    // The 2025 组织生活会 made up after its deadline (31 March 2026): late.
    await record(c1.id, { kind: 'org_life', heldAt: '2026-05-10T02:00:00Z', period: '2025' });

    const body = (await ts.http.get(`/api/meeting-compliance?streetId=${street.id}`).expect(200)).body;
    expect([body.period, body.quarter, body.year]).toEqual([due.month, due.quarter, due.year]);
    const statuses = (id: number, b = body) => Object.fromEntries(b.items.find((i: any) => i.organizationId === id).kinds.map((k: any) => [k.kind, `${k.period} ${k.status} ${k.held}`]));
    expect(statuses(c1.id)).toEqual({
      branch_committee: `${due.month} on_time 1`, group: `${due.month} missing 0`, branch_general: `${due.quarter} missing 0`,
      party_lecture: `${due.quarter} on_time 1`, org_life: '2025 late 1', democratic_review: '2025 missing 0',
    });
    expect(Object.values(statuses(c2.id)).every((s) => String(s).endsWith(' missing 0'))).toBe(true);

    const summary = (await ts.http.get(`/api/meeting-compliance/summary?streetId=${street.id}`).expect(200)).body;
    expect(summary).toMatchObject({ period: due.month, organizations: 2, orgLifeByGroup: { rural: { organizations: 2, held: 1 } } });
    expect(summary.byKind.org_life).toEqual({ on_time: 0, late: 1, missing: 1, not_due: 0 });
    expect(summary.byKind.branch_committee).toEqual({ on_time: 1, late: 0, missing: 1, not_due: 0 });
    expect(summary.streets).toEqual([expect.objectContaining({ streetId: street.id, organizations: 2 })]);
    const drill = (await ts.http.get(`/api/meeting-compliance?streetId=${street.id}&kind=org_life&status=late`).expect(200)).body;
    expect(drill.items.map((i: any) => i.organizationId)).toEqual([c1.id]);

    // The dashboard's figure is the same summary, and each of its counts opens exactly its rows.
    const figure = (await ts.http.get(`/api/dashboard?streetId=${street.id}`).set(district.auth).expect(200)).body.meetingCompliance;
    expect(figure).toEqual(summary);
    for (const [kind, counts] of Object.entries(figure.byKind as Record<string, Record<string, number>>)) {
      for (const [status, n] of Object.entries(counts)) {
        const rows = await ts.http.get(`/api/meeting-compliance?streetId=${street.id}&period=${figure.period}&quarter=${figure.quarter}&year=${figure.year}&kind=${kind}&status=${status}`).expect(200);
        expect([kind, status, rows.body.total]).toEqual([kind, status, n]);
      }
    }

    // A meeting 20 minutes ago counts for this month in Shanghai (on 1 January at 00:30 that is already January).
    const now = await record(c1.id, { kind: 'branch_committee', heldAt: hoursFrom(ts.clock.now(), -1 / 3) });
    expect(now.body.period).toBe(inst.month);
    const thisMonth = (await ts.http.get(`/api/meeting-compliance?streetId=${street.id}&period=${inst.month}`).expect(200)).body;
    expect(statuses(c1.id, thisMonth).branch_committee).toBe(`${inst.month} on_time 1`);
    expect(Object.values(statuses(c2.id, thisMonth)).every((s) => String(s).endsWith(' not_due 0'))).toBe(true);
  });

  it('answers 400 for a malformed period and 404 for an unknown organisation', async () => {
    for (const q of ['period=2026-13', 'quarter=2026-Q5', 'year=26', 'status=late2', 'kind=tea']) {
      expect((await ts.http.get(`/api/meeting-compliance?${q}`).expect(400)).body.error.code).toBe('INVALID_INPUT');
    }
    await ts.http.get('/api/meeting-compliance?organizationId=999999').expect(404);
    await ts.http.get('/api/meeting-compliance/summary?streetId=999999').expect(404);
  });
});
