import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPhonePage, screenshot } from './helpers/browser';
import { startServer, type RunningServer } from './helpers/server';

// These walk several pages; the project's testTimeout does not reach tests run with --selectProjects.
jest.setTimeout(90000);

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

async function open(page: Page, route: string): Promise<void> {
  await page.goto(`/#${route}`);
  await current(page).waitFor();
}

/** Logs in through the dev login picker on 我的 (the picker shows each demo code under its label). */
async function logInAs(page: Page, text: string): Promise<void> {
  await open(page, '/pages/me/index');
  await current(page).getByText(text, { exact: true }).click();
  await see(page, '党员认证');
}

/** A screenshot once the page has finished sliding in (Taro's H5 transition takes ~600 ms). */
async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(700);
  await screenshot(page, name);
}

describe('商圈活动 (H5)', () => {
  it('a resident claims an offer and sees its QR code; the merchant redeems it by typing the code', async () => {
    const resident = await newPhonePage(browser, server.url);
    await logInAs(resident, '新居民');
    await open(resident, '/packages/campaigns/pages/index');
    await see(resident, '五一欢乐购物汇（2020）');
    await shot(resident, 'campaigns-list');
    await current(resident).getByText('五一欢乐购物汇', { exact: true }).click();

    const offer = current(resident).locator('.offer').filter({ hasText: '城阳万象汇' });
    await offer.getByText('餐饮代金券50元').waitFor();
    await see(resident, '吕家庄夜市');
    await shot(resident, 'campaign-detail');
    await offer.getByText('领取', { exact: true }).click();
    await offer.getByText('查看券码').click();

    const coupon = current(resident).locator('.coupon').filter({ hasText: '城阳万象汇' });
    await coupon.locator('.coupon__qr').waitFor();
    expect(await coupon.locator('.coupon__qr img, img.coupon__qr').first().getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    const code = (await coupon.locator('.coupon__code').innerText()).replace(/\s/g, '');
    expect(code).toMatch(/^[0-9A-Z]{16}$/);
    await shot(resident, 'campaign-coupon');

    const merchant = await newPhonePage(browser, server.url);
    await logInAs(merchant, 'demo_merchant');
    await open(merchant, '/packages/merchant/pages/index');
    await see(merchant, '我的活动报名');
    await shot(merchant, 'merchant-home');
    await open(merchant, '/packages/merchant/pages/redeem');
    await current(merchant).locator('input[placeholder^="输入券码"]').fill(code.toLowerCase());
    await current(merchant).getByText('核销', { exact: true }).click();
    await see(merchant, '核销成功：餐饮代金券50元');
    await shot(merchant, 'merchant-redeem');

    await resident.reload();
    await current(resident).locator('.coupon').filter({ hasText: '城阳万象汇' }).getByText('已使用').waitFor();
    await shot(resident, 'campaign-coupon-used');
    await Promise.all([resident.context().close(), merchant.context().close()]);
  });
});
