#!/usr/bin/env node
/**
 * A coupon rush: 5,000 distinct residents claim one offer with a quota of 500, all at once, split
 * across two service processes on one fresh MariaDB database. Must end with exactly 500 claims
 * (201), the rest 409 sold out, no 5xx. Usage: npm run build:server && node server/bench/campaign-claims.js
 * (BENCH_USERS, BENCH_QUOTA, BENCH_SOCKETS override the shape).
 */
const { benchUsers, cannon, dist, runBench } = require('./lib');

const USERS = Number(process.env.BENCH_USERS || 5000);
const QUOTA = Number(process.env.BENCH_QUOTA || 500);
/** Client connections per server process: phones arrive through a proxy's connection pool. */
const SOCKETS = Number(process.env.BENCH_SOCKETS || 100);
const HOUR = 3600_000;

/** An alliance, an approved merchant, a running campaign with one approved entry, and the residents with tokens. */
async function prepare(ds) {
  const m = ds.manager;
  const { createOrganization } = require(dist('modules/orgs/seed'));
  const { Alliance, Merchant, Campaign, CampaignEntry } = require(dist('modules/campaigns/entities'));
  const org = await createOrganization(m, '北曲商圈综合党委（压测）', 'joint_committee', null);
  const { owner, tokens } = await benchUsers(m, USERS);
  const alliance = await m.save(m.create(Alliance, { name: '压测联盟', description: '', organizationId: org.id }));
  const merchant = await m.save(m.create(Merchant, { allianceId: alliance.id, userId: owner.id, activeUserId: owner.id, name: '压测商户', category: '商超', address: '北曲商圈', contactPhone: '13900000000', status: 'approved' }));
  const now = Date.now();
  const campaign = await m.save(m.create(Campaign, { allianceId: alliance.id, title: '五一欢乐购物汇（压测）', description: '', posterFileId: null, enrollDeadline: new Date(now + HOUR), startAt: new Date(now - HOUR), endAt: new Date(now + 2 * HOUR), createdById: owner.id }));
  const entry = await m.save(m.create(CampaignEntry, { campaignId: campaign.id, merchantId: merchant.id, offerTitle: '满100减20', offerDetail: '', quota: QUOTA, claimedCount: 0, status: 'approved' }));
  return { entryId: entry.id, tokens };
}

/** One autocannon run per process, each sending its half of the residents' claims exactly once. */
function rush(url, entryId, tokens) {
  let next = 0;
  return cannon({
    url,
    connections: SOCKETS,
    amount: tokens.length,
    requests: [{ method: 'POST', path: `/api/campaign-entries/${entryId}/claims`, setupRequest: (req) => ({ ...req, headers: { ...req.headers, authorization: `Bearer ${tokens[next++]}` } }) }],
  });
}

runBench('bench_claims', prepare, async ({ ds, servers, entryId, tokens }) => {
  // Warm both processes (pools, JIT) on reads of the same entry, so the run measures claims.
  await Promise.all(servers.urls.map((url) => cannon({ url: `${url}/api/campaigns`, connections: 20, amount: 400 })));
  console.error(`firing ${USERS} claims at ${servers.urls.join(' and ')}`);
  const halves = [tokens.filter((_, i) => i % 2 === 0), tokens.filter((_, i) => i % 2 === 1)];
  const started = process.hrtime.bigint();
  const results = await Promise.all(servers.urls.map((url, i) => rush(url, entryId, halves[i])));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  const statuses = {};
  for (const r of results) for (const [code, s] of Object.entries(r.statusCodeStats)) statuses[code] = (statuses[code] ?? 0) + s.count;
  const [{ n: claimsInDb }] = await ds.query('SELECT COUNT(*) AS n, COUNT(DISTINCT userId) AS users FROM claims WHERE entryId = ?', [entryId]);
  const [{ claimedCount }] = await ds.query('SELECT claimedCount FROM campaign_entries WHERE id = ?', [entryId]);
  const report = {
    users: USERS, quota: QUOTA, processes: 2, connectionsPerProcess: SOCKETS, statuses,
    database: { claims: Number(claimsInDb), claimedCount: Number(claimedCount) },
    seconds: Math.round(seconds * 1000) / 1000, claimsPerSecond: Math.round(USERS / seconds),
    // Per process: autocannon's latency histogram of that process's half of the rush.
    latencyMs: results.map((r) => ({ p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max })),
    errors: results.reduce((n, r) => n + r.errors + r.timeouts, 0),
  };
  console.log(JSON.stringify(report, null, 2));
  const exact = statuses[201] === QUOTA && statuses[409] === USERS - QUOTA && report.database.claims === QUOTA && report.database.claimedCount === QUOTA;
  const no5xx = report.errors === 0 && !Object.keys(statuses).some((s) => Number(s) >= 500);
  console.log(exact && no5xx ? 'OK: exactly the quota claimed, the rest 409, no 5xx' : 'FAILED: the counts or statuses are wrong');
  process.exitCode = exact && no5xx ? 0 : 1;
});
