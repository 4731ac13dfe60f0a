import type { Logger, QueryRunner } from 'typeorm';
import { seedScale } from '../../server/scripts/seed-scale';
import { describeOnMysql } from './helpers/processes';
import { startTestServer, type TestServer } from './helpers/server';
import { signToken } from '../../server/src/modules/auth';

/** A logger that keeps every SELECT the service sends, with its parameters. */
function capturingLogger(into: { sql: string; parameters: unknown[] }[]): Logger {
  return {
    logQuery: (sql: string, parameters?: unknown[], _runner?: QueryRunner) => {
      if (/^\s*SELECT/i.test(sql) && !/information_schema|@@|VERSION\(\)/i.test(sql)) into.push({ sql, parameters: parameters ?? [] });
    },
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
}

/** The tables a statement reads, by the alias EXPLAIN names them with. */
function tablesByAlias(sql: string): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const m of sql.matchAll(/\b(?:FROM|JOIN)\s+`?(\w+)`?(?:\s+(?:AS\s+)?`?(\w+)`?)?/gi)) {
    aliases.set(m[1], m[1]);
    if (m[2] && !/^(WHERE|ON|INNER|LEFT|RIGHT|JOIN|ORDER|GROUP|LIMIT|UNION)$/i.test(m[2])) aliases.set(m[2], m[1]);
  }
  return aliases;
}

interface ExplainRow { table: string | null; type: string | null; key: string | null; rows: number | string | null; Extra: string | null }

/**
 * Every query the hot pages make uses an index. The district is the scale seed at 5 % (15 communities,
 * 96,000 × 5 % disclosures, 50,000 sign-ups, …): big enough that MariaDB's optimizer prefers an index
 * where one fits, small enough for the suite. Each SELECT the requests send is EXPLAINed; a full
 * table scan (`type: ALL`) of a table with 500 rows or more fails the test (SHOW_PLANS=1 prints every plan).
 */
describeOnMysql('at scale, the hot pages read through indexes', () => {
  let ts: TestServer;
  const captured: { sql: string; parameters: unknown[] }[] = [];
  const rowCounts = new Map<string, number>();

  beforeAll(async () => {
    ts = await startTestServer();
    await seedScale(ts.deps.db, 0.05, ts.clock.now());
    await ts.deps.db.query('ANALYZE TABLE disclosures, disclosure_chain_entries, activities, activity_signups, claims, campaign_entries, letters, disclosure_questions, party_members, users');
    const tables = (await ts.deps.db.query('SELECT table_name AS name, table_rows AS n FROM information_schema.tables WHERE table_schema = DATABASE()')) as { name: string; n: number }[];
    for (const t of tables) rowCounts.set(t.name, Number(t.n));
  }, 300_000);
  afterAll(async () => {
    await ts?.close();
  });

  it('EXPLAINs every SELECT of the public reads and a member’s pages without a full scan of a big table', async () => {
    // A resident of the scale district with sign-ups, claims and letters of their own.
    const resident = { token: signToken(ts.deps, 15 + 500) };
    const get = async (url: string, token?: string) => {
      const res = token ? await ts.http.get(url).set('Authorization', `Bearer ${token}`) : await ts.http.get(url);
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
      return res.body as { items?: { id: number }[] };
    };
    const original = ts.deps.db.logger;
    ts.deps.db.logger = capturingLogger(captured);
    try {
      await get('/api/communities?page=1&pageSize=20');
      await get('/api/communities?streetId=2&page=2&pageSize=20');
      const list = await get('/api/communities/3/disclosures?page=1');
      await get('/api/communities/3/disclosures?category=finance&period=2024-05');
      await get('/api/communities/3/disclosures?period=2023');
      await get(`/api/disclosures/${list.items![0].id}`);
      await get(`/api/disclosures/${list.items![0].id}/questions`);
      await get('/api/communities/3/disclosure-chain/head');
      await get('/api/communities/3/transparency');
      await get('/api/communities/3/letters?page=1');
      const activities = await get('/api/activities?page=1');
      await get(`/api/activities/${activities.items![0].id}`);
      await get('/api/activities?page=1', resident.token);
      await get('/api/me', resident.token);
      await get('/api/me/signups', resident.token);
      await get('/api/me/claims', resident.token);
      await get('/api/me/letters', resident.token);
    } finally {
      ts.deps.db.logger = original;
    }
    expect(captured.length).toBeGreaterThan(15);

    const scans: string[] = [];
    for (const { sql, parameters } of captured) {
      const plan = (await ts.deps.db.query(`EXPLAIN ${sql}`, parameters)) as ExplainRow[];
      const aliases = tablesByAlias(sql);
      for (const step of plan) {
        const table = step.table ? aliases.get(step.table) ?? step.table : '';
        const rows = rowCounts.get(table) ?? 0;
        if (process.env.SHOW_PLANS) console.log(table, step.type, step.key, rows, step.Extra, sql.slice(0, 250));
        if (step.type === 'ALL' && rows >= 500) scans.push(`${table} (${rows} rows): ${sql.slice(0, 300)}`);
      }
    }
    expect(scans).toEqual([]);
  });
});
