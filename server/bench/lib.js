/**
 * Shared pieces of the benchmarks: a fresh MariaDB database, the compiled service started as real
 * processes, the WeChat fake, and autocannon runs. Run `npm run build:server` first (npm run bench does).
 */
const { spawn } = require('node:child_process');
const http = require('node:http');
const path = require('node:path');
const mysql = require('mysql2/promise');

const root = path.resolve(__dirname, '../..');
const dist = (p) => path.join(root, 'server/dist/src', p);
const BASE_URL = process.env.BENCH_MYSQL_URL || 'mysql://root@127.0.0.1:3306/test';

async function freshDatabase(prefix) {
  const base = new URL(BASE_URL);
  const name = `${prefix}_${Date.now()}`;
  const conn = await mysql.createConnection({ host: base.hostname, port: Number(base.port || 3306), user: decodeURIComponent(base.username), password: decodeURIComponent(base.password) });
  await conn.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await conn.end();
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const c = await mysql.createConnection({ host: base.hostname, port: Number(base.port || 3306), user: decodeURIComponent(base.username), password: decodeURIComponent(base.password) });
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    },
  };
}

/** Opens the database through the service's own DataSource (runs the migrations). */
async function openDatabase(url) {
  require('reflect-metadata');
  return require(dist('db/data-source')).openDatabase(url, require(dist('modules/registry')).schema);
}

