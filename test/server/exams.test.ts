import ExcelJS from 'exceljs';
import { PartyMember } from '../../server/src/modules/members/entities';
import { makeCommunity, makeStreet, makeUser, type TestUser } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

const NOW = '2026-04-10T01:00:00Z'; // 09:00 in Shanghai
const HOUR = 3600_000;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let ts: TestServer;
let streetOrg: number;
let communityOrg: number;
let otherOrg: number;
let admin: TestUser;
let streetAdmin: TestUser;
let otherAdmin: TestUser;
beforeAll(async () => {
  ts = await startTestServer({ now: NOW });
  const { street, organization } = await makeStreet(ts);
  streetOrg = organization.id;
  communityOrg = (await makeCommunity(ts, { streetId: street.id })).organization.id;
  otherOrg = (await makeCommunity(ts)).organization.id;
  admin = await makeUser(ts, { adminOf: communityOrg });
  streetAdmin = await makeUser(ts, { adminOf: streetOrg });
  otherAdmin = await makeUser(ts, { adminOf: otherOrg });
});
afterAll(() => ts.close());
beforeEach(() => ts.clock.set(NOW));

/** A member of the roll, logged in, with a birth year. */
async function member(organizationId = communityOrg, birthYear: number | null = 1980): Promise<TestUser & { memberId: number }> {
  const user = await makeUser(ts, { memberOf: organizationId });
  await ts.deps.db.manager.update(PartyMember, { userId: user.id }, { birthYear });
  return { ...user, memberId: (await ts.deps.db.manager.findOneByOrFail(PartyMember, { userId: user.id })).id };
}

const QUESTIONS = [
  { kind: 'single', stem: '党员的预备期为', options: ['半年', '一年', '两年', '三年'], answer: [1] },
  { kind: 'multi', stem: '“三会”是指', options: ['支部党员大会', '支部委员会', '党小组会', '职工大会'], answer: [0, 1, 2] },
  { kind: 'judge', stem: '预备党员有表决权。', answer: [1] },
  { kind: 'single', stem: '党的最高领导机关', options: ['全国代表大会', '国务院', '政协', '人大常委会'], answer: [0] },
  { kind: 'single', stem: '“一课”是指', options: ['党课', '团课', '业务课', '体育课'], answer: [0] },
];
const exam = (o: Record<string, unknown> = {}) => ({
  organizationId: communityOrg, title: '春季轮训上机考试', questions: QUESTIONS, durationMinutes: 30, passScore: 60,
  opensAt: new Date(Date.parse(NOW) - HOUR).toISOString(), closesAt: new Date(Date.parse(NOW) + 48 * HOUR).toISOString(), ...o,
});
const createExam = async (o: Record<string, unknown> = {}, user = admin) => (await ts.http.post('/api/exams').set(user.auth).send(exam(o)).expect(201)).body;
const start = (examId: number, user: TestUser) => ts.http.post(`/api/exams/${examId}/attempts`).set(user.auth);

type Paper = { questions: { id: number; kind: string; stem: string; options: string[] }[] };
/** The options to pick in this attempt's order, by the options' text in the bank. */
function pick(attempt: Paper, stem: string, texts: string[]): [string, number[]] {
  const q = attempt.questions.find((x) => x.stem === stem)!;
  return [String(q.id), texts.map((t) => q.options.indexOf(t))];
}
const rightAnswers = (attempt: Paper) =>
  Object.fromEntries(QUESTIONS.map((q) => pick(attempt, q.stem, q.answer.map((i) => (q.options ?? ['正确', '错误'])[i]))));

