import { activitiesModule } from '../../server/src/modules/activities';
import { Activity, Signup } from '../../server/src/modules/activities/entities';
import { authModule } from '../../server/src/modules/auth';
import { membersModule } from '../../server/src/modules/members';
import { orgsModule } from '../../server/src/modules/orgs';
import { pointsModule } from '../../server/src/modules/points';
import { startTestServer, type TestServer } from './helpers/server';

// The demo season is dated relative to the clock: it must read like a real one on any day.
const NOW = new Date('2026-12-01T02:00:00Z');
let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer({ now: NOW.toISOString() });
  for (const m of [orgsModule, authModule, membersModule, pointsModule, activitiesModule]) await m.seed?.(ts.deps);
}, 120000);
afterAll(() => ts.close());

it('demo activities name no year their dates contradict, were published before they start, and every sign-up came before its check-in and before today', async () => {
  const activities = await ts.deps.db.manager.find(Activity);
  expect(activities.length).toBeGreaterThan(5);
  for (const a of activities) {
    expect(a.title).not.toMatch(/20\d\d年/);
    expect(a.createdAt.getTime()).toBeLessThan(Math.min(a.startAt.getTime(), NOW.getTime()));
  }
  const signups = await ts.deps.db.manager.find(Signup);
  expect(signups.some((s) => s.checkedInAt)).toBe(true);
  for (const s of signups) {
    expect(s.createdAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
    if (s.checkedInAt) expect(s.createdAt.getTime()).toBeLessThan(s.checkedInAt.getTime());
  }
});
