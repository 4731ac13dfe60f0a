#!/usr/bin/env node
/**
 * Vote rush (投票): 2,000 members of one organisation cast a secret ballot in the same vote at once,
 * alternating between two service processes on one fresh MariaDB database, then all of them try a
 * second ballot through the other process. Must end with exactly one ballot each (2,000 × 201, then
 * 2,000 × 409 ALREADY_VOTED, no 5xx) and exact counts: after the close, GET /api/votes/:id on both
 * processes and the choice rows give every option the number of members who chose it. The ballots
 * are compared with a bare baseline (node:http + mysql2 writing the same rows in a transaction) in
 * the same run. Usage: npm run build:server && node server/bench/vote-rush.js (BENCH_USERS, BENCH_SOCKETS).
 */
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { benchMembers, dist, phase, runBench, send } = require('./lib');

const USERS = Number(process.env.BENCH_USERS || 2000);
const SOCKETS = Number(process.env.BENCH_SOCKETS || 100);
const OPTIONS = 5;
const MAX_CHOICES = 2;

async function openBenchVote(ds, org, owner, title) {
  const { Vote, VoteOption } = require(dist('modules/votes/entities'));
  const now = Date.now();
  const vote = await ds.manager.save(ds.manager.create(Vote, {
    organizationId: org.id, title, maxChoices: MAX_CHOICES, opensAt: new Date(now - 60_000), closesAt: new Date(now + 3600_000),
    electorate: 'members', subjectType: null, subjectId: null, createdById: owner.id,
  }));
  await ds.manager.insert(VoteOption, Array.from({ length: OPTIONS }, (_, position) => ({ voteId: vote.id, position, label: `候选项${position + 1}` })));
  const options = await ds.manager.find(VoteOption, { where: { voteId: vote.id }, order: { position: 'ASC' } });
  return { voteId: vote.id, optionIds: options.map((o) => o.id) };
}

async function prepare(ds) {
  const { org, owner, tokens, userIds } = await benchMembers(ds, USERS, '压测党委');
  return { tokens, userIds, vote: await openBenchVote(ds, org, owner, '压测投票'), baselineVote: await openBenchVote(ds, org, owner, '压测投票（基线）') };
}

/** Member i's choice: one or two options, spread unevenly, so that a lost or doubled ballot shows in the counts. */
const choiceOf = (i) => (i % 3 === 0 ? [i % OPTIONS] : [i % OPTIONS, (i * 7 + 1) % OPTIONS].filter((o, k, a) => a.indexOf(o) === k));

/** Every member at once, one request each. */
async function rush(step) {
  const started = process.hrtime.bigint();
  const results = await Promise.all(Array.from({ length: USERS }, (_, i) => step(i)));
  return phase(results, Number(process.hrtime.bigint() - started) / 1e9);
}

runBench('bench_vote', prepare, async ({ ds, servers, databaseUrl, tokens, userIds, vote, baselineVote }) => {
  const agents = servers.urls.map(() => new http.Agent({ keepAlive: true, maxSockets: SOCKETS }));
  const raw = spawn(process.execPath, [path.join(__dirname, 'raw-baseline.js')], { env: { ...process.env, DATABASE_URL: databaseUrl, SCENARIO: 'ballot' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const rawAgent = new http.Agent({ keepAlive: true, maxSockets: SOCKETS * 2 });
  try {
    const rawUrl = await new Promise((resolve) => raw.stdout.once('data', (d) => resolve(String(d).trim())));
    const via = (i) => ({ agent: agents[i % 2], base: servers.urls[i % 2] });
    const ballot = (i, k) => ({ optionIds: choiceOf(i).map((o) => vote.optionIds[o]), via: via(i + k) });
    const load = [os.loadavg()[0]];
    console.error(`${USERS} ballots at once at ${servers.urls.join(' and ')}`);
    const first = await rush((i) => { const b = ballot(i, 0); return send(b.via.agent, `${b.via.base}/api/votes/${vote.voteId}/ballots`, 'POST', tokens[i], { optionIds: b.optionIds }); });
    load.push(os.loadavg()[0]);
    console.error('every member again, through the other process');
    const second = await rush((i) => { const b = ballot(i, 1); return send(b.via.agent, `${b.via.base}/api/votes/${vote.voteId}/ballots`, 'POST', tokens[i], { optionIds: b.optionIds }); });
    console.error('the same ballots on the bare baseline');
    const baseline = await rush((i) => send(rawAgent, `${rawUrl}/ballot?vote=${baselineVote.voteId}&user=${userIds[i]}&options=${choiceOf(i).map((o) => baselineVote.optionIds[o]).join(',')}`, 'GET'));
    load.push(os.loadavg()[0]);

    // Close the vote (the bench's setup moves its window; the service's clock is the real time here), then read the counts.
    await ds.query('UPDATE votes SET closesAt = ? WHERE id = ?', [new Date(Date.now() - 1000), vote.voteId]);
    const expected = vote.optionIds.map((_, o) => Array.from({ length: USERS }, (__, i) => i).filter((i) => choiceOf(i).includes(o)).length);
    const served = await Promise.all(servers.urls.map(async (base) => JSON.parse((await send(undefined, `${base}/api/votes/${vote.voteId}`, 'GET')).body)));
    const rows = await ds.query('SELECT optionId, COUNT(*) AS n FROM vote_choices WHERE voteId = ? GROUP BY optionId', [vote.voteId]);
    const [participations] = await ds.query('SELECT COUNT(*) AS n, COUNT(DISTINCT userId) AS voters FROM vote_participations WHERE voteId = ?', [vote.voteId]);
    const fromRows = vote.optionIds.map((id) => Number(rows.find((r) => Number(r.optionId) === id)?.n ?? 0));
    const report = {
      members: USERS, processes: 2, socketsPerProcess: SOCKETS, options: OPTIONS, maxChoices: MAX_CHOICES,
      ballot: first, secondBallot: second, baselineBallot: baseline,
      ballotVsBaseline: { throughput: Math.round((first.perSecond / baseline.perSecond) * 100) / 100, p99: Math.round((first.latencyMs.p99 / baseline.latencyMs.p99) * 100) / 100 },
      counts: { expected, choiceRows: fromRows, served: served.map((v) => v.options.map((o) => o.count)), ballotCount: served.map((v) => v.ballotCount) },
      database: { participations: Number(participations.n), voters: Number(participations.voters) },
      loadAverage1m: load.map((l) => Math.round(l * 10) / 10), cpus: os.cpus().length,
    };
    console.log(JSON.stringify(report, null, 2));
    const same = (a) => a.length === expected.length && a.every((n, k) => n === expected[k]);
    const no5xx = [first, second].every((p) => !Object.keys(p.statuses).some((s) => Number(s) >= 500 || Number(s) === 0));
    const oneEach = first.statuses[201] === USERS && second.statuses[409] === USERS && second.codes.ALREADY_VOTED === USERS && report.database.participations === USERS && report.database.voters === USERS;
    const exact = same(fromRows) && report.counts.served.every(same) && report.counts.ballotCount.every((n) => n === USERS);
    console.log(no5xx && oneEach && exact ? 'OK: no 5xx, one ballot each (2nd ballot 409), exact counts from both processes and the rows' : 'FAILED: a 5xx, a second ballot taken, or a count off');
    process.exitCode = no5xx && oneEach && exact ? 0 : 1;
  } finally {
    agents.forEach((a) => a.destroy());
    rawAgent.destroy();
    raw.kill();
  }
});
