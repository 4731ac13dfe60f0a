import fs from 'node:fs';
import path from 'node:path';
import { current, field, logInAs, open, see, tap, useApp } from './helpers/app';
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

    const claim = current(resident).locator('.claim-card').filter({ hasText: '城阳万象汇' });
    await claim.locator('.claim-card__qr').waitFor();
    expect(await claim.locator('.claim-card__qr img, img.claim-card__qr').first().getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    const code = (await claim.locator('.claim-card__code').innerText()).replace(/\s/g, '');
    expect(code).toMatch(/^[0-9A-Z]{16}$/);
    await screenshot(resident, 'campaign-claim');

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
    await current(resident).locator('.claim-card').filter({ hasText: '城阳万象汇' }).getByText('已使用').waitFor();
    await screenshot(resident, 'campaign-claim-used');
    await Promise.all([resident.context().close(), merchant.context().close()]);
  });

  it('an admin publishes a campaign with a poster; a resident sees it in the list and on the campaign page', async () => {
    const title = `社区惠民周（e2e ${Date.now() % 100000}）`;
    const admin = await app.newPage();
    await logInAs(admin, 'demo_admin');
    await open(admin, '/packages/merchant/pages/new-campaign');
    await see(admin, '北曲');
    await field(admin, '如：五一欢乐购物汇').fill(title);
    const chooser = admin.waitForEvent('filechooser');
    await tap(admin, '选择图片（选填）');
    // Any real image will do: the server recognises images by their bytes.
    await (await chooser).setFiles({ name: '海报.png', mimeType: 'image/png', buffer: fs.readFileSync(path.resolve(__dirname, '../../src/assets/tabbar/activities-active.png')) });
    await current(admin).locator('.campaign-form__poster-image').waitFor();
    await screenshot(admin, 'campaign-new-poster');
    await tap(admin, '发布活动');
    await admin.getByText('已发布').first().waitFor();

    const resident = await app.newPage();
    await open(resident, '/packages/campaigns/pages/index');
    const cell = current(resident).locator('.cell').filter({ hasText: title });
    expect(await cell.locator('.campaign-cell__poster img, img.campaign-cell__poster').first().getAttribute('src')).toContain('/api/files/');
    await screenshot(resident, 'campaigns-list-poster');
    await cell.click();
    await see(resident, '商户报名中');
    const poster = current(resident).locator('.campaigns-page__poster img, img.campaigns-page__poster').first();
    await poster.waitFor();
    expect(await poster.getAttribute('src')).toContain('/api/files/');
    await resident.waitForFunction(() => Array.from(document.querySelectorAll<HTMLImageElement>('.campaigns-page__poster img, img.campaigns-page__poster')).some((i) => i.complete && i.naturalWidth > 0));
    await screenshot(resident, 'campaign-detail-poster');
    await Promise.all([resident.context().close(), admin.context().close()]);
  });
});
