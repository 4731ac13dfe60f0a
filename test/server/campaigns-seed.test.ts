import { seedDemoUsers } from '../../server/src/modules/auth/seed';
import { Alliance } from '../../server/src/modules/campaigns/entities';
import { seedCampaigns } from '../../server/src/modules/campaigns/seed';
import { seedMembers } from '../../server/src/modules/members/seed';
import { seedDistrict } from '../../server/src/modules/orgs/seed';
import { startTestServer, type TestServer } from './helpers/server';

// The district's demo data and crowds of requests take longer than jest's default 5 s on a busy machine.
jest.setTimeout(60000);

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(() => ts.close());

describe('demo data', () => {
  it('seeds the 北曲 alliance, its merchants and a running 五一欢乐购物汇 once, however often it runs', async () => {
    await seedDistrict(ts.deps);
    await seedDemoUsers(ts.deps);
    await seedMembers(ts.deps);
    await seedCampaigns(ts.deps);
    await seedCampaigns(ts.deps);
    expect(await ts.deps.db.manager.countBy(Alliance, { name: '北曲商圈党建红盟' })).toBe(1);

    const alliances = await ts.http.get('/api/alliances').expect(200);
    expect(alliances.body.items.map((a: { name: string }) => a.name)).toEqual(['北曲商圈党建红盟', '吕家庄夜市党建红盟', '广场舞党建红盟', '轨道交通企业党建红盟']);
    expect(alliances.body.items.every((a: { merchants: unknown[] }) => a.merchants.length > 0)).toBe(true);
    const beiqu = alliances.body.items.find((a: { name: string }) => a.name === '北曲商圈党建红盟');
    expect(beiqu.merchants.map((m: { name: string }) => m.name)).toEqual(['吕家庄夜市', '城阳利群', '家佳源', '城阳红星美凯龙', '城阳万象汇', '青特万达广场', '青岛中升丰田', '青岛元皇英菲尼迪', '德泰大酒店']);
    const running = await ts.http.get(`/api/campaigns?allianceId=${beiqu.id}&phase=running`).expect(200);
    expect(running.body.items).toEqual([expect.objectContaining({ title: '五一欢乐购物汇' })]);
    expect((await ts.http.get(`/api/campaigns?allianceId=${beiqu.id}&phase=ended`).expect(200)).body.items).toEqual([expect.objectContaining({ title: '五一欢乐购物汇（2020）' })]);

    const merchant = await ts.http.post('/api/auth/wechat').send({ code: 'demo_merchant' }).expect(200);
    expect(merchant.body.user.roles).toContain('merchant');
    const auth = { Authorization: `Bearer ${merchant.body.token}` };
    expect((await ts.http.get('/api/me').set(auth).expect(200)).body.bindings.merchant).toMatchObject({ name: '城阳万象汇', status: 'approved' });
    const stats = await ts.http.get(`/api/campaigns/${running.body.items[0].id}/stats`).set(auth).expect(200);
    expect(stats.body.totals.claims).toBeGreaterThan(0);
    expect(stats.body.totals.redemptions).toBeGreaterThan(0);
  });
});
