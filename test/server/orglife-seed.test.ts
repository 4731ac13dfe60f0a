import { authModule } from '../../server/src/modules/auth';
import { meetingsModule } from '../../server/src/modules/meetings';
import { membersModule } from '../../server/src/modules/members';
import { orgsModule } from '../../server/src/modules/orgs';
import { Street } from '../../server/src/modules/orgs/entities';
import { responsibilityModule } from '../../server/src/modules/responsibility';
import { startTestServer, type TestServer } from './helpers/server';

// The 2017 article's figures from the demo data, at a fixed clock: 35 rural, 8 urban and 28
// enterprise organisations held their 组织生活会; a weak organisation under rectification; one overdue task.
let ts: TestServer;
let streetId: number;
const login = async (code: string) => ({ Authorization: `Bearer ${(await ts.http.post('/api/auth/wechat').send({ code }).expect(200)).body.token}` });
beforeAll(async () => {
  ts = await startTestServer({ now: '2026-12-01T02:00:00Z' });
  for (const m of [orgsModule, authModule, membersModule, meetingsModule, responsibilityModule]) await m.seed!(ts.deps);
  for (const m of [meetingsModule, responsibilityModule]) await m.seed!(ts.deps); // idempotent
  streetId = (await ts.deps.db.manager.findOneByOrFail(Street, { name: '城阳街道' })).id;
}, 120000);
afterAll(() => ts.close());

it('城阳街道: every one of 35 rural and 8 urban communities and 28 enterprise organisations held the latest due 组织生活会, on time, as rows', async () => {
  const summary = (await ts.http.get(`/api/meeting-compliance/summary?streetId=${streetId}`).expect(200)).body;
  expect(summary.year).toBe('2025');
  expect(summary.orgLifeByGroup.rural).toEqual({ organizations: 35, held: 35 });
  expect(summary.orgLifeByGroup.urban).toEqual({ organizations: 8, held: 8 });
  expect(summary.orgLifeByGroup.enterprise.held).toBe(28);
  const rows = (await ts.http.get(`/api/meeting-compliance?streetId=${streetId}&kind=org_life&status=on_time&pageSize=100`).expect(200)).body;
  expect(rows.total).toBe(71);
  expect(rows.items.filter((r: any) => r.group === 'enterprise')).toHaveLength(28);
});

it('the demo member sees their attendance; 东田社区 is weak with its rectification open; 城阳村 has one overdue task; 小北曲 not visited this quarter', async () => {
  const mine = (await ts.http.get('/api/me/meetings').set(await login('demo_member')).expect(200)).body;
  expect(mine.total).toBeGreaterThanOrEqual(3);
  expect(mine.present).toBe(mine.total);
  const street = await login('demo_street_admin');
  const weak = (await ts.http.get('/api/ratings?level=weak').set(street).expect(200)).body;
  expect(weak.items).toEqual([expect.objectContaining({ organizationName: '东田社区党总支', ratedAt: expect.stringMatching(/^2026-12-01T02:0/), rectification: expect.objectContaining({ closedAt: null, taskCount: 3, doneCount: 1 }) })]);
  const overdue = (await ts.http.get(`/api/tasks?streetId=${streetId}&overdue=true`).expect(200)).body;
  expect(overdue.items.map((t: any) => t.organizationName)).toEqual(['城阳村社区党委']);
  const notVisited = (await ts.http.get('/api/contact-points?notVisited=true').set(street).expect(200)).body;
  expect(notVisited.items.map((p: any) => p.communityName)).toEqual(['小北曲社区']);
  expect((await ts.http.get('/api/scheduling-meetings').set(street).expect(200)).body.total).toBe(3);
});
