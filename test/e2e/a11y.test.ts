import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { current, logInAs, open, see, useApp } from './helpers/app';
import { screenshot } from './helpers/browser';

// Every page of the app once (axe), and the detail pages twice (normal and 长辈模式).
jest.setTimeout(300000);

const app = useApp();

/**
 * src/lib/routes.ts's PAGES, read from its text: the module imports Taro, which only the builds run.
 * Every page the app has is checked, including one added tomorrow.
 */
const PAGES: Record<string, string> = Object.fromEntries(
  Array.from(/export const PAGES = \{([\s\S]*?)\} as const;/.exec(fs.readFileSync(path.resolve(__dirname, '../../src/lib/routes.ts'), 'utf8'))![1].matchAll(/^\s*(\w+): '([^']+)',/gm)).map((m) => [m[1], m[2]]),
);
type PageName = string;

/** 长辈模式's factor (--font-scale in components/PageShell): every text is at least this much larger. */
const ELDER_FACTOR = 1.25;
/** 44×44 CSS px: the smallest tap target WeChat's and WCAG's guidance accept. */
const TAP_TARGET = 44;

/**
 * What axe still finds (page: rule), to be fixed: Taro's scrollable page containers and scroll-views
 * have no keyboard focus (scrollable-region-focusable), form fields labelled by a placeholder-less
 * label row (label: the form system of issue 21 item 3), disabled buttons drawn at half opacity
 * (color-contrast), aria-labels that do not contain the visible text (label-content-name-mismatch)
 * and tabs without a tablist (aria-required-parent). A violation not on this list fails the test;
 * remove a line when its page is fixed.
 */
/**
 * Known on any page, depending on how long its content is or what state it is in when axe runs:
 * Taro's page and scroll containers scroll without being focusable, and a disabled button's pale
 * label fails contrast; Taro's Input puts its aria-label on its host element, not on the inner
 * <input> axe reads. Still to fix, in Taro's components and the disabled button style.
 */
const KNOWN_ON_EVERY_PAGE = new Set(['scrollable-region-focusable', 'color-contrast', 'label']);

const KNOWN_VIOLATIONS = new Set([
  // Found once the learning, development, votes and 重大事项 pages landed beside this test (same kinds as below; still to fix).
  'disclosureEditor: label',
  'home: image-alt',
  'activistRanking: label-content-name-mismatch',
  'newCourse: color-contrast',
  'questionBank: color-contrast',
  'examResults: color-contrast',
  'examResults: label',
  'campaigns: color-contrast',
  'dashboardDrill: scrollable-region-focusable',
  'myCommitments: color-contrast',
  'development: color-contrast',
  'development: label-content-name-mismatch',
  'development: scrollable-region-focusable',
  'newApplicant: color-contrast',
  'activistRanking: color-contrast',
  'disqualifyingConditions: label-content-name-mismatch',
  'recommendations: color-contrast',
  'activities: aria-required-parent',
  'activities: scrollable-region-focusable',
  'adminHome: label-content-name-mismatch',
  'adminHome: scrollable-region-focusable',
  'appointments: color-contrast',
  'appointments: label-content-name-mismatch',
  'auditLog: aria-required-parent',
  'auditLog: scrollable-region-focusable',
  'campaignJoin: color-contrast',
  'campaignJoin: label',
  'campaigns: label-content-name-mismatch',
  'checkin: color-contrast',
  'communityPicker: aria-required-parent',
  'communityPicker: label-content-name-mismatch',
  'communityPicker: scrollable-region-focusable',
  'dashboard: scrollable-region-focusable',
  'disclosureDesk: aria-required-parent',
  'disclosureDesk: label-content-name-mismatch',
  'disclosureEditor: aria-required-parent',
  'disclosureEditor: label-content-name-mismatch',
  'me: label',
  'me: label-content-name-mismatch',
  'meetingCompliance: aria-required-parent',
  'meetingCompliance: scrollable-region-focusable',
  'memberBindings: aria-required-parent',
  'memberHome: label-content-name-mismatch',
  'myClaims: aria-required-parent',
  'myClaims: color-contrast',
  'myClaims: scrollable-region-focusable',
  'myPoints: scrollable-region-focusable',
  'newCampaign: color-contrast',
  'newCampaign: label',
  'newOrganizations: aria-required-parent',
  'newOrganizations: scrollable-region-focusable',
  'newPartnership: color-contrast',
  'newPartnership: label',
  'newSelection: label',
  'orgTree: label-content-name-mismatch',
  'partnerships: label-content-name-mismatch',
  'partnerships: scrollable-region-focusable',
  'ratings: aria-required-parent',
  'recordMeeting: color-contrast',
  'recordMeeting: label-content-name-mismatch',
  'redeem: color-contrast',
  'redeem: label',
  'taskLists: aria-required-parent',
  'transparencyRanking: scrollable-region-focusable',
  'votes: aria-required-parent',
  'yearAdmin: color-contrast',
  'yearAdmin: label-content-name-mismatch',
]);

