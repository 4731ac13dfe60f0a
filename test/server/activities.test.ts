import { makeCommunity, makeStreet, makeUser } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';
import { activityBody, inHours, makeActivity, signUp } from './activities.fixtures';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(() => ts.close());

describe('creating an activity', () => {
  it('answers 201 with the published activity, and audit-logs it', async () => {
    const { activity, admin } = await makeActivity(ts);
    expect(activity).toMatchObject({ kind: 'volunteer', capacity: 10, audience: 'public', points: 3, status: 'published', confirmedCount: 0, location: { name: '社区广场', lat: 36.3, lng: 120.4 } });
    const audit = await ts.http.get(`/api/admin/audit-logs?entityType=activity&entityId=${activity.id}`).set(admin.auth).expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'activity.create', actorId: admin.id })]);
  });

  it('lets a street admin create for a community under the street, and a district admin anywhere', async () => {
    const { street, organization: streetOrg } = await makeStreet(ts);
    const { organization } = await makeCommunity(ts, { streetId: street.id });
    for (const admin of [await makeUser(ts, { adminOf: streetOrg.id }), await makeUser(ts, { roles: ['district_admin'] })])
      await ts.http.post('/api/activities').set(admin.auth).send(activityBody(organization.id)).expect(201);
  });

  it('refuses no token (401), a resident (403), an admin of another organisation (403 OUT_OF_SCOPE), an unknown organisation (404)', async () => {
    const { organization } = await makeCommunity(ts);
    const other = await makeCommunity(ts);
    const outsider = await makeUser(ts, { adminOf: other.organization.id });
    await ts.http.post('/api/activities').send(activityBody(organization.id)).expect(401);
    await ts.http.post('/api/activities').set((await makeUser(ts)).auth).send(activityBody(organization.id)).expect(403);
    const res = await ts.http.post('/api/activities').set(outsider.auth).send(activityBody(organization.id)).expect(403);
    expect(res.body.error.code).toBe('OUT_OF_SCOPE');
    const district = await makeUser(ts, { roles: ['district_admin'] });
    await ts.http.post('/api/activities').set(district.auth).send(activityBody(999999)).expect(404);
  });

  it.each([
    ['an unknown kind', { kind: 'party' }, 'kind'],
    ['an empty title', { title: '' }, 'title'],
    ['a title of 101 characters', { title: 'x'.repeat(101) }, 'title'],
    ['a description of 5,001 characters', { description: 'x'.repeat(5001) }, 'description'],
    ['a place without a name', { location: { name: '' } }, 'location.name'],
    ['a latitude of 200', { location: { name: '广场', lat: 200 } }, 'location.lat'],
    ['a start that is not a time', { startAt: 'tomorrow' }, 'startAt'],
    ['a start without an offset', { startAt: '2026-05-01T09:00:00' }, 'startAt'],
    ['a capacity of 0', { capacity: 0 }, 'capacity'],
    ['a capacity as a string', { capacity: '10' }, 'capacity'],
    ['an unknown audience', { audience: 'everyone' }, 'audience'],
    ['negative points', { points: -1 }, 'points'],
    ['an organisation id as a string', { organizationId: 'x' }, 'organizationId'],
    ['an end before the start', { endAt: inHours(47) }, 'endAt'],
    ['a deadline after the end', { signupDeadline: inHours(60) }, 'signupDeadline'],
  ])('answers 400 for %s', async (_case, override, field) => {
    const { organization } = await makeCommunity(ts);
    const admin = await makeUser(ts, { adminOf: organization.id });
    const res = await ts.http.post('/api/activities').set(admin.auth).send(activityBody(organization.id, override)).expect(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('answers 413 for a body over the limit', async () => {
    const { organization } = await makeCommunity(ts);
    const admin = await makeUser(ts, { adminOf: organization.id });
    await ts.http.post('/api/activities').set(admin.auth).send(activityBody(organization.id, { description: 'x'.repeat(2_000_000) })).expect(413);
  });
});

describe('editing and cancelling', () => {
  it('edits before the start, audit-logs before and after', async () => {
    const { activity, admin } = await makeActivity(ts);
    const res = await ts.http.patch(`/api/activities/${activity.id}`).set(admin.auth).send({ title: '新标题', capacity: null }).expect(200);
    expect(res.body).toMatchObject({ title: '新标题', capacity: null });
    const audit = await ts.http.get(`/api/admin/audit-logs?entityType=activity&entityId=${activity.id}`).set(admin.auth).expect(200);
    expect(audit.body.items[0]).toMatchObject({ action: 'activity.update', before: expect.objectContaining({ title: '社区清洁志愿服务' }), after: expect.objectContaining({ title: '新标题' }) });
  });

  it('confirms the waiting list in order when capacity is raised', async () => {
    const { activity, admin } = await makeActivity(ts, { capacity: 1 });
    const users = [await makeUser(ts), await makeUser(ts), await makeUser(ts)];
    for (const u of users) await signUp(ts, activity.id, u).expect(201);
    await ts.http.patch(`/api/activities/${activity.id}`).set(admin.auth).send({ capacity: 2 }).expect(200);
    const statuses = await Promise.all(users.map(async (u) => (await ts.http.get(`/api/activities/${activity.id}`).set(u.auth)).body.mySignup.status));
    expect(statuses).toEqual(['confirmed', 'confirmed', 'waitlisted']);
  });

  it('answers 409 when capacity would drop below the confirmed count', async () => {
    const { activity, admin } = await makeActivity(ts, { capacity: 5 });
    await signUp(ts, activity.id, await makeUser(ts)).expect(201);
    await signUp(ts, activity.id, await makeUser(ts)).expect(201);
    const res = await ts.http.patch(`/api/activities/${activity.id}`).set(admin.auth).send({ capacity: 1 }).expect(409);
    expect(res.body.error.code).toBe('CAPACITY_BELOW_CONFIRMED');
  });

  it('answers 409 once the activity has started', async () => {
    const { activity, admin } = await makeActivity(ts, { startAt: inHours(-1), endAt: inHours(2), signupDeadline: inHours(1) });
    const res = await ts.http.patch(`/api/activities/${activity.id}`).set(admin.auth).send({ title: '改' }).expect(409);
    expect(res.body.error.code).toBe('ACTIVITY_STARTED');
  });

  it('refuses an edit by a resident (403), an outsider (403 OUT_OF_SCOPE), an empty edit (400), an unknown id (404)', async () => {
    const { activity, admin } = await makeActivity(ts);
    const other = await makeCommunity(ts);
    await ts.http.patch(`/api/activities/${activity.id}`).set((await makeUser(ts)).auth).send({ title: '改' }).expect(403);
    const res = await ts.http.patch(`/api/activities/${activity.id}`).set((await makeUser(ts, { adminOf: other.organization.id })).auth).send({ title: '改' }).expect(403);
    expect(res.body.error.code).toBe('OUT_OF_SCOPE');
    await ts.http.patch(`/api/activities/${activity.id}`).set(admin.auth).send({}).expect(400);
    await ts.http.patch(`/api/activities/${activity.id}`).set(admin.auth).send({ capacity: 'many' }).expect(400);
    await ts.http.patch('/api/activities/999999').set(admin.auth).send({ title: '改' }).expect(404);
    await ts.http.patch('/api/activities/abc').set(admin.auth).send({ title: '改' }).expect(400);
  });

  it('cancels once: sign-ups are closed, a second cancel answers 409, and it leaves the list', async () => {
    const { activity, admin } = await makeActivity(ts);
    const res = await ts.http.post(`/api/activities/${activity.id}/cancel`).set(admin.auth).send({ reason: '天气原因' }).expect(200);
    expect(res.body).toMatchObject({ status: 'cancelled', cancelReason: '天气原因' });
    expect((await ts.http.post(`/api/activities/${activity.id}/cancel`).set(admin.auth).send({ reason: '再次' }).expect(409)).body.error.code).toBe('ACTIVITY_CANCELLED');
    expect((await signUp(ts, activity.id, await makeUser(ts)).expect(409)).body.error.code).toBe('ACTIVITY_CANCELLED');
    await ts.http.patch(`/api/activities/${activity.id}`).set(admin.auth).send({ title: '改' }).expect(409);
    const list = await ts.http.get(`/api/activities?organizationId=${activity.organizationId}`).expect(200);
    expect(list.body.items).toEqual([]);
    await ts.http.post(`/api/activities/${activity.id}/cancel`).set(admin.auth).send({}).expect(400);
    await ts.http.post(`/api/activities/${activity.id}/cancel`).set((await makeUser(ts)).auth).send({ reason: 'x' }).expect(403);
  });
});

describe('browsing', () => {
  it('lists upcoming activities first (soonest first), then past ones (latest first), paged', async () => {
    const { organization } = await makeCommunity(ts);
    const admin = await makeUser(ts, { adminOf: organization.id });
    const make = async (title: string, startH: number) =>
      ts.http.post('/api/activities').set(admin.auth).send(activityBody(organization.id, { title, startAt: inHours(startH), endAt: inHours(startH + 2), signupDeadline: inHours(startH) })).expect(201);
    await make('下周', 170);
    await make('上周', -170);
    await make('明天', 24);
    await make('昨天', -24);
    const res = await ts.http.get(`/api/activities?organizationId=${organization.id}&pageSize=3`).expect(200);
    expect(res.body).toMatchObject({ total: 4, page: 1, pageSize: 3 });
    expect(res.body.items.map((a: { title: string }) => a.title)).toEqual(['明天', '下周', '昨天']);
    const page2 = await ts.http.get(`/api/activities?organizationId=${organization.id}&pageSize=3&page=2`).expect(200);
    expect(page2.body.items.map((a: { title: string }) => a.title)).toEqual(['上周']);
  });

  it('filters by kind, organisation subtree and time range', async () => {
    const { street, organization: streetOrg } = await makeStreet(ts);
    const { organization } = await makeCommunity(ts, { streetId: street.id });
    const admin = await makeUser(ts, { adminOf: streetOrg.id });
    await ts.http.post('/api/activities').set(admin.auth).send(activityBody(organization.id, { kind: 'training', title: '培训' })).expect(201);
    await ts.http.post('/api/activities').set(admin.auth).send(activityBody(streetOrg.id, { kind: 'volunteer', title: '志愿', startAt: inHours(300), endAt: inHours(302), signupDeadline: inHours(299) })).expect(201);
    const titles = async (qs: string) => (await ts.http.get(`/api/activities?${qs}`).expect(200)).body.items.map((a: { title: string }) => a.title);
    expect(await titles(`organizationId=${streetOrg.id}`)).toEqual(['培训', '志愿']);
    expect(await titles(`organizationId=${organization.id}`)).toEqual(['培训']);
    expect(await titles(`organizationId=${streetOrg.id}&kind=volunteer`)).toEqual(['志愿']);
    expect(await titles(`organizationId=${streetOrg.id}&from=${encodeURIComponent(inHours(100))}`)).toEqual(['志愿']);
    expect(await titles(`organizationId=${streetOrg.id}&to=${encodeURIComponent(inHours(100))}`)).toEqual(['培训']);
  });

  it('shows members-only activities to members of the organisation and its admins, not to others', async () => {
    const { activity, admin, organization } = await makeActivity(ts, { audience: 'members' });
    const member = await makeUser(ts, { memberOf: organization.id });
    const otherMember = await makeUser(ts, { memberOf: (await makeCommunity(ts)).organization.id });
    const ids = async (auth?: object) => (await ts.http.get(`/api/activities?organizationId=${organization.id}`).set(auth ?? {}).expect(200)).body.items.map((a: { id: number }) => a.id);
    expect(await ids(member.auth)).toEqual([activity.id]);
    expect(await ids(admin.auth)).toEqual([activity.id]);
    expect(await ids()).toEqual([]);
    expect(await ids(otherMember.auth)).toEqual([]);
    // By id the same: not found for the anonymous caller and the member elsewhere.
    const detail = (auth?: object) => ts.http.get(`/api/activities/${activity.id}`).set(auth ?? {});
    await detail(member.auth).expect(200);
    await detail(admin.auth).expect(200);
    await detail().expect(404);
    await detail(otherMember.auth).expect(404);
  });

  it('answers the detail with counts and my sign-up', async () => {
    const { activity } = await makeActivity(ts, { capacity: 1 });
    const [a, b] = [await makeUser(ts), await makeUser(ts)];
    await signUp(ts, activity.id, a).expect(201);
    await signUp(ts, activity.id, b).expect(201);
    const res = await ts.http.get(`/api/activities/${activity.id}`).set(b.auth).expect(200);
    expect(res.body).toMatchObject({ id: activity.id, confirmedCount: 1, waitlistCount: 1, checkedInCount: 0, canManage: false, mySignup: { status: 'waitlisted', position: 1 } });
    expect((await ts.http.get(`/api/activities/${activity.id}`).expect(200)).body.mySignup).toBeNull();
    await ts.http.get('/api/activities/999999').expect(404);
    await ts.http.get('/api/activities/0').expect(400);
  });

  it('answers 400 for bad list filters', async () => {
    for (const qs of ['kind=party', 'from=yesterday', 'organizationId=x', 'pageSize=1000', 'page=0']) await ts.http.get(`/api/activities?${qs}`).expect(400);
  });
});
