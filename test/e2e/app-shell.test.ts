import type { Browser } from 'playwright-core';
import { current, field, logInAs, open, pickChengyangCommunity, see, tap } from './helpers/app';
import { launchBrowser, newPhonePage, screenshot } from './helpers/browser';
import { startServer, type RunningServer } from './helpers/server';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('app shell (H5)', () => {
  it('a party member logs in through the dev picker and sees their roles on 我的', async () => {
    const page = await newPhonePage(browser, server);
    // The service's CSP must let the H5 build run: any refusal shows up on the console.
    const refused: string[] = [];
    page.on('console', (m) => (/Content Security Policy/i.test(m.text()) ? refused.push(m.text()) : undefined));
    await open(page, '/pages/me/index');
    await see(page, '选择测试身份登录');
    await screenshot(page, 'me-logged-out');

    await logInAs(page, 'demo_member');

    const profile = current(page).locator('.profile');
    await profile.getByText('党员', { exact: true }).waitFor();
    await profile.getByText('居民', { exact: true }).waitFor();
    await see(page, '已认证党员');
    await see(page, '党员中心');
    await screenshot(page, 'me-member');
    expect(refused).toEqual([]);
    expect((await page.request.get('/')).headers()['content-security-policy']).toMatch(/script-src 'self'/);
    await page.context().close();
  });

  it('a resident picks 城阳村社区 on 首页, and the device remembers it', async () => {
    const page = await newPhonePage(browser, server);
    await open(page, '/pages/index/index');
    await see(page, '阳光党建智慧平台');
    await tap(page, '选择社区');

    await pickChengyangCommunity(page, 'community-picker');

    await see(page, '城阳街道 · 农村社区');
    await screenshot(page, 'home');
    await page.reload();
    await see(page, '城阳村社区');
    await page.context().close();
  });

  it('a fresh resident asks to be recognised as a party member and sees it pending', async () => {
    const page = await newPhonePage(browser, server);
    await logInAs(page, '每次生成一个新用户');
    await field(page, '与党员档案一致').fill('测试居民');
    await field(page, '党组织登记的手机号').fill('13800001234');
    await tap(page, '所在社区');
    await pickChengyangCommunity(page);

    await see(page, '城阳村社区党委');
    // Typed in full, shown masked once the user moved on.
    expect(await field(page, '党组织登记的手机号').inputValue()).toBe('138****1234');
    await screenshot(page, 'me-binding-form');
    await tap(page, '提交认证');

    await see(page, '审核中');
    await see(page, /138\*\*\*\*1234/);
    await screenshot(page, 'me-binding-pending');
    await page.context().close();
  });
});
