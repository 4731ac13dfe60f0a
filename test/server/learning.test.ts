import { makeCommunity, makeDistrict, makeUser, type TestUser } from './helpers/factories';
import { pngBytes } from './helpers/disclosures';
import { startTestServer, type TestServer } from './helpers/server';

let ts: TestServer;
let districtId: number;
let communityOrg: number;
let otherOrg: number;
let districtAdmin: TestUser;
let admin: TestUser;
let otherAdmin: TestUser;
let member: TestUser;
beforeAll(async () => {
  ts = await startTestServer({ now: '2026-04-10T01:00:00Z' });
  districtId = (await makeDistrict(ts)).id;
  communityOrg = (await makeCommunity(ts)).organization.id;
  otherOrg = (await makeCommunity(ts)).organization.id;
  districtAdmin = await makeUser(ts, { roles: ['district_admin'] });
  admin = await makeUser(ts, { adminOf: communityOrg });
  otherAdmin = await makeUser(ts, { adminOf: otherOrg });
  member = await makeUser(ts, { memberOf: communityOrg });
});
afterAll(() => ts.close());

const course = (o: Record<string, unknown> = {}) => ({ organizationId: communityOrg, title: '流动党校：学党章', body: '第一课：党章总纲。', videoUrls: ['https://example.org/v/1'], ...o });
const publish = (body: Record<string, unknown>, user = admin) => ts.http.post('/api/courses').set(user.auth).send(body);

describe('publishing a course', () => {
  it('answers 201 with the course, its images and attachments, and records the audit', async () => {
    const up = await ts.http.post('/api/files').set(admin.auth).attach('file', pngBytes(), { filename: 'a.png', contentType: 'image/png' }).expect(201);
    const res = await publish(course({ imageIds: [up.body.id], attachmentIds: [up.body.id], points: 3 })).expect(201);
    expect(res.body).toMatchObject({ title: '流动党校：学党章', points: 3, studiedAt: null, videoUrls: ['https://example.org/v/1'], images: [{ id: up.body.id }], attachments: [{ id: up.body.id }] });
    const audit = await ts.http.get(`/api/admin/audit-logs?entityType=course&entityId=${res.body.id}`).set(admin.auth).expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'course.publish', actorId: admin.id })]);
  });

  it('refuses a member with 403 FORBIDDEN and an admin of another organisation with 403 OUT_OF_SCOPE', async () => {
    expect((await publish(course(), member).expect(403)).body.error.code).toBe('FORBIDDEN');
    expect((await publish(course(), otherAdmin).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
  });

  it('refuses bad input with 400 and files that do not exist with 400 FILE_NOT_FOUND', async () => {
    await publish(course({ title: '' })).expect(400);
    await publish(course({ videoUrls: ['javascript:alert(1)'] })).expect(400);
    expect((await publish(course({ imageIds: [999999] })).expect(400)).body.error.code).toBe('FILE_NOT_FOUND');
    await ts.http.post('/api/courses').send(course()).expect(401);
  });
});

