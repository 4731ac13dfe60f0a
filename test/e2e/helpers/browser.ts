import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { RunningServer } from './server';

const SCREENSHOTS = path.resolve(__dirname, '../../screenshots');

/** Debian's chromium, headless, with nothing that reaches the network on its own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/**
 * A phone-sized page with its own storage, so every user starts logged out with no community, and
 * its clock at the server's (then running normally), so the app and the server agree on what is past.
 */
export async function newPhonePage(browser: Browser, server: RunningServer): Promise<Page> {
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  await context.clock.install({ time: server.now() });
  return context.newPage();
}

/** A desk-sized page (the console) with its own storage. */
export async function newDesktopPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  return context.newPage();
}

/**
 * Saves test/screenshots/<name>.png (gitignored), for a person to look at: once the page has
 * settled, i.e. no page transition is running and no toast covers it.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.getAnimations().some((a) => a instanceof CSSTransition && a.playState === 'running') &&
      // Taro's H5 toast hides by setting display: none on its wrapper, which has no box of its own.
      Array.from(document.querySelectorAll<HTMLElement>('.taro__toast')).every((toast) => toast.style.display === 'none'),
  );
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}
