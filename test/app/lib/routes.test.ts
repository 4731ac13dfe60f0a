import type * as Routes from '../../../src/lib/routes';
import type * as TaroStub from '../stubs/taro';

let Taro: typeof TaroStub.default;
let routes: typeof Routes;

beforeEach(() => {
  jest.resetModules();
  Taro = (require('../stubs/taro') as typeof TaroStub).default;
  routes = require('../../../src/lib/routes') as typeof Routes;
});

/** The pages app.config.ts registers for the build, as `/root/page` paths. */
function registeredPages(): string[] {
  (globalThis as { defineAppConfig?: unknown }).defineAppConfig = (config: unknown) => config;
  const config = (require('../../../src/app.config') as { default: { pages: string[]; subPackages: { root: string; pages: string[] }[] } }).default;
  return [...config.pages.map((p) => `/${p}`), ...config.subPackages.flatMap((s) => s.pages.map((p) => `/${s.root}/${p}`))];
}

describe('the page table', () => {
  it('names every page the build registers, and only those', () => {
    expect(Object.values(routes.PAGES).sort()).toEqual(registeredPages().sort());
  });

  it('pushes a page with its query, switches to a tab, and replaces the current page', () => {
    routes.openPage('activity', { id: 3, from: undefined });
    routes.openPage('me');
    routes.replacePage('disclosure', { id: 5 });
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/activity/pages/detail?id=3' });
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' });
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/disclosure/pages/detail?id=5' });
  });
});
