import { Activity, Signup } from '../../server/src/modules/activities/entities';
import { PartyMember } from '../../server/src/modules/members/entities';
import { activityBody } from './activities.fixtures';
import { makeCommunity, makeUser, type TestUser } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

// Recording meetings with the roll's attendance, who sees what of them, and every refusal.
const NOW = '2026-11-10T02:00:00Z';
let ts: TestServer;
let org: { id: number };
let admin: TestUser;
let member: TestUser;
let roll: { id: number; name: string }[];

const meeting = (o: Record<string, unknown> = {}) => ({
  organizationId: org.id, kind: 'branch_committee', title: '11月支委会', heldAt: '2026-11-05T11:00:00+08:00', agenda: '研究本月工作', minutes: '会议研究了本月党员活动安排。', ...o,
});

beforeAll(async () => {
  ts = await startTestServer({ now: NOW });
  const c = await makeCommunity(ts);
  org = c.organization;
  admin = await makeUser(ts, { adminOf: org.id });
  member = await makeUser(ts, { memberOf: org.id });
  const db = ts.deps.db.manager;
  await db.insert(PartyMember, [1, 2, 3].map((i) => ({ name: `名册党员${i}`, phone: `1380000100${i}`, organizationId: org.id })));
  roll = (await db.find(PartyMember, { where: { organizationId: org.id }, order: { id: 'ASC' } })).map((p) => ({ id: p.id, name: p.name }));
});
afterAll(() => ts.close());

describe('recording a meeting', () => {
  it('records attendance for the whole roll: the named are present, the rest absent with their reasons; audited', async () => {
    const [me, a, b, c] = roll;
    const res = await ts.http.post('/api/meetings').set(admin.auth).send(meeting({ attendeeMemberIds: [me.id, a.id], absences: [{ memberId: b.id, reason: '外出务工请假' }] })).expect(201);
    expect(res.body).toMatchObject({ kind: 'branch_committee', period: '2026-11', presentCount: 2, absentCount: 2 });
    expect(res.body.attendance).toEqual([
      { memberId: me.id, name: me.name, present: true, absenceReason: null },
      { memberId: a.id, name: a.name, present: true, absenceReason: null },
      { memberId: b.id, name: b.name, present: false, absenceReason: '外出务工请假' },
      { memberId: c.id, name: c.name, present: false, absenceReason: null },
    ]);
    const audit = await ts.http.get(`/api/admin/audit-logs?entityType=meeting&entityId=${res.body.id}`).set(admin.auth).expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'meeting.record', actorId: admin.id })]);
  });

  it('takes attendance from an activity\'s check-ins when it was run as one', async () => {
    const db = ts.deps.db.manager;
    const created = await ts.http.post('/api/activities').set(admin.auth).send(activityBody(org.id, { kind: 'org_life_meeting', audience: 'members' })).expect(201);
    await db.update(Activity, { id: created.body.id }, { startAt: new Date('2026-11-08T01:00:00Z'), endAt: new Date('2026-11-08T03:00:00Z') });
    const resident = await makeUser(ts);
    await db.insert(Signup, [
      { activityId: created.body.id, userId: member.id, status: 'confirmed', checkedInAt: new Date('2026-11-08T01:05:00Z') },
      { activityId: created.body.id, userId: resident.id, status: 'confirmed', checkedInAt: new Date('2026-11-08T01:06:00Z') },
    ]);
    const res = await ts.http.post('/api/meetings').set(admin.auth).send(meeting({ kind: 'party_lecture', title: '党课', activityId: created.body.id })).expect(201);
    expect(res.body).toMatchObject({ activityId: created.body.id, period: '2026-Q4', presentCount: 1, absentCount: 3 });
    expect(res.body.attendance.filter((x: any) => x.present).map((x: any) => x.memberId)).toEqual([roll[0].id]);
  });

  it('a make-up meeting counts for the earlier period it names', async () => {
    const res = await ts.http.post('/api/meetings').set(admin.auth).send(meeting({ kind: 'org_life', period: '2025', attendeeMemberIds: [roll[0].id] })).expect(201);
    expect(res.body.period).toBe('2025');
  });

  it.each([
    ['a meeting not yet held', { heldAt: '2026-11-11T09:00:00+08:00', attendeeMemberIds: [] }, 'heldAt', 'INVALID_INPUT'],
    ['a period of another cadence', { period: '2026-Q4', attendeeMemberIds: [] }, 'period', 'INVALID_INPUT'],
    ['a period after the meeting', { period: '2026-12', attendeeMemberIds: [] }, 'period', 'INVALID_INPUT'],
    ['an attendee off the roll', { attendeeMemberIds: [999999] }, 'attendeeMemberIds', 'NOT_ON_ROLL'],
    ['an absence of someone present', { attendeeMemberIds: [1], absences: [{ memberId: 1, reason: '请假' }] }, 'absences', 'NOT_ON_ROLL'],
    ['neither attendees nor an activity', {}, 'attendeeMemberIds', 'INVALID_INPUT'],
    ['an unknown kind', { kind: 'tea_party', attendeeMemberIds: [] }, 'kind', 'INVALID_INPUT'],
    ['a photo that is no file', { attendeeMemberIds: [], photoFileIds: [999999] }, 'photoFileIds', 'FILE_NOT_FOUND'],
  ])('refuses %s with 400, recording nothing', async (_, o, field, code) => {
    const body = meeting(o as Record<string, unknown>);
    if (field === 'absences') Object.assign(body, { attendeeMemberIds: [roll[1].id], absences: [{ memberId: roll[1].id, reason: '请假' }] });
    const before = (await ts.http.get(`/api/meetings?organizationId=${org.id}`).set(admin.auth).expect(200)).body.total;
    const res = await ts.http.post('/api/meetings').set(admin.auth).send(body).expect(400);
    expect(res.body.error).toMatchObject({ code, details: [expect.objectContaining({ field })] });
    expect((await ts.http.get(`/api/meetings?organizationId=${org.id}`).set(admin.auth).expect(200)).body.total).toBe(before);
  });

  it('refuses an activity of another organisation (400 ACTIVITY_ELSEWHERE) and an unknown organisation (404)', async () => {
    const other = await makeCommunity(ts);
    const created = await ts.http.post('/api/activities').set((await makeUser(ts, { adminOf: other.organization.id })).auth).send(activityBody(other.organization.id)).expect(201);
    const res = await ts.http.post('/api/meetings').set(admin.auth).send(meeting({ activityId: created.body.id })).expect(400);
    expect(res.body.error.code).toBe('ACTIVITY_ELSEWHERE');
    const district = await makeUser(ts, { roles: ['district_admin'] });
    await ts.http.post('/api/meetings').set(district.auth).send(meeting({ organizationId: 999999, attendeeMemberIds: [] })).expect(404);
  });

  it('refuses a resident (403 FORBIDDEN) and the admin of another community (403 OUT_OF_SCOPE)', async () => {
    const resident = await makeUser(ts);
    expect((await ts.http.post('/api/meetings').set(resident.auth).send(meeting({ attendeeMemberIds: [] })).expect(403)).body.error.code).toBe('FORBIDDEN');
    const other = await makeCommunity(ts);
    const stranger = await makeUser(ts, { adminOf: other.organization.id });
    expect((await ts.http.post('/api/meetings').set(stranger.auth).send(meeting({ attendeeMemberIds: [] })).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    await ts.http.post('/api/meetings').send(meeting({ attendeeMemberIds: [] })).expect(401);
  });
});

