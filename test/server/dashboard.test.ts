import { Partnership, PartnershipMembership, PartnershipProject } from '../../server/src/modules/partnerships/entities';
import { NewOrganization, Street } from '../../server/src/modules/orgs/entities';
import { authModule } from '../../server/src/modules/auth';
import { orgsModule } from '../../server/src/modules/orgs';
import { partnershipsModule } from '../../server/src/modules/partnerships';
import { makeUser, type TestUser } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

// The article's figures are what the demo data must produce, so this suite loads it (unlike the
// others): the district, the demo users and the partnerships, nothing of modules this one does not read.
const seedDemoData = async (ts: TestServer) => {
  for (const m of [orgsModule, authModule, partnershipsModule]) await m.seed!(ts.deps);
};
let ts: TestServer;
let district: TestUser;
const login = async (code: string) => ({ Authorization: `Bearer ${(await ts.http.post('/api/auth/wechat').send({ code }).expect(200)).body.token}` });
beforeAll(async () => {
  ts = await startTestServer();
  await seedDemoData(ts);
  district = await makeUser(ts, { roles: ['district_admin'] });
}, 60000); // Jest applies a project's testTimeout only globally; loading the district takes seconds.
afterAll(() => ts.close());

/** Every row of a drill list, page by page; checks that total and rows agree. */
async function drill(path: string, auth: object = {}) {
  const items: { id: number }[] = [];
  let total = 0;
  for (let p = 1; ; p++) {
    const res = await ts.http.get(`${path}${path.includes('?') ? '&' : '?'}page=${p}&pageSize=100`).set(auth).expect(200);
    items.push(...res.body.items);
    total = res.body.total;
    if (items.length >= total || !res.body.items.length) break;
  }
  expect(new Set(items.map((i) => i.id)).size).toBe(total);
  return items;
}

/** [figure, its value, the drill list that makes it] for every number on a dashboard. */
function figures(d: { partnerships: Record<string, any>; newOrganizations: Record<string, number> }, q: string) {
  const p = d.partnerships;
  const out: [string, number, string][] = [
    ['pairs', p.pairs, `/api/partnerships?${q}`],
    ['communities', p.communities, `/api/partnerships/communities?${q}`],
    ['projects', p.projects.total, `/api/partnership-projects?${q}`],
  ];
  for (const [k, v] of Object.entries(p.projects.byCategory)) out.push([`category ${k}`, v as number, `/api/partnership-projects?${q}&category=${k}`]);
  for (const [k, v] of Object.entries(p.projects.byStatus)) out.push([`status ${k}`, v as number, `/api/partnership-projects?${q}&status=${k}`]);
  const street = q.match(/streetId=\d+/)?.[0] ?? '';
  const n = d.newOrganizations;
  out.push(['shouldEstablish', n.shouldEstablish, `/api/new-organizations?${street}`]);
  for (const k of ['established', 'own', 'joint', 'none']) out.push([k, n[k], `/api/new-organizations?${street}&covered=${k}`]);
  return out;
}

async function expectDrillsMatch(d: Parameters<typeof figures>[0], q: string) {
  for (const [name, value, path] of figures(d, q)) expect([name, (await drill(path)).length]).toEqual([name, value]);
}

