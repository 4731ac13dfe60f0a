import type { Page } from 'playwright-core';
import { area, current, field, logInAs, open, pickChengyangCommunity, see, tap, useApp } from './helpers/app';
import { screenshot } from './helpers/browser';

// A resident, the community's admin, the resident again, and a second community's card.
jest.setTimeout(240000);

const app = useApp();

/** A 1×1 PNG: the server recognises images by their first bytes, not their name. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

/** The 公开档案's figure: the count shown over its label in one section of the card. */
const figure = (page: Page, section: number, label: string) => current(page).locator('.record-figures').nth(section).locator('.record-figure').filter({ hasText: label }).locator('.record-figure__count');

describe('群众来信 and the 公开档案 (H5)', () => {
  const title = `村东主路路灯不亮（${Date.now() % 100000}）`;
  const reply = '已安排电工检修，三日内修好，感谢您的反映。';
  let resident: Page;

  it('a resident writes a public letter with a photo to 城阳村社区; it shows among the public letters, masked, without its writer', async () => {
    resident = await app.newPage();
    await logInAs(resident, '每次生成一个新用户');
    await open(resident, '/pages/disclosures/index');
    await tap(resident, '选择社区');
    await pickChengyangCommunity(resident);
    await see(resident, '公开档案');
    const before = Number(await figure(resident, 2, '办理中').textContent());

    await tap(resident, '我要写信');
    await see(resident, '写给');
    await field(resident, '一句话说明事情').fill(title);
    await area(resident, '事情经过').fill('村东主路的路灯坏了一个月，晚上出行不便。联系电话13812345678。');
    const chooser = resident.waitForEvent('filechooser');
    await current(resident).getByLabel('添加照片').click();
    await (await chooser).setFiles({ name: '路灯.png', mimeType: 'image/png', buffer: PNG });
    await current(resident).locator('.letter-photos__image').first().waitFor();
    await see(resident, '照片（1/9）');
    await screenshot(resident, 'letter-write');
    await tap(resident, '送达社区');
    await see(resident, '公开档案'); // back on the tab
    await figure(resident, 2, '办理中').getByText(String(before + 1), { exact: true }).waitFor();

    await tap(resident, '公开来信');
    const card = current(resident).locator('.card').filter({ hasText: title });
    await card.waitFor();
    await card.getByText('办理中').waitFor();
    await card.getByText(/138\*\*\*\*5678/).waitFor();
    expect(await card.getByText('13812345678').count()).toBe(0);
    expect(await card.locator('.letter-photos__image').count()).toBe(1);
    await screenshot(resident, 'letters-public');
  });

  it('the community admin answers it on the letters desk', async () => {
    const admin = await app.newPage();
    await logInAs(admin, 'demo_community_admin');
    await open(admin, '/packages/admin/pages/index');
    await tap(admin, '来信办理');
    const card = current(admin).locator('.card').filter({ hasText: title });
    await card.waitFor();
    // The admin reads it as written.
    await card.getByText(/13812345678/).waitFor();
    await card.locator('textarea[placeholder="答复内容"]').fill(reply);
    await screenshot(admin, 'letters-desk');
    await card.getByText('答复', { exact: true }).click();
    await current(admin).locator('.card').filter({ hasText: title }).waitFor({ state: 'detached' });
  });

  it('the resident reads the reply, rates it once, and the card counts it answered on time and satisfied', async () => {
    await open(resident, '/pages/me/index');
    await tap(resident, '我的来信');
    const card = current(resident).locator('.card').filter({ hasText: title });
    await card.getByText(`社区答复：${reply}`).waitFor();
    await card.getByLabel('对答复满意').click();
    await card.getByText('我的评价：满意').waitFor();
    expect(await card.getByLabel('对答复满意').count()).toBe(0);
    await screenshot(resident, 'letters-mine-rated');

    await open(resident, '/pages/disclosures/index');
    await see(resident, '公开档案');
    const record = current(resident).locator('.card').filter({ hasText: '公开档案' });
    await record.getByText(/满意 [1-9]\d* · 不满意/).waitFor();
    await record.scrollIntoViewIfNeeded();
    await screenshot(resident, 'transparency-card');
    // The figure opens the rows it counts: the letter is among the letters answered on time.
    await figure(resident, 2, '按时答复').click();
    await see(resident, '按时答复 · 共');
    await see(resident, title);
    await screenshot(resident, 'transparency-rows');
  });

  it('a community that published a month late shows it on its card', async () => {
    const page = await app.newPage();
    await logInAs(page, '每次生成一个新用户');
    await open(page, '/pages/disclosures/index');
    await tap(page, '选择社区');
    await field(page, '搜索社区名称').waitFor();
    await tap(page, '城阳街道');
    await field(page, '搜索社区名称').fill('后田');
    await see(page, '共 1 条，已全部加载');
    await tap(page, '后田社区');
    await see(page, '公开档案');
    const communities = await app.api<{ items: { id: number }[] }>(null, 'GET', `/api/communities?q=${encodeURIComponent('后田')}`);
    const card = await app.api<{ disclosures: { counts: { late: { count: number } } } }>(null, 'GET', `/api/communities/${communities.body.items[0].id}/transparency`);
    expect(card.body.disclosures.counts.late.count).toBeGreaterThan(0);
    await figure(page, 0, '逾期公开').getByText(String(card.body.disclosures.counts.late.count), { exact: true }).waitFor();
    await current(page).locator('.record-cell--late').first().waitFor();
    await current(page).locator('.record-months').scrollIntoViewIfNeeded();
    await screenshot(page, 'transparency-card-late');
    await figure(page, 0, '逾期公开').click();
    await see(page, '逾期公开 · 共');
    await current(page).locator('.status-tag').getByText('逾期公开').first().waitFor();
    await screenshot(page, 'transparency-rows-late');
  });
});
