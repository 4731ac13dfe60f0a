#!/usr/bin/env node
/**
 * The benchmarks of issue 19 at district scale, on MariaDB, each side by side in the same run with a
 * bare node:http + mysql2 server (raw-baseline.js, scenario `public`) answering the same statements
 * with the same JSON. BENCH_FACTOR (default 1) sizes the district of `npm run seed:scale`.
 *
 *   1. A fresh database, the scale district seeded through the compiled seed-scale code (timed).
 *   2. Public reads at 200 connections (community list, a community's disclosures, a disclosure's
 *      detail, the activity list, the transparency card): req/s, p50, p99, service / bare.
 *   3. The cached detail: a client sending If-None-Match (304), and plain repeated reads of 50
 *      disclosures answered from the read cache, each against the bare server's uncached detail.
 *   4. The flash sign-up: 2,000 residents, 100 places, two service processes, then two bare ones on
 *      a second activity; exact counts checked in the database.
 *
 * The service runs with its DEFAULT settings: LOG_LEVEL info (the request log, to /dev/null),
 * READ_CACHE_MS unset. BENCH_DURATION (s, default 6) per measurement. 304s count as non-2xx in
 * autocannon's figures. CPU ms per answer is read from /proc for the server processes only.
 * Usage: npm run build:server && BENCH_FACTOR=0.1 node server/bench/scale.js
 */
const { spawn } = require('node:child_process');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { freshDatabase, openDatabase, startFakeWechat, startServers, cannon, summary, cpuMs, dist, root, post, percentile } = require('./lib');

const FACTOR = Number(process.env.BENCH_FACTOR || 1);
const DURATION = Number(process.env.BENCH_DURATION || 6);
const CONNECTIONS = 200;
const USERS = 2000;
const CAPACITY = 100;
const SOCKETS = 100;

const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');

/** Spreads `n` picks over `rows` (the same on every run). */
const spread = (rows, n) => Array.from({ length: Math.min(n, rows.length) }, (_, i) => rows[Math.floor((i * rows.length) / Math.min(n, rows.length))]);

/** The paths each read loads, chosen over the whole district so no one page is all a run reads. */
async function readScenarios(ds) {
  const streets = await ds.query('SELECT id FROM streets ORDER BY id');
  const communities = spread(await ds.query('SELECT id FROM communities ORDER BY id'), 100);
  // Detail, uncached: cycling over up to 20,000 disclosures, each is read again only after the
  // service's 5 s read cache has let it go (at these rates), so it measures the database path.
  const published = await ds.query("SELECT id FROM disclosures WHERE status = 'published' ORDER BY id");
  return [
    { name: 'community list', paths: streets.flatMap((s) => [1, 2].map((p) => `/api/communities?streetId=${s.id}&page=${p}&pageSize=20`)) },
    { name: "a community's disclosures", paths: communities.flatMap((c) => [1, 2, 3].map((p) => `/api/communities/${c.id}/disclosures?page=${p}`)) },
    { name: "a disclosure's detail", paths: spread(published, 20_000).map((d) => `/api/disclosures/${d.id}`), rotate: true },
    { name: 'activity list', paths: [1, 2, 3, 4, 5].map((p) => `/api/activities?page=${p}`) },
    { name: 'transparency card', paths: communities.map((c) => `/api/communities/${c.id}/transparency`) },
  ];
}

/**
 * Waits until `base` answers a trivial request within 50 ms (at most 60 s): autocannon stops when
 * its time is up, but a server may still be working off the requests queued by 200 connections, and
 * the next measurement must not pay for them.
 */
