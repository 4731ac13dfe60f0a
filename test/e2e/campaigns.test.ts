import { current, logInAs, open, see, useApp } from './helpers/app';
import { screenshot } from './helpers/browser';

// These walk several pages; the project's testTimeout does not reach tests run with --selectProjects.
jest.setTimeout(90000);

const app = useApp();

describe('商圈活动 (H5)', () => {
  it('a resident claims an offer and sees its QR code; the merchant redeems it by typing the code', async () => {
    const resident = await app.newPage();
    await logInAs(resident, '新居民');
    await open(resident, '/packages/campaigns/pages/index');
    await see(resident, '五一欢乐购物汇（2020）');
    await screenshot(resident, 'campaigns-list');
    await current(resident).getByText('五一欢乐购物汇', { exact: true }).click();

    const offer = current(resident).locator('.offer').filter({ hasText: '城阳万象汇' });
    await offer.getByText('餐饮代金券50元').waitFor();
    await see(resident, '吕家庄夜市');
    await screenshot(resident, 'campaign-detail');
    await offer.getByText('领取', { exact: true }).click();
    await offer.getByText('查看券码').click();

    const coupon = current(resident).locator('.coupon').filter({ hasText: '城阳万象汇' });
    await coupon.locator('.coupon__qr').waitFor();
    expect(await coupon.locator('.coupon__qr img, img.coupon__qr').first().getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    const code = (await coupon.locator('.coupon__code').innerText()).replace(/\s/g, '');
    expect(code).toMatch(/^[0-9A-Z]{16}$/);
    await screenshot(resident, 'campaign-coupon');

    const merchant = await app.newPage();
    await logInAs(merchant, 'demo_merchant');
    await open(merchant, '/packages/merchant/pages/index');
    await see(merchant, '我的活动报名');
    await screenshot(merchant, 'merchant-home');
    await open(merchant, '/packages/merchant/pages/redeem');
    await current(merchant).locator('input[placeholder^="输入券码"]').fill(code.toLowerCase());
    await current(merchant).getByText('核销', { exact: true }).click();
    await see(merchant, '核销成功：餐饮代金券50元');
    await screenshot(merchant, 'merchant-redeem');

    await resident.reload();
    await current(resident).locator('.coupon').filter({ hasText: '城阳万象汇' }).getByText('已使用').waitFor();
    await screenshot(resident, 'campaign-coupon-used');
    await Promise.all([resident.context().close(), merchant.context().close()]);
  });
});