interface TextSize {
  text: string;
  size: number;
}

/** Every visible text node of the page on screen, with its computed font size in px. */
const textSizes = (page: Page): Promise<TextSize[]> =>
  current(page).evaluate((root) => {
    const out: { text: string; size: number }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim();
      const parent = n.parentElement;
      if (!text || !parent || parent.getClientRects().length === 0) continue;
      out.push({ text, size: parseFloat(getComputedStyle(parent).fontSize) });
    }
    return out;
  });

/** What a finger taps on the page on screen (buttons, fields, switches, links, anything named for a screen reader), too small for one. */
const smallTapTargets = (page: Page): Promise<string[]> =>
  current(page).evaluate((root, min) => {
    const tappable = root.querySelectorAll('taro-button-core, taro-switch-core, taro-input-core, taro-textarea-core, .cell--link, [aria-label]');
    return Array.from(tappable)
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < min - 0.5 || box.height < min - 0.5)
      .map(({ el, box }) => `${el.getAttribute('aria-label') ?? el.textContent?.trim()} (${el.className}) ${Math.round(box.width)}×${Math.round(box.height)}`);
  }, TAP_TARGET);

/** Turns 长辈模式 on or off on 我的 (a device setting, kept across reloads). */
async function setElderMode(page: Page, on: boolean): Promise<void> {
  await open(page, '/pages/me/index');
  const toggle = current(page).locator('.cell').filter({ hasText: '长辈模式' }).locator('input[type="checkbox"]');
  if ((await toggle.isChecked()) !== on) await current(page).locator('.cell').filter({ hasText: '长辈模式' }).locator('taro-switch-core').click();
  await page.waitForFunction((want) => document.body.classList.contains('elder-mode') === want, on);
}