async function startFakeWechat() {
  const { createFakeWechat } = require(dist('wechat/fake/app'));
  const server = http.createServer(createFakeWechat().app.callback());
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

function freePort() {
  return new Promise((resolve) => {
    const s = http.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, child) {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not become healthy`);
}

/**
 * Starts `count` service processes on one database (logging warnings only unless `env.LOG_LEVEL`
 * says otherwise; `stdout: 'ignore'` discards a request log); resolves with their base URLs.
 */
async function startServers(count, env, { stdout = 'inherit' } = {}) {
  const children = [];
  const urls = [];
  for (let i = 0; i < count; i++) {
    const port = await freePort();
    // BENCH_SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the service processes.
    const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS || '').split(' ').filter(Boolean);
    const child = spawn(process.execPath, [...nodeArgs, dist('main.js')], {
      env: { ...process.env, NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', SEED_DEMO: 'never', LOG_LEVEL: 'warn', JOBS_INTERVAL_MS: '0', ...env },
      stdio: ['ignore', stdout, 'inherit'],
    });
    children.push(child);
    urls.push(`http://127.0.0.1:${port}`);
  }
  await Promise.all(urls.map((u, i) => waitForHealth(u, children[i])));
  return { urls, pids: children.map((c) => c.pid), stop: () => children.forEach((c) => c.kill('SIGTERM')) };
}

/**
 * CPU time (user + system, ms) a process has used so far, from /proc (Linux; null elsewhere). On a
 * machine shared with other builds, CPU ms per request is a steadier measure than wall throughput.
 */
function cpuMs(pid) {
  try {
    const stat = require('node:fs').readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in 100 Hz ticks
  } catch {
    return null;
  }
}

function cannon(opts) {
  // Required here: the rush benchmarks send their own requests and need none of it.
  const autocannon = require('autocannon');
  return new Promise((resolve, reject) => {
    autocannon({ duration: 10, ...opts }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

const summary = (r) => ({
  reqPerSec: Math.round(r.requests.average),
  p50ms: r.latency.p50,
  p99ms: r.latency.p99,
  non2xx: r.non2xx,
  errors: r.errors,
});

/**
 * `count` + 1 bench users (o_bench_0 …), inserted in batches. Resolves with the first, who owns
 * what the bench sets up, and with bearer tokens for the rest, signed as the service signs them with
 * its dev-mode secret, so that a run measures the writes, not logins.
 */
async function benchUsers(manager, count) {
  const jwt = require('jsonwebtoken');
  const { User } = require(dist('modules/auth/entities'));
  const rows = Array.from({ length: count + 1 }, (_, i) => ({ openid: `o_bench_${i}`, nickname: `压测${i}` }));
  for (let i = 0; i < rows.length; i += 500) await manager.insert(User, rows.slice(i, i + 500));
  const [owner, ...users] = await manager.find(User, { order: { id: 'ASC' } });
  const secret = require(dist('config')).loadConfig({}).jwtSecret;
  const tokens = users.map((u) => jwt.sign({}, secret, { subject: String(u.id), expiresIn: 3600, algorithm: 'HS256' }));
  return { owner, tokens };
}

/**
 * `count` party members of one new organisation (a bench user each, with the member role), for the
 * benchmarks that rush one organisation's members (exam, vote). Resolves with the organisation, the
 * owner, the members' user ids and their tokens (same order).
 */
async function benchMembers(ds, count, orgName) {
  const { createOrganization } = require(dist('modules/orgs/seed'));
  const { PartyMember } = require(dist('modules/members/entities'));
  const { UserRole } = require(dist('modules/auth/entities'));
  const org = await createOrganization(ds.manager, orgName, 'party_committee', null);
  const { owner, tokens } = await benchUsers(ds.manager, count);
  const users = await ds.query('SELECT id FROM users WHERE id <> ? ORDER BY id', [owner.id]);
  for (let i = 0; i < users.length; i += 500) {
    const batch = users.slice(i, i + 500);
    await ds.manager.insert(PartyMember, batch.map((u, k) => ({ userId: u.id, name: `党员${i + k}`, phone: '13800000000', organizationId: org.id, birthYear: 1980 })));
    await ds.manager.insert(UserRole, batch.map((u) => ({ userId: u.id, role: 'member' })));
  }
  return { org, owner, tokens, userIds: users.map((u) => u.id) };
}

/** One HTTP request on a keep-alive agent: status, body and milliseconds (a connection error is status 0). */
function send(agent, url, method, token, body) {
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
    const req = http.request(url, { method, agent, headers }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode, body: text, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    });
    req.on('error', (err) => resolve({ status: 0, body: String(err), ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** A phase's requests summed up: statuses, the error codes of the refusals, rate and latency percentiles. */
function phase(results, seconds) {
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const statuses = {};
  const codes = {};
  for (const r of results) {
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    if (r.status < 400) continue;
    let code = String(r.status);
    try {
      code = JSON.parse(r.body).error?.code ?? code;
    } catch {
      // Not the service's error format (a connection error, the baseline's 500).
    }
    codes[code] = (codes[code] ?? 0) + 1;
  }
  return { requests: results.length, statuses, codes, seconds: Math.round(seconds * 1000) / 1000, perSecond: Math.round(results.length / seconds), latencyMs: { p50: Math.round(percentile(ms, 50)), p99: Math.round(percentile(ms, 99)), max: Math.round(ms[ms.length - 1]) } };
}

/**
 * Runs a write benchmark: a fresh database that `prepare(ds)` fills, the WeChat fake, and two
 * service processes on the database; then `run({ ds, servers, ...prepared })`. Afterwards stops them
 * and drops the database; an error is printed and exits 1.
 */
function runBench(prefix, prepare, run) {
  (async () => {
    const db = await freshDatabase(prefix);
    const fake = await startFakeWechat();
    const ds = await openDatabase(db.url);
    const prepared = await prepare(ds);
    const servers = await startServers(2, { DATABASE_URL: db.url, WECHAT_API_BASE: fake.url, LOG_LEVEL: 'warn' });
    try {
      await run({ ds, servers, databaseUrl: db.url, ...prepared });
    } finally {
      servers.stop();
      fake.close();
      await ds.destroy();
      await db.drop();
    }
  })().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

/** One POST with a bearer token through `agent`; resolves with its status, body and time in ms (status 0 on a socket error). */
function post(agent, base, path, token) {
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const req = http.request(`${base}${path}`, { method: 'POST', agent, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode, body, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    });
    req.on('error', (err) => resolve({ status: 0, body: String(err), ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    req.end('{}');
  });
}

module.exports = { root, dist, freshDatabase, openDatabase, startFakeWechat, startServers, cannon, summary, cpuMs, benchUsers, benchMembers, send, phase, runBench, post, percentile };