describe('reading meetings', () => {
  it('a member sees their own attendance only; the admin sees every name', async () => {
    const mine = (await ts.http.get('/api/me/meetings').set(member.auth).expect(200)).body;
    expect(mine.items.map((m: any) => [m.kind, m.present])).toEqual([['org_life', true], ['party_lecture', true], ['branch_committee', true]]); // same day: the latest recorded first
    expect(mine).toMatchObject({ total: 3, present: 3, absent: 0 });
    const one = (await ts.http.get(`/api/meetings/${mine.items[0].id}`).set(member.auth).expect(200)).body;
    expect(one).toMatchObject({ present: true, absenceReason: null });
    expect(one.attendance).toBeUndefined();
    const full = (await ts.http.get(`/api/meetings/${mine.items[0].id}`).set(admin.auth).expect(200)).body;
    expect(full.attendance).toHaveLength(4);
  });

  it('refuses a meeting to a resident (FORBIDDEN), an admin elsewhere (OUT_OF_SCOPE) and my attendance to a non-member (NOT_A_MEMBER)', async () => {
    const id = (await ts.http.get(`/api/meetings?organizationId=${org.id}`).set(admin.auth).expect(200)).body.items[0].id;
    const resident = await makeUser(ts);
    expect((await ts.http.get(`/api/meetings/${id}`).set(resident.auth).expect(403)).body.error.code).toBe('FORBIDDEN');
    const stranger = await makeUser(ts, { adminOf: (await makeCommunity(ts)).organization.id });
    expect((await ts.http.get(`/api/meetings/${id}`).set(stranger.auth).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    expect((await ts.http.get('/api/me/meetings').set(resident.auth).expect(403)).body.error.code).toBe('NOT_A_MEMBER');
    expect((await ts.http.get('/api/meetings').set(resident.auth).expect(403)).body.error.code).toBe('FORBIDDEN');
    expect((await ts.http.get('/api/meetings').set(stranger.auth).expect(200)).body.total).toBe(0);
    await ts.http.get('/api/meetings/999999').set(admin.auth).expect(404);
  });
});