describe('the question bank', () => {
  it('adds, edits and lists questions with their answers for the admins of the bank', async () => {
    const created = await ts.http.post('/api/admin/questions').set(admin.auth).send({ organizationId: communityOrg, question: { kind: 'judge', stem: '党费按月交纳。', answer: [0], tags: ['党费'] } }).expect(201);
    expect(created.body).toMatchObject({ kind: 'judge', options: ['正确', '错误'], answer: [0], tags: ['党费'] });
    const edited = await ts.http.patch(`/api/admin/questions/${created.body.id}`).set(admin.auth).send({ kind: 'multi', stem: '党费用于', options: ['党员教育', '慰问', '吃喝'], answer: [1, 0], tags: ['党费'] }).expect(200);
    expect(edited.body).toMatchObject({ kind: 'multi', answer: [0, 1] });
    const list = (await ts.http.get('/api/admin/questions?tag=党费').set(admin.auth).expect(200)).body;
    expect(list.items.map((q: { id: number }) => q.id)).toEqual([created.body.id]);
    expect((await ts.http.get('/api/admin/questions').set(streetAdmin.auth).expect(200)).body.items.map((q: { id: number }) => q.id)).toContain(created.body.id);
    expect((await ts.http.get('/api/admin/questions').set(otherAdmin.auth).expect(200)).body.items.map((q: { id: number }) => q.id)).not.toContain(created.body.id);
  });

  it('refuses questions whose answer does not fit their kind with 400', async () => {
    const add = (question: Record<string, unknown>) => ts.http.post('/api/admin/questions').set(admin.auth).send({ organizationId: communityOrg, question });
    await add({ kind: 'single', stem: '两个答案', options: ['甲', '乙'], answer: [0, 1] }).expect(400);
    await add({ kind: 'single', stem: '没有这个选项', options: ['甲', '乙'], answer: [2] }).expect(400);
    await add({ kind: 'multi', stem: '一个选项', options: ['甲'], answer: [0] }).expect(400);
    await add({ kind: 'judge', stem: '判断', answer: [2] }).expect(400);
    await add({ kind: 'essay', stem: '论述', answer: [0] }).expect(400);
  });

  it('refuses a member (FORBIDDEN) and an admin of another organisation (OUT_OF_SCOPE)', async () => {
    const m = await member();
    const q = { organizationId: communityOrg, question: { kind: 'judge', stem: '判断', answer: [0] } };
    expect((await ts.http.post('/api/admin/questions').set(m.auth).send(q).expect(403)).body.error.code).toBe('FORBIDDEN');
    expect((await ts.http.post('/api/admin/questions').set(otherAdmin.auth).send(q).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    const id = (await ts.http.post('/api/admin/questions').set(admin.auth).send(q).expect(201)).body.id;
    expect((await ts.http.patch(`/api/admin/questions/${id}`).set(otherAdmin.auth).send(q.question).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    expect((await ts.http.get('/api/admin/questions').set(m.auth).expect(403)).body.error.code).toBe('FORBIDDEN');
  });
});

describe('importing the bank from Excel', () => {
  async function sheet(rows: (string | null)[][]) {
    const template = await ts.http.get('/api/admin/questions/template').set(admin.auth).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200).expect('Content-Type', XLSX);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.body);
    wb.worksheets[0].addRows(rows);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
  const upload = (file: Buffer, dryRun: boolean, user = admin, organizationId = streetOrg) =>
    ts.http.post(`/api/admin/questions/import?organizationId=${organizationId}&dryRun=${dryRun}`).set(user.auth).attach('file', file, { filename: 'bank.xlsx', contentType: XLSX });
  const bankSize = async () => (await ts.http.get(`/api/admin/questions?organizationId=${streetOrg}`).set(streetAdmin.auth).expect(200)).body.total;
  const GOOD = [
    ['单选', '导入单选', '甲', '乙', '丙', null, null, null, 'B', '党章'],
    ['多选', '导入多选', '甲', '乙', '丙', '丁', null, null, 'ACD', '党章,纪律'],
    ['判断', '导入判断', null, null, null, null, null, null, '错误', null],
  ];

  it('lists every bad row on a dry run and writes nothing; a bad file answers 422 and writes nothing', async () => {
    const file = await sheet([...GOOD, ['问答', '题型不对', '甲', '乙', null, null, null, null, 'A', null], ['单选', '答案不是选项', '甲', '乙', null, null, null, null, 'E', null], ['多选', null, '甲', '乙', null, null, null, null, 'A', null], ['单选', '导入单选', '甲', '乙', null, null, null, null, 'A', null]]);
    const dry = (await upload(file, true, streetAdmin).expect(200)).body;
    expect(dry).toMatchObject({ dryRun: true, rows: 7, created: 0 });
    expect(dry.errors).toEqual([
      { row: 5, column: '题型', message: expect.any(String) },
      { row: 6, column: '答案', message: expect.stringContaining('A') },
      { row: 7, column: '题干', message: expect.any(String) },
      { row: 8, column: '题干', message: '与第2行题干重复' },
    ]);
    expect((await upload(file, false, streetAdmin).expect(422)).body.errors).toHaveLength(4);
    expect(await bankSize()).toBe(0);
  });

  it('imports a good file whole (dry run first), and the same file again leaves every row unchanged', async () => {
    const file = await sheet(GOOD);
    expect((await upload(file, true, streetAdmin).expect(200)).body).toMatchObject({ created: 3, errors: [] });
    expect(await bankSize()).toBe(0);
    expect((await upload(file, false, streetAdmin).expect(200)).body).toMatchObject({ dryRun: false, created: 3, unchanged: 0, errors: [] });
    const bank = (await ts.http.get(`/api/admin/questions?organizationId=${streetOrg}`).set(streetAdmin.auth).expect(200)).body.items;
    expect(bank.find((q: { stem: string }) => q.stem === '导入多选')).toMatchObject({ kind: 'multi', options: ['甲', '乙', '丙', '丁'], answer: [0, 2, 3], tags: ['党章', '纪律'] });
    expect(bank.find((q: { stem: string }) => q.stem === '导入判断')).toMatchObject({ options: ['正确', '错误'], answer: [1] });
    expect((await upload(file, false, streetAdmin).expect(200)).body).toMatchObject({ created: 0, unchanged: 3 });
  });

  it('refuses an organisation outside my scope (OUT_OF_SCOPE), a member (FORBIDDEN), and a file that is not the template (400)', async () => {
    const file = await sheet(GOOD);
    expect((await upload(file, true, admin, streetOrg).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    const m = await member();
    expect((await upload(file, true, m, communityOrg).expect(403)).body.error.code).toBe('FORBIDDEN');
    expect((await ts.http.get('/api/admin/questions/template').set(m.auth).expect(403)).body.error.code).toBe('FORBIDDEN');
    expect((await upload(Buffer.from('not a workbook'), true, streetAdmin).expect(400)).body.error.code).toBe('INVALID_FILE');
  });
});

describe('setting up an exam', () => {
  it('answers 201; questions written in it join the bank of its organisation', async () => {
    const e = await createExam({ maxAge: 50 });
    expect(e).toMatchObject({ title: '春季轮训上机考试', questionCount: 5, selection: 'fixed', maxAge: 50, organizationId: communityOrg });
    const desk = (await ts.http.get('/api/admin/exams?pageSize=100').set(admin.auth).expect(200)).body.items.map((x: { id: number }) => x.id);
    expect(desk).toContain(e.id);
    expect((await ts.http.get('/api/admin/exams?pageSize=100').set(otherAdmin.auth).expect(200)).body.items.map((x: { id: number }) => x.id)).not.toContain(e.id);
  });

  it('refuses bad input with 400: no way or two ways to choose questions, a window that ends before it opens, a draw the bank cannot fill, questions of another bank', async () => {
    const post = (o: Record<string, unknown>) => ts.http.post('/api/exams').set(admin.auth).send(exam(o));
    await post({ questions: undefined }).expect(400);
    await post({ questionIds: [1] }).expect(400);
    await post({ closesAt: new Date(Date.parse(NOW) - 2 * HOUR).toISOString() }).expect(400);
    await post({ passScore: 101 }).expect(400);
    expect((await post({ questions: undefined, draw: [{ tag: '没有的标签', count: 3 }] }).expect(400)).body.error.details[0]).toMatchObject({ field: 'draw' });
    const elsewhere = (await ts.http.post('/api/admin/questions').set(otherAdmin.auth).send({ organizationId: otherOrg, question: { kind: 'judge', stem: '别处', answer: [0] } }).expect(201)).body.id;
    expect((await post({ questions: undefined, questionIds: [elsewhere] }).expect(400)).body.error.details[0]).toMatchObject({ field: 'questionIds' });
  });

  it('refuses a member (FORBIDDEN) and an admin of another organisation (OUT_OF_SCOPE)', async () => {
    expect((await ts.http.post('/api/exams').set((await member()).auth).send(exam()).expect(403)).body.error.code).toBe('FORBIDDEN');
    expect((await ts.http.post('/api/exams').set(otherAdmin.auth).send(exam()).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
  });

  it('draws N per tag from the banks above the exam, a fresh draw for each attempt', async () => {
    await ts.http.post('/api/admin/questions').set(streetAdmin.auth).send({ organizationId: streetOrg, question: { kind: 'judge', stem: '街道题库题', answer: [0], tags: ['街道'] } }).expect(201);
    for (let i = 0; i < 6; i++)
      await ts.http.post('/api/admin/questions').set(admin.auth).send({ organizationId: communityOrg, question: { kind: 'single', stem: `抽题${i}`, options: ['甲', '乙'], answer: [0], tags: ['抽题'] } }).expect(201);
    const e = await createExam({ questions: undefined, draw: [{ tag: '抽题', count: 3 }, { tag: '街道', count: 1 }] });
    expect(e).toMatchObject({ selection: 'draw', questionCount: 4 });
    const papers = await Promise.all(Array.from({ length: 6 }, async () => (await start(e.id, await member()).expect(201)).body as Paper));
    for (const p of papers) {
      expect(p.questions).toHaveLength(4);
      expect(p.questions.filter((q) => q.stem.startsWith('抽题'))).toHaveLength(3);
      expect(p.questions.map((q) => q.stem)).toContain('街道题库题');
    }
    expect(new Set(papers.map((p) => p.questions.map((q) => q.stem).sort().join()))).not.toHaveProperty('size', 1);
  });
});

describe('an attempt', () => {
  it('shuffles questions and options per attempt and sends no answers', async () => {
    const e = await createExam();
    const attempts = await Promise.all(Array.from({ length: 8 }, async () => (await start(e.id, await member()).expect(201)).body));
    for (const a of attempts) {
      expect(a).toMatchObject({ status: 'in_progress', questionCount: 5, review: null, answers: {}, score: null });
      for (const q of a.questions) {
        expect(Object.keys(q).sort()).toEqual(['id', 'kind', 'options', 'stem']);
        const bank = QUESTIONS.find((x) => x.stem === q.stem)!;
        expect([...q.options].sort()).toEqual([...(bank.options ?? ['正确', '错误'])].sort());
      }
      expect(JSON.stringify(a)).not.toMatch(/"(answer|key|correct)"/);
    }
    const orders = new Set(attempts.map((a) => a.questions.map((q: { stem: string; options: string[] }) => q.stem + q.options.join()).join('|')));
    expect(orders.size).toBeGreaterThan(1);
    expect(new Set(attempts.map((a) => a.questions.map((q: { stem: string }) => q.stem).join())).size).toBeGreaterThan(1);
    // 正确 / 错误 keep their order.
    expect(attempts.every((a) => a.questions.find((q: { kind: string }) => q.kind === 'judge').options.join() === '正确,错误')).toBe(true);
  });

  it('resumes the same attempt and clock, with what was saved, whether started again or read', async () => {
    const e = await createExam();
    const m = await member();
    const first = (await start(e.id, m).expect(201)).body;
    expect(Date.parse(first.deadlineAt) - (Date.parse(NOW) + 30 * 60_000)).toBeLessThan(5000);
    const [qid, choice] = pick(first, '党员的预备期为', ['一年']);
    expect((await ts.http.put(`/api/exam-attempts/${first.id}/answers`).set(m.auth).send({ answers: { [qid]: choice } }).expect(200)).body).toMatchObject({ saved: 1, deadlineAt: first.deadlineAt });
    ts.clock.set(new Date(Date.parse(NOW) + 10 * 60_000).toISOString());
    const again = await start(e.id, m).expect(200);
    expect(again.body).toMatchObject({ id: first.id, deadlineAt: first.deadlineAt, answers: { [qid]: choice } });
    expect(again.body.questions).toEqual(first.questions);
    const read = (await ts.http.get(`/api/exam-attempts/${first.id}`).set(m.auth).expect(200)).body;
    expect(read).toMatchObject({ id: first.id, answers: { [qid]: choice }, graceSeconds: 30 });
    expect(Date.parse(read.serverNow) - (Date.parse(NOW) + 10 * 60_000)).toBeLessThan(5000);
  });

  it('is one per member under 10 parallel starts: one 201, the same attempt for the rest', async () => {
    const e = await createExam();
    const m = await member();
    const all = await Promise.all(Array.from({ length: 10 }, () => start(e.id, m)));
    expect(all.filter((r) => r.status === 201)).toHaveLength(1);
    expect(all.filter((r) => r.status === 200)).toHaveLength(9);
    expect(new Set(all.map((r) => r.body.id)).size).toBe(1);
  });

  it('takes answers until the deadline plus 30 s; after that 409 DEADLINE_PASSED, and it is scored from what was saved', async () => {
    const e = await createExam({ durationMinutes: 10 });
    const m = await member();
    const a = (await start(e.id, m).expect(201)).body;
    const deadline = Date.parse(a.deadlineAt);
    const right = rightAnswers(a);
    const [first, second, ...rest] = Object.entries(right);
    ts.clock.set(new Date(deadline + 29_000).toISOString());
    await ts.http.put(`/api/exam-attempts/${a.id}/answers`).set(m.auth).send({ answers: Object.fromEntries([first, second]) }).expect(200);
    ts.clock.set(new Date(deadline + 31_000).toISOString());
    expect((await ts.http.put(`/api/exam-attempts/${a.id}/answers`).set(m.auth).send({ answers: Object.fromEntries(rest) }).expect(409)).body.error.code).toBe('DEADLINE_PASSED');
    expect((await ts.http.post(`/api/exam-attempts/${a.id}/submit`).set(m.auth).send({ answers: right }).expect(409)).body.error.code).toBe('DEADLINE_PASSED');
    const read = (await ts.http.get(`/api/exam-attempts/${a.id}`).set(m.auth).expect(200)).body;
    expect(read).toMatchObject({ status: 'timed_out', correctCount: 2, score: 40, passed: false, submittedAt: a.deadlineAt });
    expect((await start(e.id, m).expect(409)).body.error.code).toBe('ALREADY_ATTEMPTED');
  });

  it('ends at the window close when that comes before the duration', async () => {
    const e = await createExam({ closesAt: new Date(Date.parse(NOW) + 5 * 60_000).toISOString() });
    const a = (await start(e.id, await member()).expect(201)).body;
    expect(a.deadlineAt).toBe(e.closesAt);
  });

  it('takes answers only from its member: another member and an admin are refused 403 NOT_YOUR_ATTEMPT', async () => {
    const e = await createExam();
    const m = await member();
    const a = (await start(e.id, m).expect(201)).body;
    const other = await member();
    for (const u of [other, admin]) {
      expect((await ts.http.put(`/api/exam-attempts/${a.id}/answers`).set(u.auth).send({ answers: {} }).expect(403)).body.error.code).toBe('NOT_YOUR_ATTEMPT');
      expect((await ts.http.post(`/api/exam-attempts/${a.id}/submit`).set(u.auth).send({}).expect(403)).body.error.code).toBe('NOT_YOUR_ATTEMPT');
      expect((await ts.http.get(`/api/exam-attempts/${a.id}`).set(u.auth).expect(403)).body.error.code).toBe('NOT_YOUR_ATTEMPT');
    }
    await ts.http.get('/api/exam-attempts/999999').set(m.auth).expect(404);
  });

  it('refuses answers that are not on the paper, options it does not have, and two for a single choice, with 400', async () => {
    const e = await createExam();
    const m = await member();
    const a = (await start(e.id, m).expect(201)).body;
    const single = a.questions.find((q: { kind: string }) => q.kind === 'single').id;
    const save = (answers: unknown) => ts.http.put(`/api/exam-attempts/${a.id}/answers`).set(m.auth).send({ answers });
    await save({ 999999: [0] }).expect(400);
    await save({ [single]: [7] }).expect(400);
    await save({ [single]: [0, 1] }).expect(400);
    await save({ [single]: [-1] }).expect(400);
    await save({ abc: [0] }).expect(400);
    expect((await ts.http.get(`/api/exam-attempts/${a.id}`).set(m.auth).expect(200)).body.answers).toEqual({});
  });

  it('opens and closes with the window: 409 EXAM_NOT_OPEN before, 409 EXAM_CLOSED after', async () => {
    const e = await createExam({ opensAt: new Date(Date.parse(NOW) + HOUR).toISOString() });
    expect((await start(e.id, await member()).expect(409)).body.error.code).toBe('EXAM_NOT_OPEN');
    ts.clock.set(new Date(Date.parse(NOW) + 49 * HOUR).toISOString());
    expect((await start(e.id, await member()).expect(409)).body.error.code).toBe('EXAM_CLOSED');
  });
});

describe('scoring on the server', () => {
  it('scores every kind: single, multiple (all and only the right options) and true/false', async () => {
    const e = await createExam();
    const perfect = await member();
    const a = (await start(e.id, perfect).expect(201)).body;
    expect((await ts.http.post(`/api/exam-attempts/${a.id}/submit`).set(perfect.auth).send({ answers: rightAnswers(a) }).expect(200)).body).toEqual({ score: 100, passed: true, correctCount: 5, questionCount: 5, timedOut: false });

    const partial = await member();
    const b = (await start(e.id, partial).expect(201)).body;
    const answers = Object.fromEntries([
      pick(b, '党员的预备期为', ['一年']), // single: right
      pick(b, '“三会”是指', ['支部党员大会', '支部委员会']), // multi: two of three right ones is wrong
      pick(b, '预备党员有表决权。', ['错误']), // judge: right
      pick(b, '党的最高领导机关', ['国务院']), // single: wrong
    ]);
    await ts.http.put(`/api/exam-attempts/${b.id}/answers`).set(partial.auth).send({ answers }).expect(200);
    expect((await ts.http.post(`/api/exam-attempts/${b.id}/submit`).set(partial.auth).send({ answers: Object.fromEntries([pick(b, '“一课”是指', ['团课'])]) }).expect(200)).body).toEqual({ score: 40, passed: false, correctCount: 2, questionCount: 5, timedOut: false });

    const extra = await member();
    const c = (await start(e.id, extra).expect(201)).body;
    const all = rightAnswers(c);
    const [multi] = pick(c, '“三会”是指', []);
    all[multi] = [0, 1, 2, 3]; // every option: one too many is wrong
    expect((await ts.http.post(`/api/exam-attempts/${c.id}/submit`).set(extra.auth).send({ answers: all }).expect(200)).body).toMatchObject({ correctCount: 4, score: 80, passed: true });
  });

  it('submits once: a second submit answers 409 ALREADY_SUBMITTED, a save after it too', async () => {
    const e = await createExam();
    const m = await member();
    const a = (await start(e.id, m).expect(201)).body;
    const both = await Promise.all([1, 2, 3].map(() => ts.http.post(`/api/exam-attempts/${a.id}/submit`).set(m.auth).send({})));
    expect(both.filter((r) => r.status === 200)).toHaveLength(1);
    expect(both.filter((r) => r.status === 409).map((r) => r.body.error.code)).toEqual(['ALREADY_SUBMITTED', 'ALREADY_SUBMITTED']);
    expect((await ts.http.put(`/api/exam-attempts/${a.id}/answers`).set(m.auth).send({ answers: {} }).expect(409)).body.error.code).toBe('ALREADY_SUBMITTED');
  });

  it('loses no saved answer when saves race the submit: every save that answered 200 is in the score', async () => {
    const e = await createExam();
    const m = await member();
    const a = (await start(e.id, m).expect(201)).body;
    const right = Object.entries(rightAnswers(a));
    const saves = right.map(([q, c]) => ts.http.put(`/api/exam-attempts/${a.id}/answers`).set(m.auth).send({ answers: { [q]: c } }));
    const submit = ts.http.post(`/api/exam-attempts/${a.id}/submit`).set(m.auth).send({});
    const [results, score] = [await Promise.all(saves), await submit];
    expect(score.status).toBe(200);
    expect(score.body.correctCount).toBe(results.filter((r) => r.status === 200).length);
    expect(results.every((r) => r.status === 200 || r.body.error.code === 'ALREADY_SUBMITTED')).toBe(true);
  });

  it('shows the right answers only after the window has closed', async () => {
    const e = await createExam();
    const m = await member();
    const a = (await start(e.id, m).expect(201)).body;
    await ts.http.post(`/api/exam-attempts/${a.id}/submit`).set(m.auth).send({ answers: Object.fromEntries([pick(a, '党员的预备期为', ['两年'])]) }).expect(200);
    const before = (await ts.http.get(`/api/exam-attempts/${a.id}`).set(m.auth).expect(200)).body;
    expect(before).toMatchObject({ status: 'submitted', score: 0, review: null });
    ts.clock.set(new Date(Date.parse(e.closesAt) + 1000).toISOString());
    const after = (await ts.http.get(`/api/exam-attempts/${a.id}`).set(m.auth).expect(200)).body;
    const [qid, key] = pick(a, '党员的预备期为', ['一年']);
    expect(after.review).toHaveLength(5);
    expect(after.review.find((r: { questionId: number }) => String(r.questionId) === qid)).toEqual({ questionId: Number(qid), correct: key, right: false });
  });
});

describe('a resit', () => {
  it("lets a member sit again once an admin of their organisation allows it; the admin's second grant is 409", async () => {
    const e = await createExam();
    const m = await member();
    const a = (await start(e.id, m).expect(201)).body;
    expect((await ts.http.post(`/api/exams/${e.id}/resits`).set(admin.auth).send({ memberId: m.memberId }).expect(409)).body.error.code).toBe('ATTEMPT_OPEN');
    await ts.http.post(`/api/exam-attempts/${a.id}/submit`).set(m.auth).send({}).expect(200);
    expect((await start(e.id, m).expect(409)).body.error.code).toBe('ALREADY_ATTEMPTED');
    expect((await ts.http.post(`/api/exams/${e.id}/resits`).set(otherAdmin.auth).send({ memberId: m.memberId }).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    expect((await ts.http.post(`/api/exams/${e.id}/resits`).set(m.auth).send({ memberId: m.memberId }).expect(403)).body.error.code).toBe('FORBIDDEN');
    expect((await ts.http.post(`/api/exams/${e.id}/resits`).set(admin.auth).send({ memberId: m.memberId }).expect(201)).body).toEqual({ examId: e.id, memberId: m.memberId, sitting: 2 });
    expect((await ts.http.post(`/api/exams/${e.id}/resits`).set(admin.auth).send({ memberId: m.memberId }).expect(409)).body.error.code).toBe('ALREADY_GRANTED');
    const second = (await start(e.id, m).expect(201)).body;
    expect(second).toMatchObject({ sitting: 2, answers: {} });
    expect(second.id).not.toBe(a.id);
    await ts.http.post(`/api/exam-attempts/${second.id}/submit`).set(m.auth).send({}).expect(200);
    expect((await start(e.id, m).expect(409)).body.error.code).toBe('ALREADY_ATTEMPTED');
    expect((await ts.http.post(`/api/exams/${e.id}/resits`).set(admin.auth).send({ memberId: (await member()).memberId }).expect(409)).body.error.code).toBe('NOT_ATTEMPTED');
  });
});

describe('the audience', () => {
  it('is the members under maxAge in the year the exam opens, by the roll’s birth year (none on the roll: in)', async () => {
    const e = await createExam({ maxAge: 50 }); // opens in 2026
    const born1977 = await member(communityOrg, 1977); // 49 in 2026
    const born1976 = await member(communityOrg, 1976); // 50 in 2026
    const unknown = await member(communityOrg, null);
    await start(e.id, born1977).expect(201);
    await start(e.id, unknown).expect(201);
    expect((await start(e.id, born1976).expect(403)).body.error.code).toBe('NOT_IN_AUDIENCE');
    const listed = async (u: TestUser) => (await ts.http.get('/api/me/exams?pageSize=100').set(u.auth).expect(200)).body.items.map((x: { id: number }) => x.id);
    expect(await listed(born1977)).toContain(e.id);
    expect(await listed(born1976)).not.toContain(e.id);

    // The same rule for an exam opening in 2027: the member born in 1977 is 50 then.
    const later = await createExam({ maxAge: 50, opensAt: '2027-01-05T01:00:00Z', closesAt: '2027-01-20T01:00:00Z' });
    ts.clock.set('2027-01-06T01:00:00Z');
    expect((await start(later.id, born1977).expect(403)).body.error.code).toBe('NOT_IN_AUDIENCE');
  });

  it("counts the exam date in Shanghai: an exam opening at 00:30 on 1 January (still 31 December in UTC) is that new year's", async () => {
    const e = await createExam({ maxAge: 50, opensAt: '2026-12-31T16:30:00Z', closesAt: '2027-01-10T01:00:00Z' });
    ts.clock.set('2027-01-02T01:00:00Z');
    expect((await start(e.id, await member(communityOrg, 1977)).expect(403)).body.error.code).toBe('NOT_IN_AUDIENCE');
    await start(e.id, await member(communityOrg, 1978)).expect(201);
  });

  it('refuses members outside its subtree (NOT_IN_AUDIENCE) and users who are not members (NOT_MEMBER)', async () => {
    const e = await createExam();
    expect((await start(e.id, await member(otherOrg)).expect(403)).body.error.code).toBe('NOT_IN_AUDIENCE');
    expect((await start(e.id, await makeUser(ts)).expect(403)).body.error.code).toBe('NOT_MEMBER');
    expect((await ts.http.get('/api/me/exams').set((await makeUser(ts)).auth).expect(403)).body.error.code).toBe('NOT_MEMBER');
    await start(999999, await member()).expect(404);
  });

  it("lists a member's exams with their attempt and whether they may start", async () => {
    const e = await createExam({ title: '我的考试' });
    const m = await member();
    let mine = (await ts.http.get('/api/me/exams?pageSize=100').set(m.auth).expect(200)).body.items.find((x: { id: number }) => x.id === e.id);
    expect(mine).toMatchObject({ attempt: null, canStart: true });
    const a = (await start(e.id, m).expect(201)).body;
    await ts.http.post(`/api/exam-attempts/${a.id}/submit`).set(m.auth).send({ answers: rightAnswers(a) }).expect(200);
    mine = (await ts.http.get('/api/me/exams?pageSize=100').set(m.auth).expect(200)).body.items.find((x: { id: number }) => x.id === e.id);
    expect(mine).toMatchObject({ attempt: { id: a.id, status: 'submitted', score: 100, passed: true }, canStart: false });
  });
});

describe('results', () => {
  it('gives per organisation required / attempted / passed, who still must sit it, and the xlsx', async () => {
    const { street, organization } = await makeStreet(ts);
    const c1 = (await makeCommunity(ts, { streetId: street.id })).organization.id;
    const c2 = (await makeCommunity(ts, { streetId: street.id })).organization.id;
    const sAdmin = await makeUser(ts, { adminOf: organization.id });
    const e = await createExam({ organizationId: organization.id, maxAge: 50 }, sAdmin);
    const [p1, f1, n1, old] = [await member(c1), await member(c1), await member(c1), await member(c1, 1950)];
    const [p2] = [await member(c2), await member(c2)];
    for (const [u, good] of [[p1, true], [f1, false], [p2, true]] as const) {
      const a = (await start(e.id, u).expect(201)).body;
      await ts.http.post(`/api/exam-attempts/${a.id}/submit`).set(u.auth).send({ answers: good ? rightAnswers(a) : {} }).expect(200);
    }
    const results = (await ts.http.get(`/api/exams/${e.id}/results`).set(sAdmin.auth).expect(200)).body;
    expect(results).toMatchObject({ required: 5, attempted: 3, passed: 2 });
    expect(results.organizations).toEqual([
      expect.objectContaining({ organizationId: c1, required: 3, attempted: 2, passed: 1 }),
      expect.objectContaining({ organizationId: c2, required: 2, attempted: 1, passed: 1 }),
    ]);
    const pending = (await ts.http.get(`/api/exams/${e.id}/results/pending?organizationId=${c1}`).set(sAdmin.auth).expect(200)).body;
    expect(pending.items.map((x: { memberId: number }) => x.memberId)).toEqual([n1.memberId]);
    expect(pending.items.map((x: { memberId: number }) => x.memberId)).not.toContain(old.memberId);
    const c1Admin = await makeUser(ts, { adminOf: c1 });
    expect((await ts.http.get(`/api/exams/${e.id}/results?organizationId=${c1}`).set(c1Admin.auth).expect(200)).body).toMatchObject({ required: 3, attempted: 2, passed: 1 });

    const xlsx = await ts.http.get(`/api/exams/${e.id}/results/export`).set(sAdmin.auth).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (ch: Buffer) => chunks.push(ch));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200).expect('Content-Type', XLSX);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['各组织情况', '未参考名单']);
    expect(wb.worksheets[0].getRow(4).values).toEqual([undefined, '合计', 5, 3, 2]);
    expect(wb.worksheets[1].rowCount).toBe(3);
  });

  it('refuses an admin outside the organisation (OUT_OF_SCOPE) and a member (FORBIDDEN)', async () => {
    const e = await createExam();
    expect((await ts.http.get(`/api/exams/${e.id}/results`).set(otherAdmin.auth).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    expect((await ts.http.get(`/api/exams/${e.id}/results?organizationId=${otherOrg}`).set(admin.auth).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    expect((await ts.http.get(`/api/exams/${e.id}/results/pending`).set(otherAdmin.auth).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    expect((await ts.http.get(`/api/exams/${e.id}/results/export`).set(otherAdmin.auth).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    expect((await ts.http.get(`/api/exams/${e.id}/results`).set((await member()).auth).expect(403)).body.error.code).toBe('FORBIDDEN');
  });
});