async function api<T>(path: string, token?: string): Promise<T> {
  const res = await fetch(`${app.server.url}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}

async function tokenOf(code: string): Promise<string> {
  const res = await fetch(`${app.server.url}/api/auth/wechat`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }) });
  return ((await res.json()) as { token: string }).token;
}

describe('accessibility (H5)', () => {
  let member: Page;
  let disclosureUrl: string;
  let activityUrl: string;

  beforeAll(async () => {
    const community = (await api<{ items: { id: number }[] }>(`/api/communities?q=${encodeURIComponent('城阳村')}`)).items[0];
    const finance = (await api<{ items: { id: number }[] }>(`/api/communities/${community.id}/disclosures?category=finance`)).items[0];
    const activity = (await api<{ items: { id: number }[] }>('/api/activities?page=1&pageSize=1', await tokenOf('demo_member'))).items[0];
    disclosureUrl = `${PAGES.disclosure}?id=${finance.id}`;
    activityUrl = `${PAGES.activity}?id=${activity.id}`;
    member = await app.newPage();
    await logInAs(member, 'demo_member');
  });

  it('长辈模式 raises every text of the detail pages (money figures, totals, meta line, tags) by at least 1.25×, and every tap target is 44×44', async () => {
    const pages = [
      // Ready: the detail, its chain check and its questions (loaded one after another).
      { url: disclosureUrl, ready: ['收支明细（元）', '✓ 已核验', /暂无提问|共 \d+ 条|上拉加载更多/], shot: 'a11y-disclosure' },
      { url: activityUrl, ready: ['活动介绍'], shot: 'a11y-activity' },
    ];
    const normal: TextSize[][] = [];
    for (const p of pages) {
      await open(member, p.url);
      for (const text of p.ready) await see(member, text);
      normal.push(await textSizes(member));
      expect(await smallTapTargets(member)).toEqual([]);
      await screenshot(member, p.shot);
    }
    await open(member, PAGES.disclosures);
    await see(member, '我的社区');
    const tabLabel = member.locator('.weui-tabbar__label').first();
    const tabNormal = parseFloat(await tabLabel.evaluate((el) => getComputedStyle(el).fontSize));
    expect(await smallTapTargets(member)).toEqual([]);

    await setElderMode(member, true);
    for (const [i, p] of pages.entries()) {
      await open(member, p.url);
      for (const text of p.ready) await see(member, text);
      const elder = await textSizes(member);
      expect(elder.map((t) => t.text)).toEqual(normal[i].map((t) => t.text));
      const unscaled = elder.flatMap((t, j) => (t.size < normal[i][j].size * ELDER_FACTOR - 0.01 ? [`${t.text}: ${normal[i][j].size} → ${t.size}`] : []));
      expect(unscaled).toEqual([]);
      expect(await smallTapTargets(member)).toEqual([]);
      await screenshot(member, `${p.shot}-elder`);
    }
    await open(member, PAGES.disclosures);
    await see(member, '我的社区');
    expect(parseFloat(await tabLabel.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(tabNormal * ELDER_FACTOR - 0.01);
    await screenshot(member, 'a11y-disclosures-tab-elder');
    await setElderMode(member, false);
  });

  it('axe over every page of the app (each as a user who may open it) finds no serious or critical violation beyond the known list', async () => {
    const axe = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    const admin = await app.newPage();
    await logInAs(admin, 'demo_community_admin');
    const merchant = await app.newPage();
    await logInAs(merchant, 'demo_merchant');
    const merchantPages: PageName[] = ['merchantHome', 'campaignJoin', 'redeem', 'campaignStats', 'newCampaign'];
    const queries: Partial<Record<PageName, string>> = {
      disclosure: disclosureUrl.split('?')[1],
      activity: activityUrl.split('?')[1],
    };
    const memberPages = new Set<PageName>(['home', 'disclosures', 'activities', 'me', 'communityPicker', 'memberHome', 'disclosure', 'activity', 'myActivities', 'myPoints', 'checkin', 'myLetters', 'writeLetter', 'publicLetters', 'votes', 'myMeetings', 'campaigns', 'myClaims', 'myStars', 'commitments', 'myCommitments', 'pointsRanking', 'transparencyRanking']);
    const violations: string[] = [];
    expect(Object.keys(PAGES).length).toBeGreaterThan(60);
    for (const name of Object.keys(PAGES)) {
      const page = merchantPages.includes(name) ? merchant : memberPages.has(name) ? member : admin;
      await open(page, `${PAGES[name]}${queries[name] ? `?${queries[name]}` : ''}`);
      // Settled: no spinner left on the page on screen.
      await current(page).locator('.loading').first().waitFor({ state: 'detached', timeout: 10000 }).catch(() => undefined);
      if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe);
      const found = await page.evaluate(async () => {
        const w = window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } };
        const result = await w.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      });
      violations.push(...found.map((f) => `${name}: ${f}`));
    }
    await screenshot(member, 'a11y-last-member-page');
    const unknown = violations.filter((v) => {
      const key = v.replace(/ \((serious|critical)\):.*$/, '');
      return !KNOWN_VIOLATIONS.has(key) && !KNOWN_ON_EVERY_PAGE.has(key.split(': ')[1]);
    });
    expect(unknown).toEqual([]);
  });
});
