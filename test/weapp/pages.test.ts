import fs from 'node:fs';
import path from 'node:path';
import { formatYuan } from '../../src/lib/format';
import { startServer, type RunningServer } from '../e2e/helpers/server';
import { useScreenshots } from './helpers/screenshot';
import { startSimulator, WEAPP_DIR, type Simulator } from './helpers/simulator';

/**
 * The product's own build, not the H5 one: dist/weapp's tab pages and main subpages rendered by
 * WeChat's simulator against the real service, as the demo party member who logs in with WeChat.
 * A weapp-only break (an API missing from `wx`, a template the official compiler rejects, a
 * runtime difference) fails here.
 */
let server: RunningServer;
let sim: Simulator;
const screenshot = useScreenshots();

async function api<T>(path: string, token?: string): Promise<T> {
  const res = await fetch(`${server.url}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}

beforeAll(async () => {
  server = await startServer();
  sim = startSimulator(server.url, 'demo_member');
});

afterAll(async () => {
  await server?.stop();
});

describe('the weapp build in WeChat simulator', () => {
  it('我的: 微信登录 logs the member in with wx.login and shows their roles from the service', async () => {
    await sim.reLaunch('/pages/me/index');
    await sim.see('登录后查看我的信息');
    await sim.tap('微信登录');
    await sim.see('已认证党员');
    await sim.see('党员中心');
    expect(sim.text()).toContain('长辈模式');
    await screenshot(sim, 'me');
  });

  it('首页 → 选择社区: the picker lists the service\'s communities, a search narrows them, a tap picks one', async () => {
    await sim.reLaunch('/pages/index/index');
    await sim.see('我的社区');
    await sim.tap('选择社区');
    await sim.waitForPage('pages/communities/index');
    await sim.see('城阳街道 · 农村社区');
    await sim.type('.community-picker__input', '城阳村');
    await sim.see('共 1 条，已全部加载');
    await screenshot(sim, 'community-picker');
    // Accessible names reach WeChat's templates (config/plugins/aria.js): the search field's.
    expect(sim.accessibleNames()).toEqual(expect.arrayContaining(['搜索社区名称']));
    await sim.tap('城阳村社区', '.cell__title');
    await sim.waitForPage('pages/index/index');
    await sim.see('城阳村社区');
    await screenshot(sim, 'home');
  });

  it('三务公开 → a finance disclosure: its title, totals in yuan and items as the service has them', async () => {
    const community = (await api<{ items: { id: number }[] }>(`/api/communities?q=${encodeURIComponent('城阳村')}`)).items[0];
    const list = await api<{ items: { id: number; title: string; category: string }[] }>(`/api/communities/${community.id}/disclosures?category=finance`);
    const d = await api<{ title: string; totals: { incomeFen: number; expenseFen: number }; items: { subject: string }[] }>(`/api/disclosures/${list.items[0].id}`);
    await sim.reLaunch('/pages/disclosures/index');
    await sim.see('公开概况');
    await sim.see(list.items[0].title);
    await screenshot(sim, 'disclosures');
    await sim.tap(list.items[0].title);
    await sim.waitForPage('packages/disclosure/pages/detail');
    await sim.see('收支明细（元）');
    await sim.see(d.title);
    await sim.see(`收入合计 ${formatYuan(d.totals.incomeFen)}`);
    await sim.see(`支出合计 ${formatYuan(d.totals.expenseFen)}`);
    await sim.see(d.items[0].subject);
    await screenshot(sim, 'disclosure-detail');
  });

  it('活动 → an activity: the list and the detail page come from the service', async () => {
    const login = await fetch(`${server.url}/api/auth/wechat`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: 'demo_member' }) });
    const { token } = (await login.json()) as { token: string };
    const activities = await api<{ items: { id: number; title: string }[] }>('/api/activities?page=1&pageSize=20', token);
    await sim.reLaunch('/pages/activities/index');
    await sim.see(activities.items[0].title);
    await sim.tap(activities.items[0].title);
    await sim.waitForPage('packages/activity/pages/detail');
    await sim.see(activities.items[0].title);
    await sim.see(/报名/);
    await screenshot(sim, 'activity-detail');
  });
});

describe('the weapp build as WeChat DevTools uploads it', () => {
  it('keeps the main package (everything outside packages/) under 1 MiB, the tab pages in it and every other page in a subpackage', () => {
    const files = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const main = files(WEAPP_DIR).filter((f) => !path.relative(WEAPP_DIR, f).startsWith('packages/'));
    const bytes = main.reduce((sum, f) => sum + fs.statSync(f).size, 0);
    expect(bytes).toBeLessThan(1024 * 1024);
    const appJson = JSON.parse(fs.readFileSync(path.join(WEAPP_DIR, 'app.json'), 'utf8')) as { pages: string[]; lazyCodeLoading?: string };
    expect(appJson.pages).toEqual(['pages/index/index', 'pages/disclosures/index', 'pages/activities/index', 'pages/me/index', 'pages/communities/index']);
    // DevTools' code-quality scan: components injected on demand, no image over 200 KB.
    expect(appJson.lazyCodeLoading).toBe('requiredComponents');
    const images = files(WEAPP_DIR).filter((f) => /\.(png|jpe?g|gif|svg|webp)$/i.test(f));
    expect(images.filter((f) => fs.statSync(f).size > 200 * 1024)).toEqual([]);
  });
});
