#!/usr/bin/env node
/**
 * Flash crowd: 2,000 distinct users sign up for one activity with 100 places, all at once, against
 * two service processes on one fresh MariaDB database. Must end with exactly 100 confirmed and
 * 1,900 waitlisted and no 5xx. Usage: npm run build:server && node server/bench/flash-signup.js
 * (BENCH_USERS, BENCH_CAPACITY, BENCH_SOCKETS override the shape).
 */
const http = require('node:http');
const { execSync } = require('node:child_process');
const { benchUsers, cpuMs, dist, runBench, post, percentile } = require('./lib');

const USERS = Number(process.env.BENCH_USERS || 2000);
const CAPACITY = Number(process.env.BENCH_CAPACITY || 100);
/** Client sockets per server process: a crowd of phones arrives through a proxy's connection pool. */
const SOCKETS = Number(process.env.BENCH_SOCKETS || 100);

async function prepare(ds) {
  const { createOrganization } = require(dist('modules/orgs/seed'));
  const { Activity } = require(dist('modules/activities/entities'));
  const org = await createOrganization(ds.manager, '压测社区党委', 'party_committee', null);
  const { owner, tokens } = await benchUsers(ds.manager, USERS);
  const now = Date.now();
  const activity = await ds.manager.save(
    ds.manager.create(Activity, {
      organizationId: org.id, organizationPath: org.path, kind: 'volunteer', title: '五一志愿服务（压测）', description: '', location: { name: '北曲商圈' },
      startAt: new Date(now + 86400_000), endAt: new Date(now + 90000_000), signupDeadline: new Date(now + 80000_000),
      capacity: CAPACITY, audience: 'public', points: 3, status: 'published', confirmedCount: 0, createdBy: owner.id, cancelReason: null,
    }),
  );
  return { activityId: activity.id, tokens };
}

/** The local MariaDB server's pid, to read its CPU time (null when it is elsewhere or not found). */
function databasePid() {
  try {
    return Number(execSync('pidof mariadbd || pidof mysqld', { encoding: 'utf8' }).trim().split(/\s+/)[0]) || null;
  } catch {
    return null;
  }
}

/** Statements the database server has run so far (server-wide: other sessions' tests add noise). */
async function questions(ds) {
  const [row] = await ds.query("SHOW GLOBAL STATUS LIKE 'Questions'");
  return Number(row.Value);
}

runBench('bench_flash', prepare, async ({ ds, servers, activityId, tokens }) => {
  const agents = servers.urls.map(() => new http.Agent({ keepAlive: true, maxSockets: SOCKETS }));
  try {
    // Warm both processes (connection pools, JIT) on a read, so the run measures sign-ups.
    await Promise.all(servers.urls.flatMap((u, i) => Array.from({ length: SOCKETS }, () => new Promise((r) => http.get(`${u}/api/activities/${activityId}`, { agent: agents[i] }, (res) => res.resume().on('end', r))))));
    console.error(`firing ${USERS} sign-ups at ${servers.urls.join(' and ')}`);
    const dbPid = databasePid();
    const cpuBefore = { servers: servers.pids.map(cpuMs), db: dbPid && cpuMs(dbPid) };
    const questionsBefore = await questions(ds);
    const started = process.hrtime.bigint();
    const results = await Promise.all(tokens.map((t, i) => post(agents[i % 2], servers.urls[i % 2], `/api/activities/${activityId}/signups`, t)));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const statements = (await questions(ds)) - questionsBefore - 1;
    const serverCpuMs = servers.pids.reduce((sum, pid, i) => sum + (cpuMs(pid) - cpuBefore.servers[i]), 0);
    const dbCpuMs = dbPid ? cpuMs(dbPid) - cpuBefore.db : null;
    const [load1] = require('node:os').loadavg();

    const statuses = {};
    for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    const answered = results.filter((r) => r.status === 201).map((r) => JSON.parse(r.body).status);
    const rows = await ds.query('SELECT status, COUNT(*) AS n FROM activity_signups WHERE activityId = ? GROUP BY status', [activityId]);
    const [activity] = await ds.query('SELECT confirmedCount FROM activities WHERE id = ?', [activityId]);
    const inDb = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    const ms = results.map((r) => r.ms).sort((a, b) => a - b);
    const report = {
      users: USERS, capacity: CAPACITY, processes: 2, socketsPerProcess: SOCKETS, statuses,
      answered: { confirmed: answered.filter((s) => s === 'confirmed').length, waitlisted: answered.filter((s) => s === 'waitlisted').length },
      database: { ...inDb, confirmedCount: Number(activity.confirmedCount) },
      seconds: Math.round(seconds * 1000) / 1000, signupsPerSecond: Math.round(USERS / seconds),
      // Per sign-up costs, steadier than wall time on a shared machine. statementsPerSignup is
      // server-wide, so other sessions using the same MariaDB during the run inflate it.
      perSignup: { serverCpuMs: Math.round((serverCpuMs / USERS) * 100) / 100, dbCpuMs: dbCpuMs === null ? null : Math.round((dbCpuMs / USERS) * 100) / 100, statements: Math.round((statements / USERS) * 10) / 10 },
      loadAverage1m: Math.round(load1 * 10) / 10,
      latencyMs: { p50: Math.round(percentile(ms, 50)), p90: Math.round(percentile(ms, 90)), p99: Math.round(percentile(ms, 99)), max: Math.round(ms[ms.length - 1]) },
    };
    console.log(JSON.stringify(report, null, 2));
    const exact = statuses[201] === USERS && inDb.confirmed === CAPACITY && inDb.waitlisted === USERS - CAPACITY && report.database.confirmedCount === CAPACITY
      && report.answered.confirmed === CAPACITY;
    const no5xx = !Object.keys(statuses).some((s) => Number(s) >= 500 || Number(s) === 0);
    console.log(exact && no5xx ? 'OK: exactly the capacity confirmed, the rest waitlisted, no 5xx' : 'FAILED: the counts or statuses are wrong');
    process.exitCode = exact && no5xx ? 0 : 1;
  } finally {
    agents.forEach((a) => a.destroy());
  }
});
