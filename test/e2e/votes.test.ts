import type { Page } from 'playwright-core';
import { area, current, field, logInAs, open, see, tap, useApp } from './helpers/app';
import { newDesktopPage, screenshot } from './helpers/browser';

// Many pages and two restarts of the server (its clock moved on); the build machine is shared and slow at times.
jest.setTimeout(300000);

const app = useApp();
const DAY = 24 * 3600_000;

async function login(code: string): Promise<string> {
  const res = await app.api<{ token: string }>(null, 'POST', '/api/auth/wechat', { code });
  expect(res.status).toBe(200);
  return res.body.token;
}

/** A phone logged in as a demo user (a fresh page: its clock reads the server's). */
async function phone(code: string): Promise<Page> {
  const page = await app.newPage();
  await logInAs(page, code);
  return page;
}

/** Confirms Taro's modal (the ballot's "确认投票"). */
const confirmModal = (page: Page) => page.locator('.taro__modal .taro-modal__foot').getByText('确定', { exact: true }).click();

/** The desk console as a logged-in admin (the console's own login is console.test.ts's journey). */
async function desk(code: string, path: string): Promise<Page> {
  const token = await login(code);
  const page = await newDesktopPage(app.browser, app.server.url);
  await page.addInitScript((t) => sessionStorage.setItem('spb-console-token', t), token);
  await page.goto(path);
  return page;
}

/** Opens the expanded row of a console table's row. */
const expand = (page: Page, text: string) => page.locator('tr.ant-table-row', { hasText: text }).locator('.ant-table-row-expand-icon').first().click();

/** The id in the visible page's route (…?id=12). */
const idInUrl = (page: Page) => Number(new URL(page.url().replace('/#/', '/')).searchParams.get('id'));

interface Vote { status: string; ballotCount: number | null; options: { label: string; count: number | null }[] }
interface Selection { status: string; voteId: number; noticeId: number; candidates: { name: string }[]; winners: { name: string }[] }

