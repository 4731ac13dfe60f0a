import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPhonePage, screenshot } from './browser';
import { startServer, type RunningServer } from './server';

/**
 * The page the user sees. Taro's H5 router keeps earlier pages and other tabs in the DOM, hidden,
 * so every lookup is scoped to the visible one.
 */
export const current = (page: Page) => page.locator('.taro_page').filter({ visible: true }).last();

/** Waits until the visible page shows the text. */
export const see = (page: Page, text: string | RegExp) => current(page).getByText(text).first().waitFor();

/** Taps the text on the visible page (a string matches the whole text). */
export const tap = (page: Page, text: string | RegExp) =>
  current(page).getByText(text, { exact: typeof text === 'string' }).first().click();

/** A text field by its placeholder (Taro wraps the native input in an element with the same placeholder). */
export const field = (page: Page, placeholder: string) => current(page).locator(`input[placeholder^="${placeholder}"]`);

/** A multi-line field by its placeholder. */
export const area = (page: Page, placeholder: string) => current(page).locator(`textarea[placeholder^="${placeholder}"]`);

/** Opens a page by its route, e.g. `/pages/me/index`. */
export async function open(page: Page, route: string): Promise<void> {
  await page.goto(`/#${route}`);
  await current(page).waitFor();
}

/** Picks 城阳村社区 in the community picker (after whatever opened it), with a screenshot of the picker if named. */
export async function pickChengyangCommunity(page: Page, shot?: string): Promise<void> {
  const search = field(page, '搜索社区名称');
  await search.waitFor();
  await tap(page, '城阳街道');
  await search.fill('城阳村');
  await see(page, '共 1 条，已全部加载');
  if (shot) await screenshot(page, shot);
  await tap(page, '城阳村社区');
}

/** Logs in through the dev login picker on 我的, by the text of a row (a demo user's code, or 新居民). */
export async function logInAs(page: Page, text: string): Promise<void> {
  await open(page, '/pages/me/index');
  await tap(page, text);
  await see(page, '党员认证');
}

/**
 * For the test file: the server (fresh database, demo data) and a browser, started before its
 * first test and stopped after its last. Read `server` and `browser` inside tests.
 */
export function useApp() {
  const app = {
    server: undefined as unknown as RunningServer,
    browser: undefined as unknown as Browser,
    /** A phone-sized page with its own storage: logged out, no community. */
    newPage: (): Promise<Page> => newPhonePage(app.browser, app.server),
    /** The server's API, as another device would call it: a dev login code, then bearer-token JSON. */
    api: async <T>(token: string | null, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> => {
      const res = await fetch(`${app.server.url}${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as T };
    },
  };
  beforeAll(async () => {
    [app.server, app.browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.stop();
  });
  return app;
}
