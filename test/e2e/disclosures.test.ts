import type { Page } from 'playwright-core';
import { formatYuan } from '../../src/lib/format';
import { area, current, field, logInAs, open, pickChengyangCommunity, see, tap, useApp } from './helpers/app';
import { screenshot } from './helpers/browser';

// A resident, then an admin, then the resident again: several pages each.
jest.setTimeout(180000);

const app = useApp();

async function api<T>(path: string, init: RequestInit & { token?: string } = {}): Promise<T> {
  const res = await fetch(`${app.server.url}${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}) },
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A 1×1 PNG: the server recognises images by their first bytes, not their name. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

describe('三务公开 (H5)', () => {
  const question = `道路维修花了多少钱，施工单位是哪家？（${Date.now() % 100000}）`;
  const answer = '施工单位为区住建局招标确定的青岛某市政公司，合同及验收单可到社区财务室查阅。';
  const draftTitle = '2025年12月财务收支公开（e2e）';
  let resident: Page;
  let financeId: number;

  it('a resident picks 城阳村社区, opens a finance disclosure, sees its table in yuan, its chart and 已核验, and asks a question', async () => {
    resident = await app.newPage();
    await logInAs(resident, '每次生成一个新用户');
    await open(resident, '/pages/disclosures/index');
    // Only admins get the way to the desk.
    await see(resident, '我的社区');
    expect(await current(resident).getByText('三务公开管理').count()).toBe(0);
    await tap(resident, '选择社区');
    await pickChengyangCommunity(resident);

    // The community home: counts per category, as the server counts them.
    const community = (await api<{ items: { id: number }[] }>(`/api/communities?q=${encodeURIComponent('城阳村')}`)).items[0];
    const summary = await api<{ categories: { category: string; count: number }[] }>(`/api/communities/${community.id}/disclosure-summary`);
    await see(resident, '公开概况');
    const tiles = current(resident).locator('.category-tiles__tile');
    for (const { category, count } of summary.categories) {
      const label = { party: '党务公开', affairs: '居务公开', finance: '财务公开' }[category]!;
      await tiles.filter({ hasText: label }).getByText(String(count), { exact: true }).waitFor();
    }
    await see(resident, '最新公开');
    await screenshot(resident, 'disclosures-home');

    // Filter to finance: every row is a finance disclosure.
    await current(resident).locator('.disclosure-filters__chip').getByText('财务', { exact: true }).click();
    const list = current(resident).locator('.paged-list');
    await list.getByText(/共 \d+ 条|上拉加载更多/).first().waitFor();
    const rows = list.locator('.cell');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.filter({ hasNotText: '财务 ·' }).count()).toBe(0);
    await current(resident).locator('.disclosure-filters').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(resident, 'disclosures-list');

    await rows.first().click();
    await see(resident, '收支明细（元）');
    financeId = Number(new URL(resident.url().replace('#', '')).searchParams.get('id'));
    const d = await api<{ title: string; totals: { incomeFen: number; expenseFen: number; balanceFen: number }; items: { subject: string; amountFen: number }[] }>(`/api/disclosures/${financeId}`);
    await see(resident, d.title);
    await see(resident, `收入合计 ${formatYuan(d.totals.incomeFen)}`);
    await see(resident, `支出合计 ${formatYuan(d.totals.expenseFen)}`);
    await see(resident, `结余 ${formatYuan(d.totals.balanceFen)}`);
    const first = current(resident).locator('.finance__line').filter({ hasText: d.items[0].subject }).first();
    await first.getByText(formatYuan(d.items[0].amountFen), { exact: true }).waitFor();
    // The chart: one bar per item.
    expect(await current(resident).locator('.finance__bar').count()).toBe(d.items.length);
    // Recomputed on this device, not taken from the server's word.
    await see(resident, '✓ 已核验');
    await screenshot(resident, 'disclosure-finance-detail');
    await current(resident).locator('.finance__totals').scrollIntoViewIfNeeded();
    await screenshot(resident, 'disclosure-finance-totals');

    await area(resident, '对这条公开有疑问').fill(question);
    await tap(resident, '提交提问');
    await see(resident, `问：${question}`);
    const asked = current(resident).locator('.question').filter({ hasText: question });
    await asked.getByText('等待社区答复').waitFor();
    await resident.getByText('提问已发布').waitFor({ state: 'hidden' });
    await current(resident).locator('.ask-input').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(resident, 'disclosure-ask');
    const visible = await api<{ items: { content: string }[] }>(`/api/disclosures/${financeId}/questions?pageSize=100`);
    expect(visible.items.map((q) => q.content)).toContain(question);
  });

  it('the admin of 城阳村社区 writes a draft with items and a photo, publishes it after the confirmation, and answers the question', async () => {
    const admin = await app.newPage();
    await logInAs(admin, 'demo_community_admin');
    await open(admin, '/pages/disclosures/index');
    await tap(admin, '三务公开管理');
    await see(admin, '管理范围：城阳村社区');
    await see(admin, '新建公开');
    await screenshot(admin, 'disclosure-admin');

    await tap(admin, '新建公开');
    // The community comes from the admin's own scope.
    await current(admin).locator('.cell').filter({ hasText: '社区' }).getByText('城阳村社区').waitFor();
    await see(admin, '财务收支');
    await field(admin, '标题').fill(draftTitle);
    await field(admin, '期间').fill('2025-12');
    await area(admin, '正文').fill('本月集体收支明细如下，原始凭证存社区财务室备查。');
    await tap(admin, '添加收入');
    await tap(admin, '添加支出');
    const rows = current(admin).locator('.item-row');
    await rows.nth(0).locator('input[placeholder="科目"]').fill('集体资产租赁收入');
    await rows.nth(0).locator('input[placeholder^="金额"]').fill('125000.5');
    await rows.nth(1).locator('input[placeholder="科目"]').fill('道路维修');
    await rows.nth(1).locator('input[placeholder^="金额"]').fill('38000');
    await see(admin, '收入 ¥125,000.50 · 支出 ¥38,000.00 · 结余 ¥87,000.50');

    const chooser = admin.waitForEvent('filechooser');
    await tap(admin, '添加图片');
    await (await chooser).setFiles({ name: '收支公示栏.png', mimeType: 'image/png', buffer: PNG });
    await see(admin, '收支公示栏.png');
    await screenshot(admin, 'disclosure-editor');

    await tap(admin, '保存草稿');
    await see(admin, draftTitle);
    const card = current(admin).locator('.card').filter({ hasText: draftTitle });
    await card.getByText('公开', { exact: true }).click();
    await admin.locator('.taro-modal__title').getByText('确认公开', { exact: true }).waitFor();
    await screenshot(admin, 'disclosure-publish-confirm');
    await admin.locator('.taro-model__confirm').click();
    await current(admin).getByText(draftTitle).waitFor({ state: 'detached' });

    // What the server now holds: published, amounts in fen, the photo attached.
    const { token } = await api<{ token: string }>('/api/auth/wechat', { method: 'POST', body: JSON.stringify({ code: 'demo_community_admin' }) });
    const published = await api<{ items: { title: string; status: string; totals: unknown; attachmentCount: number }[] }>('/api/admin/disclosures?status=published&pageSize=100', { token });
    expect(published.items.find((i) => i.title === draftTitle)).toMatchObject({
      status: 'published', totals: { incomeFen: 12500050, expenseFen: 3800000, balanceFen: 8700050 }, attachmentCount: 1,
    });

    await tap(admin, '居民提问');
    const q = current(admin).locator('.card').filter({ hasText: question });
    await q.getByText('答复', { exact: true }).click();
    await q.locator('textarea').fill(answer);
    await screenshot(admin, 'disclosure-questions');
    await q.getByText('提交答复', { exact: true }).click();
    await current(admin).getByText(question).waitFor({ state: 'detached' });
    await admin.context().close();
  });

  it('the resident reloads the disclosure and reads the answer; the new publication is in the list and verifies', async () => {
    await resident.reload();
    await see(resident, `答：${answer}`);
    await current(resident).locator('.question').filter({ hasText: question }).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(resident, 'disclosure-answered');

    await open(resident, '/pages/disclosures/index');
    await current(resident).locator('.disclosure-filters__chip').getByText('财务', { exact: true }).click();
    await tap(resident, draftTitle);
    await see(resident, '收入合计 ¥125,000.50');
    await see(resident, '✓ 已核验');
    await current(resident).locator('.disclosure-image').first().waitFor();
    await resident.context().close();
  });
});