describe('投票与公示 (H5): a member votes once, sees counts after the close, objects to a 公示; an admin runs a 阳光党员 selection to the end', () => {
  it('runs the members’ year of votes through the service’s clock', async () => {
    // An admin opens a plain vote of the community's members from the app's form.
    const admin = await phone('demo_community_admin');
    await open(admin, '/packages/votes/pages/index');
    await tap(admin, '发起投票');
    await field(admin, '如：明年民生实事项目').fill('村党委明年为民办实事项目');
    await field(admin, '选项内容').nth(0).fill('修缮村东老年活动室');
    await field(admin, '选项内容').nth(1).fill('村道加装路灯');
    await tap(admin, '添加选项');
    await field(admin, '选项内容').nth(2).fill('增设垃圾分类亭');
    await field(admin, '每人最多选几项').fill('2');
    await see(admin, '城阳村社区党委');
    await screenshot(admin, 'votes-new-vote');
    await tap(admin, '发起投票');
    await see(admin, '本组织党员投票');
    const voteId = idInUrl(admin);
    expect(voteId).toBeGreaterThan(0);

    // The member votes for two, confirms, and is told the counts come after the close.
    const member = await phone('demo_member');
    await open(member, '/packages/votes/pages/index');
    await tap(member, '村党委明年为民办实事项目');
    await see(member, '投票中');
    await tap(member, /修缮村东老年活动室/);
    await tap(member, /村道加装路灯/);
    await see(member, '投票（已选 2/2）');
    await screenshot(member, 'votes-ballot');
    await tap(member, '投票（已选 2/2）');
    await member.locator('.taro__modal').getByText('确认投票').waitFor();
    await confirmModal(member);
    await see(member, '已投票：结果在投票结束后公布');
    expect(await current(member).getByText(/^\d+ 票$/).count()).toBe(0);
    await screenshot(member, 'votes-voted');
    // No second ballot (the page offers none; the service refuses one), and no counts while it runs.
    const memberToken = await login('demo_member');
    const running = await app.api<Vote>(memberToken, 'GET', `/api/votes/${voteId}`);
    expect(running.body).toMatchObject({ status: 'open', ballotCount: null });
    expect(running.body.options.every((o) => o.count === null)).toBe(true);
    const optionIds = (await app.api<{ options: { id: number }[] }>(memberToken, 'GET', `/api/votes/${voteId}`)).body.options.map((o) => o.id);
    const twice = await app.api<{ error: { code: string } }>(memberToken, 'POST', `/api/votes/${voteId}/ballots`, { optionIds: [optionIds[2]] });
    expect(twice).toMatchObject({ status: 409, body: { error: { code: 'ALREADY_VOTED' } } });

    // The admin publishes a 公示; the member objects; the admin answers (not upheld); the member reads the answer.
    await open(admin, '/packages/votes/pages/index');
    await tap(admin, '公示');
    await tap(admin, '发布公示');
    await field(admin, '如：社区集体资产租赁结果公示').fill('村集体鱼塘承包结果公示');
    await area(admin, '公示的事项、依据和结果').fill('经村民代表会议表决，村南鱼塘按公开竞价结果承包，承包期五年，年承包费 3.2 万元。');
    await screenshot(admin, 'votes-new-notice');
    await tap(admin, '发布公示');
    await see(admin, '暂无异议');
    const noticeId = idInUrl(admin);

    await open(member, '/packages/votes/pages/index');
    await tap(member, '公示');
    await tap(member, '村集体鱼塘承包结果公示');
    await area(member, '请写明异议的事实和理由').fill('竞价会的时间和参加人数没有公布，请说明。');
    await tap(member, '提交异议');
    await see(member, '待答复');

    await open(admin, `/packages/votes/pages/notice?id=${noticeId}`);
    await area(admin, '答复内容').fill('竞价会于上月 12 日举行，4 户参加，记录在村委会可查阅。');
    await tap(admin, '答复');
    await see(admin, '异议不成立');

    await open(member, `/packages/votes/pages/notice?id=${noticeId}`);
    await see(member, '答复：竞价会于上月 12 日举行，4 户参加，记录在村委会可查阅。');
    await see(member, '异议不成立');
    await screenshot(member, 'votes-notice-answered');

    // The street admin starts the street's 阳光党员 selection: candidates from stars and points, more than seats.
    const street = await phone('demo_street_admin');
    await open(street, '/packages/votes/pages/new-selection');
    await see(street, '城阳街道党工委');
    await tap(street, '生成候选人');
    await see(street, /候选人（\d+ 人，名额 3 名）/);
    const selectionId = idInUrl(street);
    await screenshot(street, 'votes-selection-candidates');
    await tap(street, '开启党员投票');
    await see(street, '查看投票');
    const voting = (await app.api<Selection>(null, 'GET', `/api/sunshine-selections/${selectionId}`)).body;
    expect(voting.status).toBe('voting');
    expect(voting.candidates.length).toBeGreaterThan(3);
    const chosen = voting.candidates.slice(1, 4).map((c) => c.name);

    // The member votes for three candidates in it.
    await open(member, `/packages/votes/pages/vote?id=${voting.voteId}`);
    for (const name of chosen) await tap(member, new RegExp(`^☐ ${name}$`));
    await tap(member, '投票（已选 3/3）');
    await confirmModal(member);
    await see(member, '已投票：结果在投票结束后公布');

    // A week and a day later (the service's clock, moved on): both votes have closed.
    await app.server.advance(8 * DAY);
    const later = await phone('demo_member');
    await open(later, `/packages/votes/pages/vote?id=${voteId}`);
    await see(later, '已结束');
    await see(later, '共 1 人投票，票数由选票记录计算，投票人与选票不关联。');
    await screenshot(later, 'votes-counts-after-close');
    const closed = (await app.api<Vote>(null, 'GET', `/api/votes/${voteId}`)).body;
    expect(closed.options.map((o) => [o.label, o.count])).toEqual([['修缮村东老年活动室', 1], ['村道加装路灯', 1], ['增设垃圾分类亭', 0]]);

    // The street admin publishes the winners for 公示.
    const street2 = await phone('demo_street_admin');
    await open(street2, `/packages/votes/pages/selection?id=${selectionId}`);
    await tap(street2, '投票结束后发布公示');
    await see(street2, '拟表彰人选');
    await screenshot(street2, 'votes-selection-notice');
    const notice = (await app.api<Selection>(null, 'GET', `/api/sunshine-selections/${selectionId}`)).body;
    expect(notice.status).toBe('notice');
    expect(notice.winners.map((w) => w.name).sort()).toEqual([...chosen].sort());

    // A member objects to one of the winners; the street admin upholds it on the desk console, where the plain vote's counts show too.
    const objector = await login('demo_member');
    const published = (await app.api<{ items: { key: string; label: string }[] }>(null, 'GET', `/api/public-notices/${notice.noticeId}`)).body;
    const named = published.items.find((i) => i.label === chosen[0])!;
    const lodged = await app.api(objector, 'POST', `/api/public-notices/${notice.noticeId}/objections`, { content: '该同志今年两次无故缺席组织生活，不宜表彰。', itemKey: named.key });
    expect(lodged.status).toBe(201);
    const deskPage = await desk('demo_street_admin', '/admin/votes');
    await deskPage.getByText('村党委明年为民办实事项目').waitFor();
    await expand(deskPage, '村党委明年为民办实事项目');
    await deskPage.getByText('共 1 人投票（票数由选票记录计算）').waitFor();
    await screenshot(deskPage, 'votes-console-counts');
    await deskPage.getByRole('tab', { name: '公示与异议' }).click();
    await expand(deskPage, '年度阳光党员拟表彰人选公示');
    await deskPage.getByText('该同志今年两次无故缺席组织生活，不宜表彰。').waitFor();
    await deskPage.getByRole('button', { name: /^答\s*复$/ }).click();
    await deskPage.locator('.ant-modal textarea').fill('经核实，该同志确有两次无故缺席，异议成立，取消其拟表彰资格。');
    await deskPage.locator('.ant-modal').getByRole('switch').click();
    await screenshot(deskPage, 'votes-console-reply');
    await deskPage.locator('.ant-modal').getByRole('button', { name: /^确\s*定$/ }).click();
    await deskPage.getByText('答复：经核实，该同志确有两次无故缺席，异议成立，取消其拟表彰资格。').waitFor();
    await deskPage.getByText('异议成立', { exact: true }).waitFor();

    // After the 公示 has ended, the admin finalizes; anyone, logged out, reads the final list.
    await app.server.advance(8 * DAY);
    const street3 = await phone('demo_street_admin');
    await open(street3, `/packages/votes/pages/selection?id=${selectionId}`);
    await tap(street3, '公示结束后确定结果');
    await see(street3, '阳光党员名单');
    const visitor = await app.newPage();
    await open(visitor, `/packages/votes/pages/selection?id=${selectionId}`);
    await see(visitor, '阳光党员名单');
    await see(visitor, `${chosen[0]}（异议成立，取消）`);
    await screenshot(visitor, 'votes-selection-final');
    const final = (await app.api<Selection>(null, 'GET', `/api/sunshine-selections/${selectionId}`)).body;
    expect(final).toMatchObject({ status: 'final' });
    expect(final.winners.map((w) => w.name).sort()).toEqual(chosen.slice(1).sort());

    // The console's wizard view of the same selection: every step dated, the winners and the one dropped.
    const finalDesk = await desk('demo_street_admin', '/admin/votes?tab=selections');
    await expand(finalDesk, '评选结果');
    await finalDesk.getByText('异议成立，取消').waitFor();
    expect(await finalDesk.locator('.ant-tag', { hasText: '阳光党员' }).count()).toBe(2);
    await screenshot(finalDesk, 'votes-console-selection');
  });
});
