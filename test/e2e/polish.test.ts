import type { Page } from 'playwright-core';
import { current, field, open, pickChengyangCommunity, see, tap, useApp } from './helpers/app';
import { screenshot } from './helpers/browser';

// Issue 21: the app as a polished one. One server, one browser, a page per journey.
jest.setTimeout(180000);

const app = useApp();

async function login(code: string): Promise<string> {
  const res = await app.api<{ token: string }>(null, 'POST', '/api/auth/wechat', { code });
  expect(res.status).toBe(200);
  return res.body.token;
}

/** Hours from what the server's clock reads. */
const inHours = (h: number) => new Date(app.server.now().getTime() + h * 3600 * 1000).toISOString();

/** A phone page at the size the issue walked the app in (375×812). */
async function phone(): Promise<Page> {
  const page = await app.newPage();
  await page.setViewportSize({ width: 375, height: 812 });
  return page;
}

/** H5's navigation bar (Taro's router draws it above the pages). */
const bar = (page: Page) => page.locator('#taro-navigation-bar');
const barTitle = (page: Page) => bar(page).locator('.taro-navigation-bar-title');

let activityId: number;
const ACTIVITY = '端到端测试：楼道清洁志愿服务';

beforeAll(async () => {
  const admin = await login('demo_community_admin');
  const me = await app.api<{ adminScopes: { organizationId: number }[] }>(admin, 'GET', '/api/me');
  const created = await app.api<{ id: number }>(admin, 'POST', '/api/activities', {
    organizationId: me.body.adminScopes[0].organizationId, kind: 'volunteer', title: ACTIVITY, description: '清理楼道杂物。',
    location: { name: '城阳村社区 3 号楼' }, startAt: inHours(48), endAt: inHours(50), signupDeadline: inHours(24), capacity: 20, audience: 'public', points: 2,
  });
  expect(created.status).toBe(201);
  activityId = created.body.id;
});

describe('每个页面有标题和返回 (H5)', () => {
  it('a subpage opened by its link shows its title in a bar of the native height, and its home button leads to 首页; opened from a page, back returns there', async () => {
    const page = await phone();
    for (const [route, title] of [
      ['/packages/campaigns/pages/index', '商圈活动'],
      ['/packages/partnership/pages/index', '联建共建'],
      [`/packages/activity/pages/detail?id=${activityId}`, '活动详情'],
    ] as const) {
      await open(page, route);
      await barTitle(page).getByText(title, { exact: true }).waitFor();
    }
    const box = await bar(page).boundingBox();
    expect(box?.height).toBeCloseTo(44, 0);
    await see(page, ACTIVITY);
    await screenshot(page, 'polish-nav-bar-direct');

    // Opened directly: no page to go back to, so the bar offers 首页.
    await bar(page).getByRole('button', { name: '返回首页' }).click();
    await see(page, '阳光党建智慧平台');
    await barTitle(page).getByText('阳光党建', { exact: true }).waitFor();

    // Opened from 活动: back goes back to the list.
    await open(page, '/pages/activities/index');
    await tap(page, ACTIVITY);
    await barTitle(page).getByText('活动详情', { exact: true }).waitFor();
    await screenshot(page, 'polish-nav-bar-back');
    await bar(page).getByRole('button', { name: '返回' }).click();
    await barTitle(page).getByText('活动', { exact: true }).waitFor();
    await current(page).getByText('我的活动', { exact: true }).waitFor();
    await page.context().close();
  });
});

