import { makeCommunity, makeStreet, makeUser, type TestUser } from './helpers/factories';
import { uploadPng } from './helpers/disclosures';
import { startTestServer, type TestServer } from './helpers/server';

// 责任清单 with overdue tasks, ratings → rectification → close, and every refusal.
const NOW = '2026-11-10T02:00:00Z';
const DAY = 24 * 3600_000;
let ts: TestServer;
let street: { id: number };
let streetOrg: { id: number };
let community: { id: number };
let org: { id: number };
let streetAdmin: TestUser;
let admin: TestUser;
let stranger: TestUser;
let strangerOrg: { id: number };
let resident: TestUser;
const days = (n: number) => new Date(new Date(NOW).getTime() + n * DAY).toISOString();

beforeAll(async () => {
  ts = await startTestServer({ now: NOW });
  const s = await makeStreet(ts);
  [street, streetOrg] = [s.street, s.organization];
  const c = await makeCommunity(ts, { streetId: street.id });
  [community, org] = [c.community, c.organization];
  streetAdmin = await makeUser(ts, { adminOf: streetOrg.id });
  admin = await makeUser(ts, { adminOf: org.id });
  strangerOrg = (await makeCommunity(ts)).organization;
  stranger = await makeUser(ts, { adminOf: strangerOrg.id });
  resident = await makeUser(ts);
});
afterAll(() => ts.close());

const newList = async (organizationId: number, year = 2026, as = admin) =>
  (await ts.http.post('/api/task-lists').set(as.auth).send({ organizationId, year, title: `${year}年党建责任清单` }).expect(201)).body;
const addTask = async (listId: number, dueAt: string, as = admin) =>
  (await ts.http.post(`/api/task-lists/${listId}/tasks`).set(as.auth).send({ title: '按月召开支委会', owner: '社区党委书记', dueAt }).expect(201)).body;

