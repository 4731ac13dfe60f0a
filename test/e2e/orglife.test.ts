import type { Page } from 'playwright-core';
import { area, current, field, logInAs, open, see, tap, useApp } from './helpers/app';
import { screenshot } from './helpers/browser';

// Several pages, two users; the build machine is shared and slow at times.
jest.setTimeout(180000);

const app = useApp();
const PAGES = '/packages/orglife/pages';

async function login(code: string): Promise<string> {
  const res = await app.api<{ token: string }>(null, 'POST', '/api/auth/wechat', { code });
  expect(res.status).toBe(200);
  return res.body.token;
}

/** The status the compliance list shows for an organisation under the current kind tab. */
const rowStatus = (page: Page, name: string) => current(page).locator('.cell').filter({ hasText: name }).locator('.status-tag');

describe('组织生活 (H5)', () => {
  it('a branch records its 党小组会 with attendance and the street sees it turn on time', async () => {
    const streetToken = await login('demo_street_admin');
    const streetOrg = (await app.api<{ adminScopes: { organizationId: number }[] }>(streetToken, 'GET', '/api/me')).body.adminScopes[0].organizationId;
    const communityToken = await login('demo_community_admin');
    const homeOrg = (await app.api<{ adminScopes: { organizationId: number; name: string }[] }>(communityToken, 'GET', '/api/me')).body.adminScopes[0];
    // The clock's month (December, by CLOCK_START): nothing held yet is not due yet.
    const month = '2026-12';

    const street = await app.newPage();
    await logInAs(street, 'demo_street_admin');
    await open(street, `${PAGES}/compliance?organizationId=${streetOrg}&period=${month}`);
    await tap(street, '党小组会');
    await see(street, homeOrg.name);
    await rowStatus(street, homeOrg.name).getByText('未到期').waitFor();
    await screenshot(street, 'orglife-compliance-street-before');

    // The community admin opens the same view for their organisation and records the meeting from its row.
    const branch = await app.newPage();
    await logInAs(branch, 'demo_community_admin');
    await open(branch, `${PAGES}/compliance?organizationId=${homeOrg.organizationId}&period=${month}&manage=1`);
    await tap(branch, '党小组会');
    await tap(branch, homeOrg.name);
    await see(branch, '到会情况');
    await see(branch, '党小组会');
    await field(branch, '如：11月支委会').fill('第一党小组12月学习会');
    await area(branch, '会议议程').fill('学习阳光党建有关要求，交流本月志愿服务');
    await area(branch, '会议内容和决定').fill('党员逐一发言，明确下月志愿服务安排。');
    await tap(branch, '党员1号');
    await field(branch, '如：外出务工请假').fill('外出务工请假');
    await screenshot(branch, 'orglife-record-meeting');
    await tap(branch, '保存会议记录');
    await branch.getByText('会议已记录').waitFor();
    await rowStatus(branch, homeOrg.name).getByText('按时').waitFor();

    // The record holds the roll's attendance with the reason given.
    const list = await app.api<{ items: { id: number; kind: string; absentCount: number }[] }>(communityToken, 'GET', `/api/meetings?organizationId=${homeOrg.organizationId}&kind=group`);
    const recorded = await app.api<{ attendance: { name: string; present: boolean; absenceReason: string | null }[] }>(communityToken, 'GET', `/api/meetings/${list.body.items[0].id}`);
    expect(recorded.body.attendance.filter((a) => !a.present)).toEqual([expect.objectContaining({ name: '党员1号', absenceReason: '外出务工请假' })]);

    await street.reload();
    await current(street).waitFor();
    await tap(street, '党小组会');
    await rowStatus(street, homeOrg.name).getByText('按时').waitFor();
    await screenshot(street, 'orglife-compliance-street-after');

    // The demo member sees the meeting among their own attendance.
    const member = await app.newPage();
    await logInAs(member, 'demo_member');
    await open(member, `${PAGES}/mine`);
    await see(member, '第一党小组12月学习会');
    await screenshot(member, 'orglife-my-meetings');
    for (const p of [street, branch, member]) await p.context().close();
  });

  it('the street follows a weak organisation\'s rectification until every task is done and closes it', async () => {
    const page = await app.newPage();
    await logInAs(page, 'demo_street_admin');
    await open(page, `${PAGES}/ratings`);
    await see(page, '东田社区党总支');
    await see(page, '整顿中');
    await screenshot(page, 'orglife-ratings-weak');
    await tap(page, /整顿任务 完成 1\/3/);
    await see(page, '2025年软弱涣散党组织整顿');
    await screenshot(page, 'orglife-rectification-open');
    for (let i = 0; i < 2; i++) {
      await current(page).getByText('标记完成', { exact: true }).first().click();
      await page.getByText('已完成', { exact: true }).first().waitFor();
      await see(page, `完成 ${2 + i}/3`);
    }
    await tap(page, '整顿完成，关闭清单');
    await page.getByText('整顿已关闭').first().waitFor(); // the toast: two may be on screen at once
    await current(page).locator('.card__header').getByText('已关闭').waitFor();
    await screenshot(page, 'orglife-rectification-closed');
    const token = await login('demo_street_admin');
    const weak = await app.api<{ items: { organizationName: string; rectification: { closedAt: string | null } }[] }>(token, 'GET', '/api/ratings?level=weak');
    expect(weak.body.items[0].rectification.closedAt).not.toBeNull();
    await page.context().close();
  });
});
