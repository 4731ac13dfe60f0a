import { makeCommunity, makeUser } from './helpers/factories';
import { describeOnMysql, useServerProcesses } from './helpers/processes';

describeOnMysql('an exam rush through two server processes on one MySQL database', () => {
  const env = useServerProcesses(2);

  it('keeps one attempt per member when both processes start it at once, and scores every answer saved through either', async () => {
    const { organization } = await makeCommunity(env.ts);
    const admin = await makeUser(env.ts, { adminOf: organization.id });
    const questions = Array.from({ length: 6 }, (_, i) => ({ kind: 'single', stem: `题${i}`, options: ['对的', '错的', '也错'], answer: [0] }));
    const now = Date.now();
    const exam = await env.ts.http.post('/api/exams').set(admin.auth).send({
      organizationId: organization.id, title: '两进程考试', questions, durationMinutes: 30, passScore: 60,
      opensAt: new Date(now - 60_000).toISOString(), closesAt: new Date(now + 3600_000).toISOString(),
    }).expect(201);
    const members = await Promise.all(Array.from({ length: 20 }, () => makeUser(env.ts, { memberOf: organization.id })));
    const [a, b] = env.processes;
    const scores = await Promise.all(
      members.map(async (m, k) => {
        const starts = await Promise.all([a, b, a, b].map((p) => p.http.post(`/api/exams/${exam.body.id}/attempts`).set(m.auth)));
        expect(starts.map((r) => r.status).sort()).toEqual([200, 200, 200, 201]);
        const attempt = starts[0].body;
        expect(new Set(starts.map((r) => r.body.id)).size).toBe(1);
        // Each answer saved through one process, changed through the other, all at once.
        const answer = (q: { id: number; options: string[] }, text: string) => ({ [q.id]: [q.options.indexOf(text)] });
        const saves = attempt.questions.flatMap((q: { id: number; options: string[] }, i: number) => [
          (i % 2 ? a : b).http.put(`/api/exam-attempts/${attempt.id}/answers`).set(m.auth).send({ answers: answer(q, '错的') }),
        ]);
        expect((await Promise.all(saves)).map((r) => r.status)).toEqual(attempt.questions.map(() => 200));
        const fixes = attempt.questions.map((q: { id: number; options: string[] }, i: number) => (i % 2 ? b : a).http.put(`/api/exam-attempts/${attempt.id}/answers`).set(m.auth).send({ answers: answer(q, '对的') }));
        expect((await Promise.all(fixes)).map((r) => r.status)).toEqual(attempt.questions.map(() => 200));
        const submitted = await (k % 2 ? a : b).http.post(`/api/exam-attempts/${attempt.id}/submit`).set(m.auth).send({}).expect(200);
        return submitted.body.correctCount;
      }),
    );
    expect(scores).toEqual(members.map(() => 6));
    const results = await env.ts.http.get(`/api/exams/${exam.body.id}/results`).set(admin.auth).expect(200);
    expect(results.body).toMatchObject({ required: 20, attempted: 20, passed: 20 });
  });
});
