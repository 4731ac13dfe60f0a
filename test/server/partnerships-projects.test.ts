import { makeCommunity, makeUser, type TestUser } from './helpers/factories';
import { uploadPng } from './helpers/disclosures';
import { startTestServer, type TestServer } from './helpers/server';

let ts: TestServer;
let district: TestUser;
beforeAll(async () => {
  ts = await startTestServer();
  district = await makeUser(ts, { roles: ['district_admin'] });
});
afterAll(() => ts.close());

const projectBody = { title: '红岛海鲜产供销共同体', category: 'income', description: '优先提供交易摊位' };

/** A pair of two fresh communities and the admin of its second one (the project owner below). */
async function pairWithOwnerAdmin() {
  const a = (await makeCommunity(ts)).community;
  const b = (await makeCommunity(ts)).community;
  const pair = (await ts.http.post('/api/partnerships').set(district.auth).send({ communityAId: a.id, communityBId: b.id, signedAt: '2020-07-14', agreementTitle: '合作协议' }).expect(201)).body;
  return { pair, a, b, ownerAdmin: await makeUser(ts, { adminOf: b.organizationId }), otherAdmin: await makeUser(ts, { adminOf: a.organizationId }) };
}

describe('partnership projects', () => {
  it('adds a planned project owned by one side, moves it forward with notes and shows the timeline', async () => {
    const { pair, b, ownerAdmin } = await pairWithOwnerAdmin();
    const created = await ts.http.post(`/api/partnerships/${pair.id}/projects`).set(ownerAdmin.auth)
      .send({ ...projectBody, ownerCommunityId: b.id, plannedStart: '2020-08-01', plannedEnd: '2020-12-31' }).expect(201);
    expect(created.body).toMatchObject({ partnershipId: pair.id, status: 'planned', ownerCommunityId: b.id, ownerCommunity: { id: b.id, name: b.name }, plannedStart: '2020-08-01', plannedEnd: '2020-12-31', startedAt: null, progress: [] });
    const id = created.body.id;

    const photo = await uploadPng(ts, ownerAdmin);
    expect((await ts.http.post(`/api/partnership-projects/${id}/progress`).set(ownerAdmin.auth).send({ note: '照片', photoFileIds: [photo.id + 1000] }).expect(400)).body.error.code).toBe('FILE_NOT_FOUND');
    await ts.http.patch(`/api/partnership-projects/${id}`).set(ownerAdmin.auth).send({ status: 'started', photoFileIds: [photo.id + 1000] }).expect(400);
    const started = await ts.http.patch(`/api/partnership-projects/${id}`).set(ownerAdmin.auth).send({ status: 'started', progressNote: '首批海鲜进场', photoFileIds: [photo.id] }).expect(200);
    expect(started.body).toMatchObject({ status: 'started', startedAt: expect.any(String) });
    await ts.http.post(`/api/partnership-projects/${id}/progress`).set(ownerAdmin.auth).send({ note: '交易额过百万', happenedAt: '2020-09-01' }).expect(201);
    const done = await ts.http.patch(`/api/partnership-projects/${id}`).set(ownerAdmin.auth).send({ status: 'completed' }).expect(200);
    expect(done.body.progress.map((g: { note: string; status: string | null }) => [g.note, g.status])).toEqual([
      ['交易额过百万', null],
      ['首批海鲜进场', 'started'],
      ['项目已完成', 'completed'],
    ]);
    expect(done.body.progress[1]).toMatchObject({ photoFileIds: [photo.id], photoUrls: [photo.url] });
    const inPair = await ts.http.get(`/api/partnerships/${pair.id}`).expect(200);
    expect(inPair.body.projects).toEqual([expect.objectContaining({ id, status: 'completed' })]);
    const audit = await ts.http.get(`/api/admin/audit-logs?entityType=partnership_project&entityId=${id}`).set(ownerAdmin.auth).expect(200);
    expect(audit.body.items.map((x: { action: string }) => x.action)).toEqual([
      'partnership_project.status', 'partnership_project.progress', 'partnership_project.status', 'partnership_project.create',
    ]);
  });

  it('owns a project by the first community when none is named', async () => {
    const { pair, a } = await pairWithOwnerAdmin();
    const res = await ts.http.post(`/api/partnerships/${pair.id}/projects`).set(district.auth).send(projectBody).expect(201);
    expect(res.body.ownerCommunityId).toBe(a.id);
  });

  it('answers 409 STATUS_NOT_FORWARD when a status would move backwards or stay', async () => {
    const { pair, b, ownerAdmin } = await pairWithOwnerAdmin();
    const { id } = (await ts.http.post(`/api/partnerships/${pair.id}/projects`).set(ownerAdmin.auth).send({ ...projectBody, ownerCommunityId: b.id }).expect(201)).body;
    expect((await ts.http.patch(`/api/partnership-projects/${id}`).set(ownerAdmin.auth).send({ status: 'planned' }).expect(409)).body.error.code).toBe('STATUS_NOT_FORWARD');
    await ts.http.patch(`/api/partnership-projects/${id}`).set(ownerAdmin.auth).send({ status: 'completed' }).expect(200);
    const back = await ts.http.patch(`/api/partnership-projects/${id}`).set(ownerAdmin.auth).send({ status: 'started' }).expect(409);
    expect(back.body.error).toMatchObject({ code: 'STATUS_NOT_FORWARD', details: { from: 'completed', to: 'started' } });
    expect((await ts.http.get(`/api/partnership-projects/${id}`).expect(200)).body.status).toBe('completed');
  });

  it('moves a project once when the same move arrives many times at once', async () => {
    const { pair, b, ownerAdmin } = await pairWithOwnerAdmin();
    const { id } = (await ts.http.post(`/api/partnerships/${pair.id}/projects`).set(ownerAdmin.auth).send({ ...projectBody, ownerCommunityId: b.id }).expect(201)).body;
    const results = await Promise.all(Array.from({ length: 6 }, () => ts.http.patch(`/api/partnership-projects/${id}`).set(ownerAdmin.auth).send({ status: 'started' })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    expect((await ts.http.get(`/api/partnership-projects/${id}`).expect(200)).body.progress).toHaveLength(1);
  });

  it("refuses the other side's admin (403 OUT_OF_SCOPE), a resident (403 FORBIDDEN) and no token (401)", async () => {
    const { pair, b, ownerAdmin, otherAdmin } = await pairWithOwnerAdmin();
    const resident = await makeUser(ts);
    const body = { ...projectBody, ownerCommunityId: b.id };
    expect((await ts.http.post(`/api/partnerships/${pair.id}/projects`).set(otherAdmin.auth).send(body).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    expect((await ts.http.post(`/api/partnerships/${pair.id}/projects`).set(resident.auth).send(body).expect(403)).body.error.code).toBe('FORBIDDEN');
    await ts.http.post(`/api/partnerships/${pair.id}/projects`).send(body).expect(401);
    const { id } = (await ts.http.post(`/api/partnerships/${pair.id}/projects`).set(ownerAdmin.auth).send(body).expect(201)).body;
    for (const [method, path, send] of [['patch', `/api/partnership-projects/${id}`, { status: 'started' }], ['post', `/api/partnership-projects/${id}/progress`, { note: '进展' }]] as const) {
      expect((await ts.http[method](path).set(otherAdmin.auth).send(send).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
      expect((await ts.http[method](path).set(resident.auth).send(send).expect(403)).body.error.code).toBe('FORBIDDEN');
      await ts.http[method](path).send(send).expect(401);
    }
  });

  it('answers 404 for an unknown pair or project and 400 for bad input', async () => {
    const { pair, ownerAdmin } = await pairWithOwnerAdmin();
    await ts.http.post('/api/partnerships/999999/projects').set(district.auth).send(projectBody).expect(404);
    await ts.http.get('/api/partnership-projects/999999').expect(404);
    await ts.http.patch('/api/partnership-projects/999999').set(district.auth).send({ status: 'started' }).expect(404);
    await ts.http.post('/api/partnership-projects/999999/progress').set(district.auth).send({ note: 'x' }).expect(404);
    const bad = await ts.http.post(`/api/partnerships/${pair.id}/projects`).set(ownerAdmin.auth).send({ title: '', category: 'tourism', description: 'x', plannedStart: '2020-09-01', plannedEnd: '2020-08-01' }).expect(400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['category', 'title']);
    const dates = await ts.http.post(`/api/partnerships/${pair.id}/projects`).set(ownerAdmin.auth).send({ ...projectBody, plannedStart: '2020-09-01', plannedEnd: '2020-08-01' }).expect(400);
    expect(dates.body.error.details).toEqual([expect.objectContaining({ field: 'plannedEnd' })]);
    const stranger = (await makeCommunity(ts)).community;
    expect((await ts.http.post(`/api/partnerships/${pair.id}/projects`).set(district.auth).send({ ...projectBody, ownerCommunityId: stranger.id }).expect(400)).body.error.code).toBe('NOT_IN_PARTNERSHIP');
    const { id } = (await ts.http.post(`/api/partnerships/${pair.id}/projects`).set(district.auth).send(projectBody).expect(201)).body;
    await ts.http.patch(`/api/partnership-projects/${id}`).set(district.auth).send({ status: 'finished' }).expect(400);
    await ts.http.post(`/api/partnership-projects/${id}/progress`).set(district.auth).send({ note: '', photoFileIds: ['a'] }).expect(400);
  });
});