describe('district dashboard on the demo data', () => {
  it("computes the article's figures from the rows: 20 pairs, 40 communities, 42 projects (10/14/18), 8 started, 951 covered", async () => {
    const summary = await ts.http.get('/api/partnerships/summary').expect(200);
    expect(summary.body).toEqual({
      pairs: 20,
      communities: 40,
      projects: { total: 42, byCategory: { income: 10, livelihood: 14, party_building: 18 }, byStatus: { planned: 34, started: 8, completed: 0 } },
    });
    const db = ts.deps.db.manager;
    expect([await db.count(Partnership), await db.count(PartnershipMembership), await db.count(PartnershipProject), await db.countBy(PartnershipProject, { status: 'started' })]).toEqual([20, 40, 42, 8]);
    const dash = await ts.http.get('/api/dashboard').set(district.auth).expect(200);
    expect(dash.body).toMatchObject({ scope: { level: 'district' }, partnerships: summary.body, newOrganizations: { shouldEstablish: 951, established: 951, none: 0, rate: 1 } });
    expect(dash.body.newOrganizations.own + dash.body.newOrganizations.joint).toBe(951);
    const coveredRows = await db.createQueryBuilder(NewOrganization, 'n').where('n.operating = :t AND n.fullMemberCount > 0', { t: true }).getCount();
    expect(coveredRows).toBe(951);
  });

  it('answers every figure with a drill list of exactly that many rows, district-wide and for a street and a year', async () => {
    const dash = await ts.http.get('/api/dashboard').set(district.auth).expect(200);
    await expectDrillsMatch(dash.body, 'year=2020');
    const hongdao = await ts.deps.db.manager.findOneByOrFail(Street, { name: '红岛街道' });
    const street = await ts.http.get(`/api/dashboard?streetId=${hongdao.id}`).set(district.auth).expect(200);
    expect(street.body.scope).toEqual({ level: 'street', streetId: hongdao.id, streetName: '红岛街道' });
    expect(street.body.partnerships).toMatchObject({ pairs: 5, communities: 5 });
    await expectDrillsMatch(street.body, `streetId=${hongdao.id}`);
    const livelihood = await drill('/api/partnership-projects?category=livelihood');
    expect(livelihood.every((p: any) => p.category === 'livelihood' && p.partnership.communityA.name)).toBe(true);
  });

  it("holds the article's example pair, its agreement, lists and projects", async () => {
    const pairs = (await drill('/api/partnerships')) as any[];
    const first = pairs.find((p) => p.communityA.name === '城阳村社区');
    expect(first).toMatchObject({
      communityA: { streetName: '城阳街道' },
      communityB: { name: '西大洋社区', streetName: '红岛街道' },
      signedAt: '2020-07-14T02:00:00.000Z',
      agreementTitle: '党建引领阳光社区联建共建合作协议',
    });
    expect(first.projects.map((p: any) => [p.title, p.status])).toEqual([['红岛海鲜产供销共同体', 'started'], ['党建联抓·市场经营管理经验共享', 'planned']]);
    expect(pairs.every((p) => p.communityA.streetId !== p.communityB.streetId && ['resource', 'need', 'service'].every((k) => p.lists[k].length === 2))).toBe(true);
    const started = (await drill('/api/partnership-projects?status=started')) as any[];
    expect(started.map((p) => p.title)).toEqual(expect.arrayContaining(['红岛海鲜产供销共同体', '后金—下蜜蜂旅游采摘合作联盟']));
    const project = await ts.http.get(`/api/partnership-projects/${started[0].id}`).expect(200);
    expect(project.body.progress).toEqual([expect.objectContaining({ status: 'started' })]);
  });

  it('loads the demo data once: seeding again adds no rows', async () => {
    await seedDemoData(ts);
    expect((await ts.http.get('/api/partnerships/summary').expect(200)).body.pairs).toBe(20);
  });
});

describe('who sees which dashboard', () => {
  it('gives everyone without a street scope the public district-wide summary', async () => {
    const anonymous = await ts.http.get('/api/dashboard').expect(200);
    expect(anonymous.body.scope).toEqual({ level: 'public', streetId: null, streetName: null });
    expect(anonymous.body.partnerships.pairs).toBe(20);
    const communityAdmin = await ts.http.get('/api/dashboard').set(await login('demo_community_admin')).expect(200);
    expect(communityAdmin.body.scope.level).toBe('public');
  });

  it("shows a street admin their street and refuses another street with 403 OUT_OF_SCOPE", async () => {
    const auth = await login('demo_street_admin');
    const mine = await ts.http.get('/api/dashboard').set(auth).expect(200);
    expect(mine.body.scope).toMatchObject({ level: 'street', streetName: '城阳街道' });
    expect(mine.body.partnerships).toMatchObject({ pairs: 20, communities: 20 });
    await expectDrillsMatch(mine.body, `streetId=${mine.body.scope.streetId}`);
    const hongdao = await ts.deps.db.manager.findOneByOrFail(Street, { name: '红岛街道' });
    expect((await ts.http.get(`/api/dashboard?streetId=${hongdao.id}`).set(auth).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
  });

  it('answers 403 FORBIDDEN for a street dashboard asked by a resident, 404 for an unknown street, 400 for a bad one', async () => {
    const resident = await makeUser(ts);
    expect((await ts.http.get('/api/dashboard?streetId=1').set(resident.auth).expect(403)).body.error.code).toBe('FORBIDDEN');
    await ts.http.get('/api/dashboard?streetId=1').expect(403);
    await ts.http.get('/api/dashboard?streetId=999999').set(district.auth).expect(404);
    await ts.http.get('/api/dashboard?streetId=abc').set(district.auth).expect(400);
    await ts.http.get('/api/partnership-projects?category=tourism').expect(400);
    await ts.http.get('/api/new-organizations?covered=maybe').expect(400);
  });
});
