import type { Page } from 'playwright-core';

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

/** Logs in through the dev login picker on 我的, by the text of a row (a demo user's code, or 新居民). */
export async function logInAs(page: Page, text: string): Promise<void> {
  await open(page, '/pages/me/index');
  await tap(page, text);
  await see(page, '党员认证');
}