async function settle(base) {
  for (let i = 0; i < 600; i++) {
    const started = Date.now();
    await fetch(`${base}/api/health`).then((r) => r.arrayBuffer(), () => null);
    if (Date.now() - started < 50) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A warm-up, then `CONNECTIONS` connections for `DURATION` s. Besides req/s and latency: the CPU ms
 * the server processes `pids` spent per answer, steadier than wall throughput on a shared machine.
 */
async function measure(base, pids, requests) {
  await settle(base);
  await cannon({ url: base, connections: 10, duration: 2, requests }); // warm up
  const before = pids.map(cpuMs);
  const r = await cannon({ url: base, connections: CONNECTIONS, duration: DURATION, requests });
  const cpu = pids.reduce((sum, pid, i) => sum + (cpuMs(pid) - before[i]), 0);
  return { ...summary(r), cpuMsPerRequest: r.requests.total ? Math.round((cpu / r.requests.total) * 100) / 100 : null };
}

/** Two activities of 100 places (one for the service, one for the bare server) and 2,000 residents' tokens. */
async function prepareSignups(ds) {
  const jwt = require('jsonwebtoken');
  const secret = require(dist('config')).loadConfig({}).jwtSecret;
  const [c] = await ds.query('SELECT c.id, c.organizationId, o.path FROM communities c JOIN organizations o ON o.id = c.organizationId ORDER BY c.id LIMIT 1');
  const now = Date.now();
  const at = (ms) => new Date(now + ms);
  const ids = [];
  for (const title of ['五一志愿服务（压测·服务）', '五一志愿服务（压测·基线）']) {
    const r = await ds.query(
      "INSERT INTO activities (organizationId, organizationPath, kind, title, description, location, startAt, endAt, signupDeadline, capacity, audience, points, status, confirmedCount, createdBy, cancelReason, createdAt, updatedAt) VALUES (?, ?, 'volunteer', ?, '', ?, ?, ?, ?, ?, 'public', 3, 'published', 0, 1, NULL, ?, ?)",
      [c.organizationId, c.path, title, JSON.stringify({ name: '北曲商圈' }), at(86_400_000), at(90_000_000), at(80_000_000), CAPACITY, new Date(now), new Date(now)],
    );
    ids.push(Number(r.insertId));
  }
  const users = await ds.query('SELECT id FROM users ORDER BY id DESC LIMIT ?', [USERS]);
  const tokens = users.map((u) => jwt.sign({}, secret, { subject: String(u.id), expiresIn: 3600, algorithm: 'HS256' }));
  return { activityIds: ids, tokens, secret };
}

/** 2,000 sign-ups at once over two processes; the statuses, the database's counts, the time. */
async function flash(ds, urls, pids, activityId, tokens) {
  const agents = urls.map(() => new http.Agent({ keepAlive: true, maxSockets: SOCKETS }));
  try {
    // Open the sockets first (a read both stacks answer), so the run measures sign-ups.
    await Promise.all(urls.flatMap((u, i) => Array.from({ length: SOCKETS }, () => new Promise((r) => http.get(`${u}/api/communities?streetId=1&page=1&pageSize=20`, { agent: agents[i] }, (res) => res.resume().on('end', r))))));
    const cpuBefore = pids.map(cpuMs);
    const started = process.hrtime.bigint();
    const results = await Promise.all(tokens.map((t, i) => post(agents[i % 2], urls[i % 2], `/api/activities/${activityId}/signups`, t)));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = pids.reduce((s, pid, i) => s + (cpuMs(pid) - cpuBefore[i]), 0);
    const statuses = {};
    for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    const rows = await ds.query('SELECT status, COUNT(*) AS n FROM activity_signups WHERE activityId = ? GROUP BY status', [activityId]);
    const inDb = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    const [a] = await ds.query('SELECT confirmedCount FROM activities WHERE id = ?', [activityId]);
    const answered = results.filter((r) => r.status === 201).map((r) => JSON.parse(r.body).status);
    const exact = statuses[201] === USERS && inDb.confirmed === CAPACITY && inDb.waitlisted === USERS - CAPACITY && Number(a.confirmedCount) === CAPACITY
      && answered.filter((s) => s === 'confirmed').length === CAPACITY;
    const ms = results.map((r) => r.ms).sort((x, y) => x - y);
    return { perSecond: Math.round(USERS / seconds), seconds: Math.round(seconds * 100) / 100, p50ms: Math.round(percentile(ms, 50)), p99ms: Math.round(percentile(ms, 99)), cpuMsPerSignup: Math.round((cpu / USERS) * 100) / 100, statuses, database: { ...inDb, confirmedCount: Number(a.confirmedCount) }, exact };
  } finally {
    agents.forEach((x) => x.destroy());
  }
}

function startRaw(env) {
  const raw = spawn(process.execPath, [path.join(__dirname, 'raw-baseline.js')], { env: { ...process.env, ...env, SCENARIO: 'public' }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => raw.stdout.once('data', (d) => resolve({ url: String(d).trim(), pid: raw.pid, stop: () => raw.kill() })));
}

async function main() {
  const startLoad = load();
  const db = await freshDatabase('bench_scale');
  const fake = await startFakeWechat();
  const stops = [];
  try {
    const ds = await openDatabase(db.url);
    const seeding = Date.now();
    const counts = await require(path.join(root, 'server/dist/scripts/seed-scale')).seedScale(ds, FACTOR, new Date());
    const seedSeconds = Math.round((Date.now() - seeding) / 1000);
    await ds.query('ANALYZE TABLE disclosures, disclosure_chain_entries, activities, activity_signups, letters, disclosure_questions, communities, users');
    console.error(`factor ${FACTOR}: seeded in ${seedSeconds} s ${JSON.stringify(counts)} (load ${load()})`);
    const scenarios = await readScenarios(ds);
    const signups = await prepareSignups(ds);

    // The service as deployed by default: request log on (to /dev/null here), read cache default.
    const env = { DATABASE_URL: db.url, WECHAT_API_BASE: fake.url, LOG_LEVEL: 'info' };
    const service = await startServers(2, env, { stdout: 'ignore' });
    stops.push(service.stop);
    const raw = await startRaw({ DATABASE_URL: db.url, JWT_SECRET: signups.secret });
    stops.push(raw.stop);

    const reads = [];
    for (const s of scenarios) {
      // Thousands of paths go through one request that takes the next path (autocannon would build
      // every request once per connection).
      let next = 0;
      const requests = s.rotate ? [{ method: 'GET', setupRequest: (req) => ({ ...req, path: s.paths[next++ % s.paths.length] }) }] : s.paths.map((p) => ({ method: 'GET', path: p }));
      const svc = await measure(service.urls[0], [service.pids[0]], requests);
      const bare = await measure(raw.url, [raw.pid], requests);
      reads.push({ name: s.name, svc, bare, ratio: svc.reqPerSec / bare.reqPerSec, cpuRatio: bare.cpuMsPerRequest / svc.cpuMsPerRequest, load: load() });
      console.error(JSON.stringify(reads.at(-1)));
    }

    // The cached detail: 50 published disclosures, read again and again.
    const fifty = (await ds.query("SELECT id FROM disclosures WHERE status = 'published' ORDER BY id LIMIT 50")).map((r) => `/api/disclosures/${r.id}`);
    const tags = await Promise.all(fifty.map((p) => fetch(`${service.urls[0]}${p}`).then((r) => r.headers.get('etag'))));
    const uncached = reads.find((r) => r.name === "a disclosure's detail").bare;
    const cached = [];
    const revalidated = await measure(service.urls[0], [service.pids[0]], fifty.map((p, i) => ({ method: 'GET', path: p, headers: { 'if-none-match': tags[i] } })));
    cached.push({ name: 'If-None-Match → 304', svc: revalidated, ratio: revalidated.reqPerSec / uncached.reqPerSec, cpuRatio: uncached.cpuMsPerRequest / revalidated.cpuMsPerRequest, load: load() });
    const repeated = await measure(service.urls[0], [service.pids[0]], fifty.map((p) => ({ method: 'GET', path: p })));
    cached.push({ name: 'repeated reads, read cache', svc: repeated, ratio: repeated.reqPerSec / uncached.reqPerSec, cpuRatio: uncached.cpuMsPerRequest / repeated.cpuMsPerRequest, load: load() });
    console.error(JSON.stringify(cached));

    // The flash sign-up: the two service processes, then two bare ones.
    const raw2 = await startRaw({ DATABASE_URL: db.url, JWT_SECRET: signups.secret });
    stops.push(raw2.stop);
    const svcSignup = await flash(ds, service.urls, service.pids, signups.activityIds[0], signups.tokens);
    const bareSignup = await flash(ds, [raw.url, raw2.url], [raw.pid, raw2.pid], signups.activityIds[1], signups.tokens);
    console.error(JSON.stringify({ svcSignup, bareSignup }));
    await ds.destroy();

    const f = (n) => (n === null || n === undefined ? '–' : Number(n).toLocaleString('en-US'));
    console.log(`\n### District at factor ${FACTOR} (${f(counts.communities)} communities, ${f(counts.disclosures)} disclosures, ${f(counts.signups)} sign-ups): seeded in ${seedSeconds} s; load before ${startLoad}\n`);
    console.log(`Public reads, ${CONNECTIONS} connections, ${DURATION} s each (goal: p99 < 50 ms, ≥ 0.9× bare):\n`);
    const x = (n) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : '–');
    console.log('| read | service req/s | p50 ms | p99 ms | CPU ms/req | bare req/s | p50 ms | p99 ms | CPU ms/req | service / bare (req/s) | (CPU per req) | non-2xx | load 1/5/15 |');
    console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const r of reads) console.log(`| ${r.name} | ${f(r.svc.reqPerSec)} | ${r.svc.p50ms} | ${r.svc.p99ms} | ${r.svc.cpuMsPerRequest} | ${f(r.bare.reqPerSec)} | ${r.bare.p50ms} | ${r.bare.p99ms} | ${r.bare.cpuMsPerRequest} | **${x(r.ratio)}** | ${x(r.cpuRatio)} | ${r.svc.non2xx}/${r.bare.non2xx} | ${r.load} |`);
    console.log(`\nCached detail vs the bare uncached detail (${f(uncached.reqPerSec)} req/s; goal ≥ 1.5×):\n`);
    console.log('| read | service req/s | p50 ms | p99 ms | CPU ms/req | / bare uncached (req/s) | (CPU per req) | non-2xx | load 1/5/15 |');
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const r of cached) console.log(`| ${r.name} | ${f(r.svc.reqPerSec)} | ${r.svc.p50ms} | ${r.svc.p99ms} | ${r.svc.cpuMsPerRequest} | **${x(r.ratio)}** | ${x(r.cpuRatio)} | ${r.svc.non2xx} | ${r.load} |`);
    console.log(`\nFlash sign-up, ${USERS} residents / ${CAPACITY} places, two processes each (goal ≥ 0.85×, exact):\n`);
    console.log('| server | sign-ups/s | p50 ms | p99 ms | CPU ms / sign-up (server processes) | statuses | database | exact |');
    console.log('|---|---|---|---|---|---|---|---|');
    for (const [name, r] of [['service', svcSignup], ['bare', bareSignup]]) console.log(`| ${name} | ${f(r.perSecond)} | ${f(r.p50ms)} | ${f(r.p99ms)} | ${r.cpuMsPerSignup} | ${JSON.stringify(r.statuses)} | ${r.database.confirmed} confirmed, ${r.database.waitlisted} waitlisted, confirmedCount ${r.database.confirmedCount} | ${r.exact ? 'yes' : '**no**'} |`);
    console.log(`\nservice / bare sign-ups: **${(svcSignup.perSecond / bareSignup.perSecond).toFixed(2)}×** (CPU per sign-up: ${(bareSignup.cpuMsPerSignup / svcSignup.cpuMsPerSignup).toFixed(2)}×); load after ${load()}`);
    process.exitCode = svcSignup.exact && bareSignup.exact ? 0 : 1;
  } finally {
    stops.forEach((s) => s());
    fake.close();
    await db.drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
