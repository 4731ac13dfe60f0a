import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPhonePage, screenshot } from './helpers/browser';
import { startServer, type RunningServer } from './helpers/server';

// Jest applies the project's testTimeout only globally; these tests walk several pages.
jest.setTimeout(60000);

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Taro's H5 router keeps earlier pages in the DOM, hidden: every lookup is scoped to the visible one. */
const current = (page: Page) => page.locator('.taro_page').filter({ visible: true }).last();
const see = (page: Page, text: string | RegExp) => current(page).getByText(text).first().waitFor();
const tap = (page: Page, text: string | RegExp) => current(page).getByText(text, { exact: typeof text === 'string' }).first().click();

async function open(page: Page, route: string): Promise<void> {
  await page.goto(`/#${route}`);
  await current(page).waitFor();
}

const PAGES = '/packages/partnership/pages';

/** A screenshot once the page has finished sliding in (Taro's H5 transition takes ~600 ms). */
async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(700);
  await screenshot(page, name);
}

describe('联建共建 (H5)', () => {
  it('the dashboard shows 20 pairs and 42 projects, and "民生 14" opens exactly those 14 projects', async () => {
    const page = await newPhonePage(browser, server);
    await open(page, `${PAGES}/dashboard`);
    const tiles = current(page).locator('.stat-tiles__tile');
    await tiles.filter({ hasText: '联建对子' }).getByText('20', { exact: true }).waitFor();
    await tiles.filter({ hasText: '结对社区' }).getByText('40', { exact: true }).waitFor();
    await tiles.filter({ hasText: '共建项目' }).getByText('42', { exact: true }).waitFor();
    await tiles.filter({ hasText: '已启动项目' }).getByText('8', { exact: true }).waitFor();
    await see(page, '增收 10');
    await see(page, '党建 18');
    await see(page, '已建立 · 覆盖率 100%');
    await shot(page, 'partnership-dashboard');

    await tap(page, '民生 14');
    await see(page, '共 14 条，已全部加载');
    const rows = current(page).locator('.cell');
    expect(await rows.count()).toBe(14);
    expect(await rows.filter({ hasText: '民生类' }).count()).toBe(14);
    await shot(page, 'partnership-drill-livelihood');
    await page.context().close();
  });

  it('the dashboard shows 三务公开 and 活动参与, and a 三务公开 bar opens exactly its communities', async () => {
    const page = await newPhonePage(browser, server);
    await open(page, `${PAGES}/dashboard`);
    const card = (title: string) => current(page).locator('.card').filter({ has: page.locator('.card__title', { hasText: title }) });
    const participation = card('活动参与');
    await participation.locator('.stat-tiles__tile').filter({ hasText: '举办活动' }).waitFor();
    expect(Number(await participation.locator('.stat-tiles__tile').filter({ hasText: '签到人次' }).locator('.stat-tiles__value').textContent())).toBeGreaterThan(0);
    expect(await participation.locator('.stat-tiles__tile').filter({ hasText: '出席率' }).locator('.stat-tiles__value').textContent()).toMatch(/^\d+(\.\d)?%$/);
    const finance = card('三务公开').locator('.bar-chart').nth(2).getByText(/^按时 \d+$/);
    await finance.scrollIntoViewIfNeeded();
    const onTime = Number((await finance.textContent())!.split(' ')[1]);
    expect(onTime).toBeGreaterThan(0);
    await shot(page, 'partnership-dashboard-compliance');

    await finance.click();
    await see(page, `共 ${onTime} 条，已全部加载`);
    expect(await current(page).locator('.cell').filter({ hasText: '按时' }).count()).toBe(onTime);
    await shot(page, 'partnership-drill-compliance');
    await page.context().close();
  });

  it('a resident opens the article\'s pair, its agreement and lists, and a started project with its timeline', async () => {
    const page = await newPhonePage(browser, server);
    await open(page, `${PAGES}/index`);
    await see(page, '党建引领 · 联建共建');
    await shot(page, 'partnerships');
    await tap(page, '城阳村社区 — 西大洋社区');
    await see(page, '《党建引领阳光社区联建共建合作协议》');
    await see(page, '2020-07-14 签订');
    await see(page, '三面环海，盛产鱼、虾、贝类等海产品');
    await shot(page, 'partnership-detail');
    await tap(page, '红岛海鲜产供销共同体');
    await see(page, '签订项目协议，项目启动实施');
    await shot(page, 'partnership-project');
    await page.context().close();
  });

  it('the admin of 城阳村社区 moves a planned project on with a note, and the timeline shows it', async () => {
    const page = await newPhonePage(browser, server);
    await open(page, '/pages/me/index');
    await tap(page, 'demo_community_admin');
    await see(page, '社区管理员');
    await open(page, `${PAGES}/drill?list=projects&status=planned&title=${encodeURIComponent('计划中项目')}`);
    await tap(page, '党建联抓·市场经营管理经验共享');
    await tap(page, '推进项目状态');
    await see(page, '当前状态');
    await current(page).locator('textarea').fill('两社区党组织开展首次联学');
    await shot(page, 'partnership-move-project');
    await tap(page, '确认推进');
    await see(page, '两社区党组织开展首次联学');
    await shot(page, 'partnership-project-moved');
    await page.context().close();
  });
});
