#!/usr/bin/env node
/**
 * Exam rush (上机考试): 2,000 members start one exam at once, save 20 answers each as they go, and
 * submit, against two service processes on one fresh MariaDB database. Must end with no 5xx and no
 * lost answer: every member saved the right option of every question, so every score is 100. The
 * saves are compared with a bare baseline (node:http + mysql2 running the same two UPDATEs) in the
 * same run. Usage: npm run build:server && node server/bench/exam-rush.js (BENCH_USERS, BENCH_SOCKETS).
 */
const http = require('node:http');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { benchMembers, dist, phase, runBench, send } = require('./lib');

const USERS = Number(process.env.BENCH_USERS || 2000);
const QUESTIONS = 20;
const SOCKETS = Number(process.env.BENCH_SOCKETS || 100);

async function prepare(ds) {
  const { Exam, Question } = require(dist('modules/exams/entities'));
  const { org, owner, tokens } = await benchMembers(ds, USERS, '压测党委');
  const rows = Array.from({ length: QUESTIONS }, (_, i) => ({ organizationId: org.id, kind: i % 3 === 1 ? 'multi' : 'single', stem: `第${i + 1}题`, options: ['甲', '乙', '丙', '丁'], answer: i % 3 === 1 ? [0, 2] : [1], tags: [], createdById: owner.id }));
  const questions = await ds.manager.save(rows.map((r) => ds.manager.create(Question, r)));
  const now = Date.now();
  const exam = await ds.manager.save(ds.manager.create(Exam, {
    organizationId: org.id, title: '春季轮训上机考试（压测）', durationMinutes: 60, passScore: 60, opensAt: new Date(now - 60_000), closesAt: new Date(now + 3 * 3600_000),
    maxAge: 50, minBirthYear: new Date(now).getUTCFullYear() - 49, questionIds: questions.map((q) => q.id), draw: null, questionCount: QUESTIONS, createdById: owner.id,
  }));
  return { examId: exam.id, tokens, key: new Map(questions.map((q) => [q.id, q.answer.map((i) => q.options[i])])) };
}

/** Every member at once, each doing `step(i)` for its rounds one after the other (a phone saves, waits for the answer, saves again). */
async function timed(rounds, step) {
  const started = process.hrtime.bigint();
  const results = (await Promise.all(Array.from({ length: USERS }, async (_, i) => {
    const mine = [];
    for (let r = 0; r < rounds; r++) mine.push(await step(i, r));
    return mine;
  }))).flat();
  return phase(results, Number(process.hrtime.bigint() - started) / 1e9);
}

runBench('bench_exam', prepare, async ({ ds, servers, databaseUrl, examId, tokens, key }) => {
  const agents = servers.urls.map(() => new http.Agent({ keepAlive: true, maxSockets: SOCKETS }));
  const raw = spawn(process.execPath, [path.join(__dirname, 'raw-baseline.js')], { env: { ...process.env, DATABASE_URL: databaseUrl, SCENARIO: 'exam-save' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const rawAgent = new http.Agent({ keepAlive: true, maxSockets: SOCKETS * 2 });
  try {
    const rawUrl = await new Promise((resolve) => raw.stdout.once('data', (d) => resolve(String(d).trim())));
    const via = (i) => ({ agent: agents[i % 2], base: servers.urls[i % 2] });
    console.error(`starting ${USERS} attempts at ${servers.urls.join(' and ')}`);
    const papers = new Array(USERS);
    const start = await timed(1, async (i) => {
      const r = await send(via(i).agent, `${via(i).base}/api/exams/${examId}/attempts`, 'POST', tokens[i], {});
      if (r.status === 201) papers[i] = JSON.parse(r.body);
      return r;
    });
    const choice = (i, r) => {
      const q = papers[i].questions[r];
      return { id: q.id, picked: key.get(q.id).map((text) => q.options.indexOf(text)).sort((a, b) => a - b) };
    };
    console.error(`saving ${QUESTIONS} answers each`);
    // Each save through the process the member did not start on, half of the time: a phone's requests land anywhere.
    const save = await timed(QUESTIONS, (i, r) => {
      const { id, picked } = choice(i, r);
      const { agent, base } = via(i + r);
      return send(agent, `${base}/api/exam-attempts/${papers[i].id}/answers`, 'PUT', tokens[i], { answers: { [id]: picked } });
    });
    console.error('the same saves on the bare baseline');
    const baseline = await timed(QUESTIONS, (i, r) => {
      const { id, picked } = choice(i, r);
      return send(rawAgent, `${rawUrl}/save?attempt=${papers[i].id}&question=${id}&choice=${encodeURIComponent(JSON.stringify(picked))}`, 'GET');
    });
    console.error('submitting');
    const scores = new Array(USERS);
    const submit = await timed(1, async (i) => {
      const r = await send(via(i + 1).agent, `${via(i + 1).base}/api/exam-attempts/${papers[i].id}/submit`, 'POST', tokens[i], {});
      if (r.status === 200) scores[i] = JSON.parse(r.body);
      return r;
    });
    const [db] = await ds.query('SELECT COUNT(*) AS attempts, SUM(score = 100) AS perfect, SUM(submittedAt IS NOT NULL) AS submitted FROM exam_attempts WHERE examId = ?', [examId]);
    const report = {
      members: USERS, questions: QUESTIONS, processes: 2, socketsPerProcess: SOCKETS,
      start, save, baselineSave: baseline, submit,
      saveVsBaseline: { throughput: Math.round((save.perSecond / baseline.perSecond) * 100) / 100, p99: Math.round((save.latencyMs.p99 / baseline.latencyMs.p99) * 100) / 100 },
      database: { attempts: Number(db.attempts), submitted: Number(db.submitted), perfect: Number(db.perfect) },
      loadAverage1m: Math.round(require('node:os').loadavg()[0] * 10) / 10,
    };
    console.log(JSON.stringify(report, null, 2));
    const no5xx = [start, save, submit].every((p) => !Object.keys(p.statuses).some((s) => Number(s) >= 500 || Number(s) === 0));
    const noneLost = start.statuses[201] === USERS && save.statuses[200] === USERS * QUESTIONS && scores.every((s) => s && s.score === 100) && report.database.perfect === USERS;
    console.log(no5xx && noneLost ? 'OK: no 5xx, one attempt each, every saved answer scored (all 100)' : 'FAILED: a 5xx, or an answer lost');
    process.exitCode = no5xx && noneLost ? 0 : 1;
  } finally {
    agents.forEach((a) => a.destroy());
    rawAgent.destroy();
    raw.kill();
  }
});
