import { modules } from '../../server/src/modules/registry';
import { Applicant } from '../../server/src/modules/development/entities';
import { startTestServer, type TestServer } from './helpers/server';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer({ now: '2026-11-20T02:00:00Z' });
  for (const m of modules) await m.seed?.(ts.deps);
});
afterAll(() => ts.close());

describe('the development demo data', () => {
  it("holds 城阳村社区's pipeline at every stage with points, a due conversion and a disqualified activist, the conditions marked as examples; seeding again adds nothing", async () => {
    const login = await ts.http.post('/api/auth/wechat').send({ code: 'demo_community_admin' }).expect(200);
    const auth = { Authorization: `Bearer ${login.body.token}` };
    const list = (await ts.http.get('/api/applicants?pageSize=50').set(auth).expect(200)).body;
    expect(new Set(list.items.map((a: { stage: string }) => a.stage))).toEqual(new Set(['applicant', 'activist', 'candidate', 'probationary', 'full']));
    const orgId = list.items[0].organizationId;
    const ranking = (await ts.http.get(`/api/applicants/ranking?organizationId=${orgId}`).set(auth).expect(200)).body.items;
    expect(ranking).toHaveLength(4);
    expect(ranking[0]).toMatchObject({ rank: 1, points: 19 });
    const due = (await ts.http.get('/api/applicants/due').set(auth).expect(200)).body.items;
    expect(due.some((d: { next: string; overdue: boolean }) => d.next === 'full' && d.overdue)).toBe(true);
    expect((await ts.http.get('/api/applicants?disqualified=true').set(auth).expect(200)).body.items).toMatchObject([{ stage: 'activist', disqualified: { code: 'EX01' } }]);
    const conditions = (await ts.http.get('/api/applicants/disqualifying-conditions').set(auth).expect(200)).body.items;
    expect(conditions.length).toBeGreaterThan(0);
    expect(conditions.every((c: { title: string }) => c.title.startsWith('示例'))).toBe(true);
    const count = await ts.deps.db.manager.countBy(Applicant, {});
    for (const m of modules) await m.seed?.(ts.deps);
    expect(await ts.deps.db.manager.countBy(Applicant, {})).toBe(count);
  });
});
