import type { Page } from 'playwright-core';
import { current, logInAs, open, see, tap, useApp } from './helpers/app';
import { newDesktopPage, screenshot } from './helpers/browser';

// One journey through several pages, with two short waits for a vote and a 公示 to end; the build machine is shared and slow at times.
jest.setTimeout(300000);

const app = useApp();

async function login(code: string): Promise<string> {
  const res = await app.api<{ token: string }>(null, 'POST', '/api/auth/wechat', { code });
  expect(res.status).toBe(200);
  return res.body.token;
}

/** Seconds from what the server's clock reads. */
const inSeconds = (s: number) => new Date(app.server.now().getTime() + s * 1000).toISOString();
/** Asks again every half second until the answer is true (the server's clock, not this process's, decides when a window ended). */
async function eventually(check: () => Promise<boolean>, timeoutMs = 90000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 500));
  }
}

type Applicant = { id: number; name: string; stage: string; points: number; steps: { stage: string; evidence: string[] }[] };

/** Opens a person's record from the pipeline's tab for their stage. */
async function openRecord(page: Page, tab: string, name: string) {
  await open(page, '/packages/development/pages/index');
  await tap(page, tab);
  await tap(page, name);
  await see(page, '发展历程');
}

describe('发展党员 (H5 and console)', () => {
  it('an admin moves an applicant to activist, records points, sees an early move refused with the rule, and runs a 差额推荐 round to its end', async () => {
    const admin = await login('demo_community_admin');
    const byName = async (name: string, stage: string) =>
      (await app.api<{ items: Applicant[] }>(admin, 'GET', `/api/applicants?stage=${stage}&pageSize=100`)).body.items.find((a) => a.name === name)!;

    // The admin's desk: from 管理后台 to the pipeline, the due steps first (a conversion past its date in red).
    const page = await app.newPage();
    await logInAs(page, 'demo_community_admin');
    await open(page, '/packages/admin/pages/index');
    await tap(page, '发展党员');
    await see(page, '到期提醒');
    await see(page, '唐景行 · 预备党员 → 正式党员');
    await current(page).locator('.dev-due--overdue').filter({ hasText: '唐景行' }).getByText('已到期').waitFor();
    await see(page, '许嘉言');
    await screenshot(page, 'development-pipeline');

    // An applicant becomes an activist: date, note, evidence; the timeline gains the step.
    await openRecord(page, '入党申请人', '林晓禾');
    await see(page, '进入下一阶段：入党积极分子');
    await current(page).locator('textarea[placeholder^="如：支部委员会研究同意"]').fill('经支部委员会研究，确定为入党积极分子');
    await tap(page, '谈话记录');
    await tap(page, '确认进入入党积极分子');
    await see(page, '进入下一阶段：发展对象');
    await see(page, '经支部委员会研究，确定为入党积极分子');
    await see(page, '材料：谈话记录');

    // Her dynamic points: a reason is required, the entry joins the ledger and this year's sum.
    const points = current(page).locator('.card').filter({ hasText: '积分纪实' });
    await points.locator('input[placeholder^="如 5"]').fill('6');
    await points.locator('input[placeholder^="理由"]').fill('参加集中学习 3 次');
    await points.getByText('记入积分', { exact: true }).click();
    await points.getByText('积分纪实（本年 6 分）').waitFor();
    await points.getByText('+6 分').waitFor();
    await screenshot(page, 'development-record');
    const lin = await byName('林晓禾', 'activist');
    expect(lin).toMatchObject({ stage: 'activist', points: 6 });
    expect(lin.steps.map((s) => s.stage)).toEqual(['applicant', 'activist']);
    expect(lin.steps[1].evidence).toEqual(['谈话记录']);

    // An activist of 250 days cannot become a candidate: the rule under the form, nothing changes.
    await openRecord(page, '入党积极分子', '顾思远');
    await current(page).locator('textarea[placeholder^="如：支部委员会研究同意"]').fill('培养考察合格');
    await tap(page, '培训结业');
    await tap(page, '确认进入发展对象');
    await current(page).locator('.dev-error').getByText(/入党积极分子须经过一年以上的培养教育，才能列为发展对象：顾思远最早 \d{4}-\d{2}-\d{2}/).waitFor();
    await see(page, '进入下一阶段：发展对象');
    await screenshot(page, 'development-early-move');
    expect((await byName('顾思远', 'activist')).steps).toHaveLength(2);

    // 差额推荐 of the branch: too many places is refused with the counts; the ranking is the points'.
    const me = await app.api<{ adminScopes: { organizationId: number }[] }>(admin, 'GET', '/api/me');
    const organizationId = me.body.adminScopes[0].organizationId;
    await open(page, '/packages/development/pages/recommendations');
    await current(page).locator('input[placeholder^="人选须多于名额"]').fill('9');
    await tap(page, '按积分排名生成人选并开启投票');
    await page.getByText(/差额推荐的人选须多于名额：现有 5 名入党积极分子，名额 9 个/).waitFor();
    // The round itself, with a vote that closes in a few seconds (the app's picker is by the minute).
    const created = await app.api<{ id: number; vote: { id: number; options: { id: number; label: string }[] } }>(admin, 'POST', '/api/activist-recommendations', {
      organizationId, year: app.server.now().getUTCFullYear(), seats: 2, closesAt: inSeconds(25),
    });
    expect(created.status).toBe(201);
    const round = created.body;
    expect(round.vote.options.map((o) => o.label)).toEqual(['苏青岚（19分）', '郑沐阳（10分）', '顾思远（8分）', '林晓禾（6分）', '宋可欣（2分）']);

    // A member votes in the browser on the votes pages, for two of the five.
    const member = await app.newPage();
    await logInAs(member, 'demo_member');
    await open(member, `/packages/votes/pages/vote?id=${round.vote.id}`);
    await tap(member, /苏青岚（19分）/);
    await tap(member, /郑沐阳（10分）/);
    await tap(member, '投票（已选 2/2）');
    await member.locator('.taro-modal__title').getByText('确认投票', { exact: true }).waitFor();
    await member.locator('.taro-model__confirm').click();
    await see(member, '已投票：结果在投票结束后公布');

    // The admin follows the round from its list: ranked candidates, the vote on the votes pages.
    await open(page, '/packages/development/pages/recommendations');
    await tap(page, `${app.server.now().getUTCFullYear()} 年度差额推荐`);
    await see(page, '人选（5 名，名额 2 个）');
    await see(page, '投票截止后可发布公示');
    await screenshot(page, 'development-round-voting');

    // After the vote: 公示 of the chosen (ends in a few seconds here), then the chosen become candidates.
    type Round = { vote: { status: string }; notice: { ended: boolean } | null };
    const roundNow = async () => (await app.api<Round>(admin, 'GET', `/api/activist-recommendations/${round.id}`)).body;
    await eventually(async () => (await roundNow()).vote.status === 'closed');
    const noticed = await app.api<{ status: string; notice: { id: number; endsAt: string }; candidates: { name: string; votes: number; chosen: boolean }[] }>(
      admin, 'POST', `/api/activist-recommendations/${round.id}/notice`, { endsAt: inSeconds(8) },
    );
    expect(noticed.status).toBe(201);
    expect(noticed.body.candidates.filter((c) => c.chosen).map((c) => c.name)).toEqual(['苏青岚', '郑沐阳']);
    await page.reload();
    await current(page).waitFor();
    await see(page, '苏青岚（拟推荐）');
    await see(page, '公示结束后可确定发展对象');
    await tap(page, '查看公示与异议');
    await see(page, '发展对象人选公示');
    await screenshot(page, 'development-round-notice');
    await eventually(async () => !!(await roundNow()).notice?.ended);
    await open(page, `/packages/development/pages/recommendation?id=${round.id}`);
    await tap(page, '确定发展对象');
    await see(page, '苏青岚（已列为发展对象）');
    await see(page, '郑沐阳（已列为发展对象）');
    await screenshot(page, 'development-round-finalized');
    const su = await byName('苏青岚', 'candidate');
    expect(su.steps.map((s) => s.stage)).toEqual(['applicant', 'activist', 'candidate']);
    expect((await byName('顾思远', 'activist')).stage).toBe('activist');

    // The desk console: the pipeline by stage, a filter, the timeline drawer, the due steps.
    const desk = await newDesktopPage(app.browser, app.server.url);
    await desk.goto('/admin/');
    await desk.getByText('开发模式 · 演示账号').waitFor();
    await desk.getByRole('button', { name: '城阳村社区管理员', exact: true }).click();
    await desk.getByRole('menuitem', { name: /发展党员/ }).waitFor();
    await desk.goto('/admin/development');
    await desk.getByText('发展党员（本人管理范围）').waitFor();
    await desk.locator('.ant-table').getByText('苏青岚', { exact: true }).click();
    await desk.locator('.ant-drawer').getByText(`经${app.server.now().getUTCFullYear()}年度差额推荐和公示，列为发展对象`).waitFor();
    await desk.locator('.ant-drawer').getByText('材料：差额推荐投票、公示').waitFor();
    await screenshot(desk, 'development-console-record');
    await desk.locator('.ant-drawer-close').click();
    await desk.getByRole('tab', { name: '到期提醒' }).click();
    await desk.locator('.ant-tabs-tabpane-active').getByText('已到期').first().waitFor();
    await screenshot(desk, 'development-console-due');
  });
});
