import { modules } from '../../server/src/modules/registry';
import { Course } from '../../server/src/modules/learning/entities';
import { Exam, Question } from '../../server/src/modules/exams/entities';
import { startTestServer, type TestServer } from './helpers/server';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer({ now: '2026-04-10T01:00:00Z' });
});
afterAll(() => ts.close());

const seedAll = async () => {
  for (const m of modules) await m.seed?.(ts.deps);
};

describe('the learning demo data', () => {
  it('is a spring training course, a bank of 30 questions and an exam for members under 50 that the demo member can sit; seeding again adds nothing', async () => {
    await seedAll();
    await seedAll();
    const db = ts.deps.db.manager;
    expect(await db.count(Question)).toBe(30);
    expect(await db.count(Course)).toBe(2);
    const exams = await db.find(Exam);
    expect(exams).toEqual([expect.objectContaining({ title: '春季轮训上机考试', maxAge: 50, minBirthYear: 1977, questionCount: 20 })]);
    const login = await ts.http.post('/api/auth/wechat').send({ code: 'demo_member' }).expect(200);
    const auth = { Authorization: `Bearer ${login.body.token}` };
    const courses = (await ts.http.get('/api/courses').set(auth).expect(200)).body.items.map((c: { title: string }) => c.title);
    expect(courses).toContain('春季轮训：学习党章 增强党性');
    const mine = (await ts.http.get('/api/me/exams').set(auth).expect(200)).body.items;
    expect(mine).toEqual([expect.objectContaining({ title: '春季轮训上机考试', canStart: true })]);
    const attempt = (await ts.http.post(`/api/exams/${mine[0].id}/attempts`).set(auth).expect(201)).body;
    expect(attempt.questions).toHaveLength(20);
    expect(new Set(attempt.questions.map((q: { id: number }) => q.id)).size).toBe(20);
  });
});