describe('responsibility lists', () => {
  it('holds tasks with owner and due date; overdue follows the clock; progress with evidence is kept; the street sees every list and what is late', async () => {
    const agreement = await uploadPng(ts, admin);
    const list = (await ts.http.post('/api/task-lists').set(admin.auth).send({ organizationId: org.id, year: 2026, title: '2026年党建责任清单', agreementFileId: agreement.id }).expect(201)).body;
    expect(list).toMatchObject({ kind: 'responsibility', agreement: { id: agreement.id, url: agreement.url }, tasks: [], overdueCount: 0 });
    const late = await addTask(list.id, days(-1));
    const soon = await addTask(list.id, days(2));
    expect([late.overdue, soon.overdue]).toEqual([true, false]);
    const other = await makeCommunity(ts, { streetId: street.id });
    const otherList = await newList(other.organization.id, 2026, streetAdmin);
    await addTask(otherList.id, days(5), streetAdmin);

    const overdue = (await ts.http.get(`/api/tasks?streetId=${street.id}&overdue=true`).expect(200)).body;
    expect(overdue.items.map((t: any) => t.id)).toEqual([late.id]);
    const lists = (await ts.http.get(`/api/task-lists?streetId=${street.id}&year=2026`).expect(200)).body;
    expect(lists.items.map((l: any) => [l.id, l.taskCount, l.overdueCount])).toEqual([[list.id, 2, 1], [otherList.id, 1, 0]]);

    // Three days on, the second task is overdue too.
    ts.clock.set(days(3));
    try {
      expect((await ts.http.get(`/api/tasks?organizationId=${org.id}&overdue=true`).expect(200)).body.total).toBe(2);
    } finally {
      ts.clock.set(NOW);
    }

    // The dashboard's task figures for the street, each the total of its drill list.
    const district = await makeUser(ts, { roles: ['district_admin'] });
    const figure = (await ts.http.get(`/api/dashboard?streetId=${street.id}&year=2026`).set(district.auth).expect(200)).body.tasks;
    expect(figure).toEqual({ tasks: 3, done: 0, open: 3, overdue: 1 });
    expect((await ts.http.get(`/api/tasks?streetId=${street.id}&year=2026&overdue=true`).expect(200)).body.total).toBe(figure.overdue);
    expect((await ts.http.get(`/api/tasks?streetId=${street.id}&year=2026&status=open`).expect(200)).body.total).toBe(figure.open);

    const evidence = await uploadPng(ts, admin);
    const done = (await ts.http.patch(`/api/tasks/${late.id}`).set(admin.auth).send({ progress: '本月支委会已召开', status: 'done', evidence: [evidence.id] }).expect(200)).body;
    expect(done).toMatchObject({ status: 'done', overdue: false, progress: '本月支委会已召开', evidence: [{ id: evidence.id }], updates: [{ status: 'done', evidence: [{ id: evidence.id }] }] });
    expect(Math.abs(Date.parse(done.doneAt) - Date.parse(NOW))).toBeLessThan(60_000);
    expect((await ts.http.get(`/api/tasks?organizationId=${org.id}&overdue=true`).expect(200)).body.total).toBe(0);
    const audit = await ts.http.get(`/api/admin/audit-logs?entityType=task&entityId=${late.id}`).set(admin.auth).expect(200);
    expect(audit.body.items.map((a: any) => a.action).sort()).toEqual(['task.create', 'task.update']);
  });

  it('one list per organisation and year (409); bad input is 400 and changes nothing', async () => {
    const list = await newList(org.id, 2025);
    expect((await ts.http.post('/api/task-lists').set(admin.auth).send({ organizationId: org.id, year: 2025, title: '又一份' }).expect(409)).body.error.code).toBe('DUPLICATE');
    for (const body of [{ title: '', owner: 'a', dueAt: days(1) }, { title: 't', owner: 'a', dueAt: '明天' }, { title: 't', owner: 'a', dueAt: days(1), extra: 1 }]) {
      await ts.http.post(`/api/task-lists/${list.id}/tasks`).set(admin.auth).send(body).expect(400);
    }
    const task = await addTask(list.id, days(1));
    await ts.http.patch(`/api/tasks/${task.id}`).set(admin.auth).send({ progress: 'x', status: 'finished' }).expect(400);
    expect((await ts.http.patch(`/api/tasks/${task.id}`).set(admin.auth).send({ progress: 'x', status: 'done', evidence: [999999] }).expect(400)).body.error.code).toBe('FILE_NOT_FOUND');
    expect((await ts.http.get(`/api/tasks/${task.id}`).expect(200)).body).toMatchObject({ status: 'open', updates: [] });
    expect((await ts.http.get(`/api/task-lists/${list.id}`).expect(200)).body.tasks).toHaveLength(1);
    await ts.http.get('/api/task-lists/999999').expect(404);
  });

  it('refuses a resident (FORBIDDEN) and an admin elsewhere (OUT_OF_SCOPE) for every write', async () => {
    const list = await newList(org.id, 2024);
    const task = await addTask(list.id, days(1));
    const writes = [
      () => ts.http.post('/api/task-lists').send({ organizationId: org.id, year: 2023, title: '清单' }),
      () => ts.http.patch(`/api/task-lists/${list.id}`).send({ title: '改名' }),
      () => ts.http.post(`/api/task-lists/${list.id}/tasks`).send({ title: 't', owner: 'o', dueAt: days(1) }),
      () => ts.http.patch(`/api/tasks/${task.id}`).send({ progress: 'p', status: 'done' }),
    ];
    for (const write of writes) {
      expect((await write().set(resident.auth).expect(403)).body.error.code).toBe('FORBIDDEN');
      expect((await write().set(stranger.auth).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    }
    expect((await ts.http.get(`/api/task-lists/${list.id}`).expect(200)).body).toMatchObject({ title: '2024年党建责任清单', tasks: [{ status: 'open' }] });
  });
});

describe('ratings and rectification', () => {
  it('a weak rating by the street opens one rectification (many at once), followed until the street closes it; the history stays', async () => {
    const target = (await makeCommunity(ts, { streetId: street.id })).organization;
    const targetAdmin = await makeUser(ts, { adminOf: target.id });
    await ts.http.put(`/api/organizations/${target.id}/rating`).set(streetAdmin.auth).send({ year: 2025, level: 'good', reason: '完成年度目标' }).expect(200);
    const results = await Promise.all(Array.from({ length: 8 }, () => ts.http.put(`/api/organizations/${target.id}/rating`).set(streetAdmin.auth).send({ year: 2026, level: 'weak', reason: '组织生活不规范' })));
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
    const lists = (await ts.http.get(`/api/task-lists?organizationId=${target.id}&kind=rectification`).expect(200)).body;
    expect(lists.total).toBe(1);
    const listId = lists.items[0].id;
    expect(results.map((r) => r.body.rectification?.taskListId)).toEqual(Array(8).fill(listId));
    expect((await ts.http.get(`/api/organizations/${target.id}`).expect(200)).body.rating).toBe('weak');

    // Nothing to close yet, then the organisation's own admin works the tasks; only the street closes.
    expect((await ts.http.post(`/api/task-lists/${listId}/close`).set(streetAdmin.auth).expect(409)).body.error.code).toBe('NO_TASKS');
    const t1 = await addTask(listId, days(30), targetAdmin);
    const t2 = await addTask(listId, days(-1), streetAdmin);
    expect((await ts.http.get(`/api/tasks?organizationId=${target.id}&overdue=true&kind=rectification`).expect(200)).body.items.map((t: any) => t.id)).toEqual([t2.id]);
    await ts.http.patch(`/api/tasks/${t1.id}`).set(targetAdmin.auth).send({ progress: '班子已调整', status: 'done' }).expect(200);
    expect((await ts.http.post(`/api/task-lists/${listId}/close`).set(streetAdmin.auth).expect(409)).body.error.code).toBe('TASKS_OPEN');
    await ts.http.patch(`/api/tasks/${t2.id}`).set(targetAdmin.auth).send({ progress: '组织生活已规范', status: 'done' }).expect(200);
    expect((await ts.http.post(`/api/task-lists/${listId}/close`).set(targetAdmin.auth).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    const closed = (await ts.http.post(`/api/task-lists/${listId}/close`).set(streetAdmin.auth).expect(200)).body;
    expect(closed).toMatchObject({ taskCount: 2, doneCount: 2, overdueCount: 0 });
    expect(Math.abs(Date.parse(closed.closedAt) - Date.parse(NOW))).toBeLessThan(60_000);
    expect((await ts.http.get(`/api/organizations/${target.id}`).expect(200)).body.rating).toBe('normal');
    expect((await ts.http.post(`/api/task-lists/${listId}/close`).set(streetAdmin.auth).expect(409)).body.error.code).toBe('ALREADY_CLOSED');
    expect((await ts.http.post(`/api/task-lists/${listId}/tasks`).set(streetAdmin.auth).send({ title: 't', owner: 'o', dueAt: days(1) }).expect(409)).body.error.code).toBe('LIST_CLOSED');

    const history = (await ts.http.get(`/api/organizations/${target.id}/ratings`).set(targetAdmin.auth).expect(200)).body;
    expect(history.total).toBe(9);
    expect(history.items.at(-1)).toMatchObject({ year: 2025, level: 'good', rectification: null });
    expect(history.items[0]).toMatchObject({ year: 2026, level: 'weak' });
    const inScope = (await ts.http.get(`/api/ratings?level=weak&organizationId=${target.id}`).set(streetAdmin.auth).expect(200)).body;
    expect(inScope.items.find((r: any) => r.rectification)).toMatchObject({ rectification: { taskListId: listId, taskCount: 2, doneCount: 2 } });
    expect((await ts.http.get('/api/ratings').set(stranger.auth).expect(200)).body.total).toBe(0);
    const audit = await ts.http.get(`/api/admin/audit-logs?entityType=task_list&entityId=${listId}`).set(streetAdmin.auth).expect(200);
    expect(audit.body.items.map((a: any) => a.action)).toContain('rectification.close');
  });

  it('only the level above rates: the organisation itself and another street are OUT_OF_SCOPE, a resident FORBIDDEN, the top has no parent; a future year is 400', async () => {
    const rate = (id: number, as: TestUser, body: object = { year: 2026, level: 'weak', reason: '理由' }) => ts.http.put(`/api/organizations/${id}/rating`).set(as.auth).send(body);
    expect((await rate(org.id, admin).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    expect((await rate(org.id, stranger).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    expect((await rate(org.id, resident).expect(403)).body.error.code).toBe('FORBIDDEN');
    expect((await rate(org.id, streetAdmin, { year: 2027, level: 'good', reason: '理由' }).expect(400)).body.error.details[0].field).toBe('year');
    await rate(org.id, streetAdmin, { year: 2026, level: 'bad', reason: '理由' }).expect(400);
    const district = await makeUser(ts, { roles: ['district_admin'] });
    const top = (await ts.http.get('/api/organizations').expect(200)).body.items.find((o: any) => o.parentId === null);
    expect((await rate(top.id, district).expect(409)).body.error.code).toBe('NO_PARENT');
    expect((await ts.http.get(`/api/organizations/${org.id}/ratings`).set(stranger.auth).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    expect((await ts.http.get('/api/ratings').set(resident.auth).expect(403)).body.error.code).toBe('FORBIDDEN');
    expect((await ts.http.get(`/api/organizations/${org.id}/ratings`).set(streetAdmin.auth).expect(200)).body.total).toBe(0);
  });
});

describe('contact points and monthly scheduling', () => {
  it('the street assigns officials; visits are recorded by the official; who has not visited this quarter is listed', async () => {
    const official = await makeUser(ts);
    const second = await makeCommunity(ts, { streetId: street.id });
    const a = (await ts.http.post('/api/contact-points').set(streetAdmin.auth).send({ userId: official.id, communityId: community.id }).expect(201)).body;
    const b = (await ts.http.post('/api/contact-points').set(streetAdmin.auth).send({ userId: official.id, communityId: second.community.id }).expect(201)).body;
    expect((await ts.http.post('/api/contact-points').set(streetAdmin.auth).send({ userId: official.id, communityId: community.id }).expect(409)).body.error.code).toBe('DUPLICATE');
    await ts.http.post(`/api/contact-points/${a.id}/visits`).set(official.auth).send({ visitedAt: days(-2), subject: '督导三会一课', followUps: '补齐会议记录' }).expect(201);
    // A visit last quarter does not count for this one.
    await ts.http.post(`/api/contact-points/${b.id}/visits`).set(streetAdmin.auth).send({ visitedAt: '2026-09-20T02:00:00Z', subject: '督导', followUps: '无' }).expect(201);
    expect((await ts.http.post(`/api/contact-points/${a.id}/visits`).set(official.auth).send({ visitedAt: days(1), subject: '督导', followUps: '无' }).expect(400)).body.error.details[0].field).toBe('visitedAt');
    expect((await ts.http.post(`/api/contact-points/${a.id}/visits`).set(resident.auth).send({ visitedAt: days(-1), subject: '督导', followUps: '无' }).expect(403)).body.error.code).toBe('FORBIDDEN');

    const all = (await ts.http.get(`/api/contact-points?streetId=${street.id}`).set(streetAdmin.auth).expect(200)).body;
    expect(all.items.map((p: any) => [p.communityId, p.quarter, p.visitsInQuarter])).toEqual([[community.id, '2026-Q4', 1], [second.community.id, '2026-Q4', 0]]);
    const notVisited = (await ts.http.get(`/api/contact-points?streetId=${street.id}&notVisited=true`).set(streetAdmin.auth).expect(200)).body;
    expect(notVisited.items.map((p: any) => [p.communityId, p.lastVisitAt])).toEqual([[second.community.id, '2026-09-20T02:00:00.000Z']]);
    expect((await ts.http.get(`/api/contact-points/${a.id}/visits`).set(official.auth).expect(200)).body.items).toEqual([expect.objectContaining({ subject: '督导三会一课', followUps: '补齐会议记录' })]);
  });

  it('refuses assignment to a community admin and another street (OUT_OF_SCOPE) and a resident (FORBIDDEN)', async () => {
    const official = await makeUser(ts);
    const assign = (as: TestUser) => ts.http.post('/api/contact-points').set(as.auth).send({ userId: official.id, communityId: community.id });
    expect((await assign(admin).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    expect((await assign(stranger).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    expect((await assign(resident).expect(403)).body.error.code).toBe('FORBIDDEN');
    expect((await ts.http.get('/api/contact-points').set(resident.auth).expect(403)).body.error.code).toBe('FORBIDDEN');
    expect((await ts.http.get('/api/contact-points').set(stranger.auth).expect(200)).body.total).toBe(0);
    await ts.http.post('/api/contact-points').set(streetAdmin.auth).send({ userId: 999999, communityId: community.id }).expect(404);
  });

  it('the street holds one scheduling meeting a month, reviewing tasks of its communities', async () => {
    const list = await newList(org.id, 2023);
    const task = await addTask(list.id, days(-3));
    const body = { organizationId: streetOrg.id, heldAt: '2026-11-09T01:00:00Z', title: '11月党建专题调度会议', decisions: '逾期任务限期完成', reviewedTaskIds: [task.id] };
    const held = (await ts.http.post('/api/scheduling-meetings').set(streetAdmin.auth).send(body).expect(201)).body;
    expect(held).toMatchObject({ month: '2026-11', reviewedTasks: [{ id: task.id, status: 'open', overdue: true }] });
    expect((await ts.http.post('/api/scheduling-meetings').set(streetAdmin.auth).send(body).expect(409)).body.error.code).toBe('DUPLICATE');
    const foreignTask = (await addTask((await newList(strangerOrg.id, 2026, stranger)).id, days(1), stranger)).id;
    expect((await ts.http.post('/api/scheduling-meetings').set(streetAdmin.auth).send({ ...body, month: '2026-10', reviewedTaskIds: [foreignTask] }).expect(400)).body.error.code).toBe('TASK_ELSEWHERE');
    expect((await ts.http.post('/api/scheduling-meetings').set(admin.auth).send({ ...body, month: '2026-09' }).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    expect((await ts.http.post('/api/scheduling-meetings').set(streetAdmin.auth).send({ ...body, month: '2026-12', heldAt: days(1) }).expect(400)).body.error.details[0].field).toBe('heldAt');
    expect((await ts.http.get('/api/scheduling-meetings').set(streetAdmin.auth).expect(200)).body.items.map((s: any) => s.id)).toEqual([held.id]);
    expect((await ts.http.get('/api/scheduling-meetings').set(resident.auth).expect(403)).body.error.code).toBe('FORBIDDEN');
  });
});
