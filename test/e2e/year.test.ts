import { current, logInAs, open, pickChengyangCommunity, see, tap, useApp } from './helpers/app';
import { screenshot } from './helpers/browser';

// Several pages; the build machine is shared and slow at times.
jest.setTimeout(180000);

const app = useApp();

async function login(code: string): Promise<string> {
  const res = await app.api<{ token: string }>(null, 'POST', '/api/auth/wechat', { code });
  expect(res.status).toBe(200);
  return res.body.token;
}

describe("the members' year (H5)", () => {
  it('a member sees their points with the rules and caps, and their stars with why', async () => {
    const page = await app.newPage();
    await logInAs(page, 'demo_member');
    await open(page, '/packages/member/pages/index');
    await tap(page, '我的积分');
    await see(page, '积分规则与年度上限');
    await see(page, '63');
    await see(page, '已计 20/40');
    await tap(page, '展开');
    await see(page, '无故缺席组织生活');
    await screenshot(page, 'year-my-points');
    await open(page, '/packages/member/pages/index');
    await tap(page, '我的星级');
    await see(page, '2026 年度星级');
    await see(page, '★★★★☆');
    await see(page, /评定依据：积分 63 分/);
    await screenshot(page, 'year-my-stars');
  });

  it('the community admin awards points by rule, records a review and computes the stars', async () => {
    const page = await app.newPage();
    await logInAs(page, 'demo_community_admin');
    await open(page, '/packages/admin/pages/index');
    await tap(page, '积分与星级');
    await see(page, '党员2号');
    const card = current(page).locator('.card').filter({ hasText: '党员2号' }).first();
    await card.getByText('49 分', { exact: false }).waitFor();
    await card.locator('input[placeholder^="理由"]').fill('社区环境整治志愿服务 4 小时');
    await card.getByText('记分', { exact: true }).click();
    await card.getByText(/51 分/).waitFor();
    await card.getByText('民主评议').click();
    await page.locator('.weui-picker__action', { hasText: '确定' }).filter({ visible: true }).click();
    await card.getByText('优秀').waitFor();
    await screenshot(page, 'year-admin-roster');
    await tap(page, '按积分和评议评定 2026 年星级');
    await card.getByText(/51 分 · ★★★☆☆/).waitFor();
    await screenshot(page, 'year-admin-rated');

    const admin = await login('demo_community_admin');
    const me = await app.api<{ adminScopes: { organizationId: number }[] }>(admin, 'GET', '/api/me');
    const ratings = await app.api<{ items: { name: string; stars: number; points: number; review: string }[] }>(admin, 'GET', `/api/star-ratings?organizationId=${me.body.adminScopes[0].organizationId}&pageSize=50`);
    expect(ratings.body.items.find((r) => r.name === '党员2号')).toMatchObject({ stars: 3, points: 51, review: 'excellent' });
  });

  it("a resident reads a community's commitments, the officials' first with what was done", async () => {
    const page = await app.newPage();
    await open(page, '/pages/index/index');
    await tap(page, '承诺公开');
    await tap(page, '选择社区');
    await pickChengyangCommunity(page);
    await see(page, '城阳村社区管理员 · 城阳村社区党委');
    await see(page, '已完成文化广场、村东路两处路灯改造并通电');
    await see(page, '党** · 城阳村社区党委');
    const kinds = await current(page).locator('.card').evaluateAll((cards) => cards.map((c) => (c.textContent?.includes('履职承诺') ? 'official' : 'member')));
    expect(kinds.slice(0, 1)).toEqual(['official']);
    await screenshot(page, 'year-commitments');
  });
});
