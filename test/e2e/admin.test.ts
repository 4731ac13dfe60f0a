import { current, field, logInAs, pickChengyangCommunity, see, tap, useApp } from './helpers/app';
import { screenshot } from './helpers/browser';

const app = useApp();

const APPLICANT = '端到端申请人';
const PHONE = '13800005678';

describe('管理后台 (H5)', () => {
  it('a community admin approves a resident’s member binding, the audit log shows it, and the resident is a member of 城阳村社区', async () => {
    // A fresh resident asks, from 我的, to be recognised as a member of 城阳村社区.
    const resident = await app.newPage();
    await logInAs(resident, '每次生成一个新用户');
    await field(resident, '与党员档案一致').fill(APPLICANT);
    await field(resident, '党组织登记的手机号').fill(PHONE);
    await tap(resident, '所在社区');
    await pickChengyangCommunity(resident);
    await tap(resident, '提交认证');
    await see(resident, '审核中');
    const communities = await app.api<{ items: { name: string; organizationId: number }[] }>(null, 'GET', `/api/communities?q=${encodeURIComponent('城阳村')}`);
    const community = communities.body.items.find((c) => c.name === '城阳村社区')!;
    const org = await app.api<{ name: string }>(null, 'GET', `/api/organizations/${community.organizationId}`);
    await see(resident, `已提交至${org.body.name}`);

    // The community admin opens 管理后台 from 我的: scopes and every tool.
    const admin = await app.newPage();
    await logInAs(admin, 'demo_community_admin');
    await tap(admin, '管理后台');
    await see(admin, '管理范围');
    await see(admin, org.body.name);
    await see(admin, /\d+ 待审/);
    for (const tool of ['三务公开管理', '发布活动', '商户与商圈活动审核', '联建共建看板', '联建对子管理', '操作日志']) await see(admin, tool);
    await screenshot(admin, 'admin-home');

    // 党员认证审核: the full phone for the admin, then 通过 behind a confirm dialog.
    await tap(admin, '党员认证审核');
    await see(admin, APPLICANT);
    await see(admin, `手机号：${PHONE}`);
    await see(admin, `组织：${org.body.name}`);
    await screenshot(admin, 'admin-bindings');
    const card = current(admin).locator('.binding-review').filter({ hasText: APPLICANT });
    await card.getByText('通过', { exact: true }).click();
    await admin.locator('.taro-modal__title').getByText('通过党员认证', { exact: true }).waitFor();
    await admin.locator('.taro-model__confirm').click();
    // The decided request leaves the pending list (the demo data has others waiting); it is under 已通过.
    await card.waitFor({ state: 'detached' });
    await tap(admin, '已通过');
    await current(admin).locator('.binding-review').filter({ hasText: APPLICANT }).getByText('已通过', { exact: true }).waitFor();

    // 操作日志 shows the approval; a tap shows the record before and after.
    await admin.goBack();
    await see(admin, '管理范围');
    await tap(admin, '操作日志');
    const entry = current(admin).locator('.audit-log').filter({ hasText: '通过党员认证' }).first();
    await entry.waitFor();
    await entry.click();
    await entry.getByText('操作前', { exact: true }).waitFor();
    await entry.getByText(/"status": "approved"/).waitFor();
    await screenshot(admin, 'admin-audit-log');
    await admin.context().close();

    // The resident reloads 我的: an approved member of the organisation, with the 党员中心.
    await resident.reload();
    await see(resident, '已认证党员');
    await see(resident, `所属组织：${org.body.name}`);
    await screenshot(resident, 'me-approved-member');
    await tap(resident, '党员中心');
    await see(resident, '中共党员');
    await see(resident, org.body.name);
    await see(resident, '活动签到');
    await see(resident, '0 分');
    await screenshot(resident, 'member-center');
    await resident.context().close();
  });

  it('the demo member (a member without a binding request) sees 城阳村社区 on 我的 and in 党员中心', async () => {
    const page = await app.newPage();
    await logInAs(page, 'demo_member');
    await see(page, '已认证党员');
    await see(page, /所属组织：城阳村社区/);
    await tap(page, '党员中心');
    await see(page, '中共党员');
    await see(page, /城阳村社区/);
    await page.context().close();
  });
});
