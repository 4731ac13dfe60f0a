#!/usr/bin/env node
/**
 * Read benchmark: a paged public list served by the real service (Koa + TypeORM + MariaDB), side by
 * side in the same run with a raw node:http + mysql2 server answering the same queries with the
 * same JSON. Loads the full demo district first. Usage: npm run build:server && node server/bench/read-list.js
 * (BENCH_SCENARIO=disclosure: a disclosure's detail instead of the community list).
 */
const { spawn } = require('node:child_process');
const path = require('node:path');
const { freshDatabase, openDatabase, startFakeWechat, startServers, cannon, summary, dist } = require('./lib');

const CONNECTIONS = [50, 200];
const DURATION = Number(process.env.BENCH_DURATION || 10);

async function main() {
  const db = await freshDatabase('bench_read');
  const fake = await startFakeWechat();
  const ds = await openDatabase(db.url);
  const pino = require('pino');
  const { seedDemoData } = require(dist('seed'));
  const { loadConfig } = require(dist('config'));
  const started = Date.now();
  const { clockStartingAt } = require(dist('core/clock'));
  await seedDemoData({ db: ds, config: loadConfig({ DATABASE_URL: db.url }), log: pino({ level: 'warn' }), wechat: null, clock: clockStartingAt(undefined) });
  console.log(`demo district loaded in ${Date.now() - started} ms`);
  const scenario = await require('./scenarios').pickReadScenario(ds, process.env.BENCH_SCENARIO);
  await ds.destroy();

  const service = await startServers(1, { DATABASE_URL: db.url, WECHAT_API_BASE: fake.url });
  const raw = spawn(process.execPath, [path.join(__dirname, 'raw-baseline.js')], {
    env: { ...process.env, DATABASE_URL: db.url, SCENARIO: scenario.name },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const rawUrl = await new Promise((resolve) => raw.stdout.once('data', (d) => resolve(String(d).trim())));

  const rows = [];
  try {
    for (const connections of CONNECTIONS) {
      for (const [name, base] of [['service (Koa + TypeORM)', service.urls[0]], ['raw node:http + mysql2', rawUrl]]) {
        // Vary the page so the run is not one cached plan on one page of rows.
        const requests = scenario.paths.map((p) => ({ method: 'GET', path: p }));
        await cannon({ url: base, connections: 10, duration: 2, requests }); // warm up
        const r = summary(await cannon({ url: base, connections, duration: DURATION, requests }));
        rows.push({ connections, name, ...r });
        console.log(JSON.stringify({ connections, name, ...r }));
      }
    }
  } finally {
    service.stop();
    raw.kill();
    fake.close();
    await db.drop();
  }
  console.log(`\nScenario: ${scenario.description}\n`);
  console.log('| connections | server | req/s | p50 ms | p99 ms | non-2xx | errors |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.connections} | ${r.name} | ${r.reqPerSec} | ${r.p50ms} | ${r.p99ms} | ${r.non2xx} | ${r.errors} |`);
  for (const c of CONNECTIONS) {
    const [s, b] = rows.filter((r) => r.connections === c);
    console.log(`${c} connections: service / raw = ${(s.reqPerSec / b.reqPerSec).toFixed(2)}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