describe('studying a course', () => {
  it("lists the courses of the member's organisation and those above it, not another community's", async () => {
    const own = (await publish(course({ title: '本社区课程' })).expect(201)).body.id;
    const above = (await publish(course({ organizationId: districtId, title: '全区春季轮训' }), districtAdmin).expect(201)).body.id;
    const elsewhere = (await publish(course({ organizationId: otherOrg, title: '别的社区' }), otherAdmin).expect(201)).body.id;
    const ids = (await ts.http.get('/api/courses?pageSize=100').set(member.auth).expect(200)).body.items.map((c: { id: number }) => c.id);
    expect(ids).toEqual(expect.arrayContaining([own, above]));
    expect(ids).not.toContain(elsewhere);
    const byOrg = (await ts.http.get(`/api/courses?organizationId=${otherOrg}&pageSize=100`).expect(200)).body.items.map((c: { id: number }) => c.id);
    expect(byOrg).toEqual(expect.arrayContaining([elsewhere, above]));
    expect(byOrg).not.toContain(own);
  });

  it('marks it studied once under 10 parallel taps: one 201, the rest 200, one ledger entry of source course', async () => {
    const id = (await publish(course({ points: 2, title: '并发学习' })).expect(201)).body.id;
    const taps = await Promise.all(Array.from({ length: 10 }, () => ts.http.post(`/api/courses/${id}/completions`).set(member.auth)));
    expect(taps.filter((r) => r.status === 201)).toHaveLength(1);
    expect(taps.filter((r) => r.status === 200)).toHaveLength(9);
    expect(new Set(taps.map((r) => r.body.studiedAt)).size).toBe(1);
    expect(taps.map((r) => r.body.pointsAwarded).sort()).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    const points = (await ts.http.get('/api/me/points?pageSize=100').set(member.auth).expect(200)).body;
    expect(points.entries.filter((e: { source: { type: string; id: number } }) => e.source.type === 'course' && e.source.id === id)).toEqual([
      expect.objectContaining({ delta: 2, reason: '学习课程「并发学习」' }),
    ]);
    expect(points.rules.find((r: { code: string }) => r.code === 'study')).toMatchObject({ used: 2 });
    expect((await ts.http.get(`/api/courses/${id}`).set(member.auth).expect(200)).body.studiedAt).toBe(taps[0].body.studiedAt);
  });

  it('refuses a member of another subtree with 403 NOT_IN_AUDIENCE and a non-member with 403 NOT_MEMBER', async () => {
    const id = (await publish(course({ organizationId: otherOrg }), otherAdmin).expect(201)).body.id;
    expect((await ts.http.post(`/api/courses/${id}/completions`).set(member.auth).expect(403)).body.error.code).toBe('NOT_IN_AUDIENCE');
    expect((await ts.http.post(`/api/courses/${id}/completions`).set((await makeUser(ts)).auth).expect(403)).body.error.code).toBe('NOT_MEMBER');
    await ts.http.post('/api/courses/999999/completions').set(member.auth).expect(404);
  });

  it("pays under the study rule only up to its yearly cap (30): the course is studied, the points past the cap are not paid", async () => {
    const m = await makeUser(ts, { memberOf: communityOrg });
    const paid = [];
    for (let i = 0; i < 4; i++) {
      const id = (await publish(course({ points: 10, title: `封顶${i}` })).expect(201)).body.id;
      paid.push((await ts.http.post(`/api/courses/${id}/completions`).set(m.auth).expect(201)).body.pointsAwarded);
    }
    expect(paid).toEqual([10, 10, 10, 0]);
    expect((await ts.http.get('/api/me/points').set(m.auth).expect(200)).body.total).toBe(30);
  });
});

describe('who studied what', () => {
  it('lists the members of the subtree with when they studied, with the counts; studied=false leaves the rest', async () => {
    const id = (await publish(course({ title: '统计' })).expect(201)).body.id;
    const second = await makeUser(ts, { memberOf: communityOrg });
    await ts.http.post(`/api/courses/${id}/completions`).set(second.auth).expect(201);
    const report = (await ts.http.get(`/api/courses/${id}/completions?pageSize=100`).set(admin.auth).expect(200)).body;
    expect(report.members).toBeGreaterThanOrEqual(2);
    expect(report.studied).toBe(1);
    expect(report.items.find((r: { studiedAt: string | null }) => r.studiedAt)).toMatchObject({ organizationId: communityOrg, name: '测试党员' });
    const rest = (await ts.http.get(`/api/courses/${id}/completions?studied=false&pageSize=100`).set(admin.auth).expect(200)).body;
    expect(rest.total).toBe(report.members - 1);
    expect(rest.items.every((r: { studiedAt: string | null }) => r.studiedAt === null)).toBe(true);
    const desk = (await ts.http.get('/api/admin/courses').set(admin.auth).expect(200)).body.items.map((c: { id: number }) => c.id);
    expect(desk).toContain(id);
  });

  it('refuses the report to an admin of another organisation (OUT_OF_SCOPE) and to a member (FORBIDDEN)', async () => {
    const id = (await publish(course()).expect(201)).body.id;
    expect((await ts.http.get(`/api/courses/${id}/completions`).set(otherAdmin.auth).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    expect((await ts.http.get(`/api/courses/${id}/completions`).set(member.auth).expect(403)).body.error.code).toBe('FORBIDDEN');
    expect((await ts.http.get('/api/admin/courses').set(member.auth).expect(403)).body.error.code).toBe('FORBIDDEN');
  });
});