describe('错误提示有用 (H5)', () => {
  it('a failed 报名 leaves the activity on screen with a toast', async () => {
    const page = await phone();
    await loginOnMe(page, 'demo_street_admin');
    await open(page, `/packages/activity/pages/detail?id=${activityId}`);
    await see(page, '立即报名');
    await page.context().setOffline(true);
    await tap(page, '立即报名');
    await page.getByText('网络连接失败，请稍后重试').first().waitFor();
    await see(page, ACTIVITY);
    await see(page, '立即报名');
    expect(await current(page).locator('.error-state').count()).toBe(0);
    await page.context().setOffline(false);
    await page.context().close();
  });

  it('a refusal says what to do and offers a way back instead of 重新加载', async () => {
    const page = await phone();
    await loginOnMe(page, '新居民');
    await open(page, '/packages/activity/pages/points');
    await see(page, '积分仅对认证党员开放');
    await see(page, '在「我的」提交党员认证，审核通过后即可使用');
    expect(await current(page).getByText('重新加载').count()).toBe(0);
    await screenshot(page, 'polish-refusal');
    await tap(page, '去认证');
    await see(page, '党员认证');
    await page.context().close();
  });

  it('a filter tapped while offline keeps the chip of the list on screen, and works once back online', async () => {
    const page = await phone();
    await open(page, '/pages/activities/index');
    await see(page, ACTIVITY);
    const chip = (label: string) => current(page).locator('.kind-chips__chip', { hasText: label });
    await page.context().setOffline(true);
    await chip('志愿服务').click();
    await page.getByText('网络连接失败，请稍后重试').first().waitFor();
    await expect(chip('全部').getAttribute('class')).resolves.toMatch(/--active/);
    await expect(chip('志愿服务').getAttribute('class')).resolves.not.toMatch(/--active/);
    await see(page, ACTIVITY);
    await screenshot(page, 'polish-offline-filter');

    await page.context().setOffline(false);
    await chip('志愿服务').click();
    await expect(chip('志愿服务').getAttribute('class')).resolves.toMatch(/--active/);
    await see(page, ACTIVITY);
    await page.context().close();
  });
});

describe('首页 (H5)', () => {
  it("shows the community's record, its latest disclosures, upcoming activities and the running campaign, with drawn icons", async () => {
    const page = await phone();
    await open(page, '/pages/index/index');
    await tap(page, '选择社区');
    await pickChengyangCommunity(page);
    const home = current(page);
    await home.locator('.community-record').getByText(/按时公开率/).waitFor();
    await home.locator('.card', { hasText: '最新公开' }).locator('.cell').first().waitFor();
    await home.locator('.card', { hasText: '近期活动' }).getByText(ACTIVITY).waitFor();
    await home.getByText('商圈活动进行中').waitFor();
    // The entries are drawn icons (SVG files), not characters.
    const icons = home.locator('.home__entry img, img.home__icon');
    expect(await icons.count()).toBe(5);
    for (const src of await icons.evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src))) expect(src).toMatch(/\.svg|image\/svg\+xml/);
    await page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLImageElement>('.home__entry img, img.home__icon')).every((i) => i.complete && i.naturalWidth > 0));
    await screenshot(page, 'polish-home');
    await home.locator('.community-record__line').last().click();
    await page.waitForURL(/figure=questions\./);
    await page.context().close();
  });
});

describe('一套表单 (H5)', () => {
  it('the activity editor has labelled fields, picker rows with a chevron and the reason under the field', async () => {
    const page = await phone();
    await loginOnMe(page, 'demo_community_admin');
    await open(page, '/packages/activity/pages/edit');
    await see(page, '活动信息');
    const form = current(page);
    await form.locator('.picker-row', { hasText: '活动类型' }).locator('.picker-row__chevron').waitFor();
    expect(await form.locator('.form-field__label').allTextContents()).toEqual(expect.arrayContaining(['活动名称', '活动地点', '活动介绍', '名额', '参加积分']));
    await field(page, '如：社区党群服务中心').fill('社区广场');
    await tap(page, '发布活动');
    await form.locator('.form-field', { hasText: '活动名称' }).locator('.form-field__error').getByText('请填写活动名称').waitFor();
    expect(await form.locator('.form-field', { hasText: '活动地点' }).locator('.form-field__error').count()).toBe(0);
    // One input style: no textarea resize grip, the app's font.
    const textarea = form.locator('textarea').first();
    expect(await textarea.evaluate((t) => getComputedStyle(t).resize)).toBe('none');
    await screenshot(page, 'polish-form');
    await page.context().close();
  });
});

