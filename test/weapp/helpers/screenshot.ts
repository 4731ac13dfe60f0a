import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../e2e/helpers/browser';
import type { Simulator } from './simulator';

const SCREENSHOTS = path.resolve(__dirname, '../../screenshots');

/** Screenshots of simulated pages: test/screenshots/weapp-<name>.png (gitignored), for a person to look at. */
export function useScreenshots() {
  let browser: Browser | undefined;
  afterAll(async () => browser?.close());
  return async (sim: Simulator, name: string): Promise<void> => {
    browser ??= await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 750, height: 1334 } });
    await page.setContent(sim.html());
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, `weapp-${name}.png`) });
    await page.close();
  };
}
