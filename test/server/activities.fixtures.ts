import { makeCommunity, makeUser, type TestUser } from './helpers/factories';
import type { TestServer } from './helpers/server';

const HOUR = 3600_000;
export const inHours = (h: number) => new Date(Date.now() + h * HOUR).toISOString();

/** A valid create body; times are relative to now (start in two days, deadline one hour before). */
export const activityBody = (organizationId: number, o: Record<string, unknown> = {}) => ({
  organizationId,
  kind: 'volunteer',
  title: '社区清洁志愿服务',
  description: '带好手套',
  location: { name: '社区广场', lat: 36.3, lng: 120.4 },
  startAt: inHours(48),
  endAt: inHours(51),
  signupDeadline: inHours(47),
  capacity: 10,
  audience: 'public',
  points: 3,
  ...o,
});

/** A community, its admin, and an activity they created through the API. */
export async function makeActivity(ts: TestServer, o: Record<string, unknown> = {}) {
  const { organization, community } = await makeCommunity(ts);
  const admin = await makeUser(ts, { adminOf: organization.id });
  const res = await ts.http.post('/api/activities').set(admin.auth).send(activityBody(organization.id, o)).expect(201);
  return { activity: res.body as { id: number; organizationId: number }, admin, organization, community };
}

export const signUp = (ts: TestServer, id: number, user: TestUser, body: object = {}) => ts.http.post(`/api/activities/${id}/signups`).set(user.auth).send(body);