describe('长文本的版式 (H5)', () => {
  // The longest realistic values: a 60-character title, a 100-character address, a 40-character item name, a 200-character URL.
  const TITLE = '城阳村社区二〇二六年冬季邻里互助暨老旧小区楼道环境综合整治志愿服务活动第一期（报名从速名额有限请各位居民互相转告并按时到场参加）'.padEnd(60, '。').slice(0, 60);
  const ADDRESS = '青岛市城阳区城阳街道城阳村社区党群服务中心二楼多功能活动室（东侧楼梯上楼右转第三间，门口有志愿服务站标识，停车请停放在社区北门外的公共停车场内，谢谢配合，如有疑问请联系社区工作人员咨询）'.padEnd(100, '。').slice(0, 100);
  const ITEM = '二〇二六年第四季度老旧小区楼道照明线路改造及声控灯具更换工程款（含材料费与人工费用）'.slice(0, 40);
  const URL = `https://www.chengyang.gov.cn/zwgk/sqgk/2026/notice/${'a1b2c3d4e5'.repeat(16)}`.slice(0, 200);

  it('keeps labels on one line beside a long address, breaks a long URL, and wraps long item names beside their amounts', async () => {
    expect([TITLE.length, ADDRESS.length, ITEM.length, URL.length]).toEqual([60, 100, 40, 200]);
    const admin = await login('demo_community_admin');
    const me = await app.api<{ adminScopes: { organizationId: number }[] }>(admin, 'GET', '/api/me');
    const activity = await app.api<{ id: number }>(admin, 'POST', '/api/activities', {
      organizationId: me.body.adminScopes[0].organizationId, kind: 'volunteer', title: TITLE, description: `活动通知全文：${URL}`,
      location: { name: ADDRESS }, startAt: inHours(72), endAt: inHours(75), signupDeadline: inHours(70), capacity: 30, audience: 'public', points: 1,
    });
    expect(activity.status).toBe(201);
    const communities = await app.api<{ items: { id: number }[] }>(admin, 'GET', '/api/admin/communities');
    const draft = await app.api<{ id: number }>(admin, 'POST', '/api/disclosures', {
      communityId: communities.body.items[0].id, category: 'finance', title: '2026年11月财务收支公开', period: '2026-11', body: '本月收支如下。',
      items: [
        { subject: '上级拨付社区服务群众专项经费', direction: 'income', amountFen: 50_000_000 },
        { subject: ITEM, direction: 'expense', amountFen: 123_456_789 },
        { subject: '办公用品', direction: 'expense', amountFen: 0 },
      ],
    });
    expect(draft.status).toBe(201);
    expect((await app.api(admin, 'POST', `/api/disclosures/${draft.body.id}/publish`)).status).toBe(200);

    const page = await phone();
    await open(page, `/packages/activity/pages/detail?id=${activity.body.id}`);
    await see(page, ADDRESS);
    await screenshot(page, 'polish-long-activity');
    expect(await labelsNarrowerThanTheirText(page)).toEqual([]);
    expect(await overflowing(page, '.activity-description')).toEqual([]);

    await open(page, `/packages/disclosure/pages/detail?id=${draft.body.id}`);
    await see(page, ITEM);
    await screenshot(page, 'polish-long-finance');
    // The item name wraps beside its amount, which stays on one line inside the card.
    const row = current(page).locator('.finance__line', { hasText: ITEM });
    const [subject, amount, line] = await Promise.all([row.locator('.finance__subject').boundingBox(), row.locator('.finance__amount').boundingBox(), row.boundingBox()]);
    expect(subject!.x + subject!.width).toBeLessThanOrEqual(amount!.x);
    expect(amount!.x + amount!.width).toBeLessThanOrEqual(line!.x + line!.width + 0.5);
    expect(amount!.height).toBeLessThan(subject!.height);
    // Expenses are scaled among themselves: the one expense fills its track, the zero one draws nothing.
    const expenseBar = await current(page).locator('.finance__row', { hasText: ITEM }).locator('.finance__bar').evaluate((bar) => bar.getBoundingClientRect().width / bar.parentElement!.getBoundingClientRect().width);
    expect(expenseBar).toBeGreaterThan(0.99);
    expect(await current(page).locator('.finance__row', { hasText: '办公用品' }).locator('.finance__bar').count()).toBe(0);
    await page.context().close();
  });
});

/** The labels of label rows (.cell--labelled) whose box is narrower than their text on one line. */
function labelsNarrowerThanTheirText(page: Page): Promise<string[]> {
  return current(page).evaluate((root) =>
    Array.from(root.querySelectorAll<HTMLElement>('.cell__title'))
      .filter((label) => {
        const range = document.createRange();
        range.selectNodeContents(label);
        const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
        return lines.size > 1 && (label.textContent ?? '').length <= 6;
      })
      .map((label) => label.textContent ?? ''),
  );
}

/** Elements (by selector) whose content runs past their box or past the screen's right edge. */
function overflowing(page: Page, selector: string): Promise<string[]> {
  return current(page).evaluate(
    (root, sel) =>
      Array.from(root.querySelectorAll<HTMLElement>(sel))
        .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > window.innerWidth)
        .map((el) => (el.textContent ?? '').slice(0, 20)),
    selector,
  );
}

/** Logs in on 我的 by a dev-picker row. */
async function loginOnMe(page: Page, row: string): Promise<void> {
  await open(page, '/pages/me/index');
  await tap(page, row);
  await see(page, '党员认证');
}
