import type { Page } from 'playwright-core';
import { current, logInAs, open, see, tap, useApp } from './helpers/app';
import { newDesktopPage, screenshot } from './helpers/browser';

// One member's exam across two page lives, the admin's results and a look at the console; the build machine is shared and slow at times.
jest.setTimeout(240000);

const app = useApp();
const PAGES = '/packages/learning/pages';

async function login(code: string): Promise<string> {
  const res = await app.api<{ token: string }>(null, 'POST', '/api/auth/wechat', { code });
  expect(res.status).toBe(200);
  return res.body.token;
}

type Attempt = { id: number; status: string; deadlineAt: string; score: number | null; answers: Record<string, number[]>; questions: { id: number }[] };

/** The time left the exam screen shows, in seconds. */
async function remaining(page: Page): Promise<number> {
  const text = (await current(page).locator('.exam__timer').innerText()).replace('剩余', '').trim();
  const [m, s] = text.split(':').map(Number);
  return m * 60 + s;
}

/** Chooses the first option of the question on screen (one tap: single, multiple or true/false alike). */
const answerFirst = (page: Page) => current(page).locator('.question-options__option').first().click();

describe('学习考试 (H5)', () => {
  it('a member takes the exam, closes the page mid-way, resumes the same attempt and clock, submits and sees the score; the admin sees the result', async () => {
    const memberToken = await login('demo_member');
    const member = await app.newPage();
    await logInAs(member, 'demo_member');
    await open(member, '/packages/member/pages/index');
    await tap(member, '学习考试');
    await see(member, '春季轮训：学习党章 增强党性');
    await screenshot(member, 'learning-courses');
    // A course studied once, from its page.
    await tap(member, '春季轮训：学习党章 增强党性');
    await see(member, '学习党章总纲');
    await tap(member, '标记已学');
    await see(member, /已于 .* 标记已学/);
    await screenshot(member, 'learning-course-studied');
    await open(member, `${PAGES}/courses`);
    await current(member).locator('.card').filter({ hasText: '春季轮训：学习党章 增强党性' }).getByText('已学', { exact: true }).waitFor();
    await tap(member, '我的考试');
    await see(member, '春季轮训上机考试');
    await see(member, '可参加');
    await screenshot(member, 'learning-my-exams');
    await tap(member, '开始考试');
    await member.locator('.taro-modal__title').getByText('开始考试', { exact: true }).waitFor();
    await member.locator('.taro-model__confirm').filter({ visible: true }).click();
    await see(member, '第 1/20 题');
    await screenshot(member, 'learning-exam-start');

    // Three answers, each saved as it is chosen.
    for (let i = 0; i < 3; i++) {
      await answerFirst(member);
      await see(member, `已答 ${i + 1}/20`);
      await tap(member, '下一题');
    }
    await see(member, '已保存');
    const before = await remaining(member);
    await screenshot(member, 'learning-exam-saved');
    const mine = (await app.api<{ items: { attempt: { id: number } | null }[] }>(memberToken, 'GET', '/api/me/exams')).body.items[0].attempt!;
    const saved = (await app.api<Attempt>(memberToken, 'GET', `/api/exam-attempts/${mine.id}`)).body;
    expect(Object.keys(saved.answers)).toHaveLength(3);

    // The page is closed mid-way; a new one (same phone, same session) continues the same attempt.
    const context = member.context();
    await member.close();
    await new Promise((r) => setTimeout(r, 3000));
    const again = await context.newPage();
    await open(again, `${PAGES}/exams`);
    await see(again, '答题中');
    await tap(again, '继续答题');
    await see(again, '已答 3/20');
    const after = await remaining(again);
    // The clock kept running on the server while the page was closed: less time, not a fresh 30 minutes.
    expect(after).toBeLessThan(before);
    expect(after).toBeGreaterThan(before - 120);
    await current(again).locator('.exam__cell--done').nth(2).waitFor();
    await screenshot(again, 'learning-exam-resumed');
    expect((await app.api<Attempt>(memberToken, 'GET', `/api/exam-attempts/${mine.id}`)).body.id).toBe(saved.id);

    // Two more from the navigator, then hand in.
    await current(again).getByLabel('第10题，未答').click();
    await see(again, '第 10/20 题');
    await answerFirst(again);
    await see(again, '已答 4/20');
    await tap(again, '交卷');
    await again.locator('.taro-modal__title').getByText('确认交卷', { exact: true }).waitFor();
    await screenshot(again, 'learning-exam-confirm');
    await again.locator('.taro-model__confirm').filter({ visible: true }).click();
    await see(again, '答对');
    const scored = (await app.api<Attempt>(memberToken, 'GET', `/api/exam-attempts/${mine.id}`)).body;
    expect(scored.status).toBe('submitted');
    expect(Object.keys(scored.answers)).toHaveLength(4);
    await current(again).locator('.result__score').getByText(String(scored.score)).waitFor();
    await see(again, '考试结束后可查看每题的正确答案');
    await screenshot(again, 'learning-exam-result');
    await context.close();

    // The district admin's results: the member's organisation has one attempt, and the list of who still must sit it.
    const admin = await app.newPage();
    await logInAs(admin, 'demo_admin');
    await open(admin, '/packages/admin/pages/index');
    await tap(admin, '考试管理');
    await tap(admin, '春季轮训上机考试');
    await see(admin, '各组织情况');
    const row = current(admin).locator('.cell').filter({ hasText: '参考 1' }).first();
    await row.waitFor();
    await see(admin, /尚未参考（\d+）/);
    await screenshot(admin, 'learning-admin-results');
    await admin.context().close();

    // The console's 学习考试: the exam's figures with the export.
    const adminToken = await login('demo_admin');
    const desk = await newDesktopPage(app.browser, app.server.url);
    await desk.addInitScript((token) => sessionStorage.setItem('spb-console-token', token), adminToken);
    await desk.goto('/admin/learning?tab=exams');
    await desk.getByText('春季轮训上机考试').first().waitFor();
    await desk.getByRole('button', { name: /成\s?绩/ }).first().click();
    await desk.getByText('导出 Excel').first().waitFor();
    await desk.locator('.ant-statistic').filter({ hasText: '参考' }).getByText('1', { exact: true }).waitFor();
    await screenshot(desk, 'learning-console-results');
    const exported = desk.waitForResponse((r) => r.url().includes('/results/export'));
    await desk.getByText('导出 Excel').first().click();
    expect((await exported).status()).toBe(200);
    expect((await exported).headers()['content-type']).toContain('spreadsheetml');
    await desk.context().close();
  });
});
