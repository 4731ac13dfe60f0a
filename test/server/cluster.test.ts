import { execFileSync } from 'node:child_process';
import http from 'node:http';
import { startTestServer, type TestServer } from './helpers/server';
import { describeOnMysql, startServerProcesses, type ServerProcess } from './helpers/processes';
import { reachableRedis } from './helpers/redis';

/** The pids of a process's children (the cluster's service processes). */
const childrenOf = (pid: number): number[] =>
  execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)]).toString().split('\n').map((l) => Number(l.trim())).filter(Boolean);

const waitFor = async (what: string, ok: () => boolean, ms = 30000) => {
  const until = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

/** One GET through a keep-alive agent, as a load balancer sends them: the status, or the network error. */
const get = (agent: http.Agent, url: string) =>
  new Promise<number | string>((resolve) => {
    http.get(`${url}/api/communities`, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    }).on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
  });

describeOnMysql('WEB_CONCURRENCY: one machine runs several service processes on one port', () => {
  let ts: TestServer;
  let primary: ServerProcess;
  let stop: () => Promise<void>;
  let output = '';

  beforeAll(async () => {
    const redisUrl = await reachableRedis();
    if (!redisUrl) throw new Error('the cluster test needs Redis (more than one process counts limits there)');
    ts = await startTestServer();
    ({ processes: [primary], stop } = await startServerProcesses(1, { databaseUrl: ts.databaseUrl, wechatUrl: ts.wechat.url, env: { WEB_CONCURRENCY: '4', REDIS_URL: redisUrl } }));
    primary.child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitFor('four service processes', () => output.includes('service processes listening'));
  });
  afterAll(async () => {
    await stop?.();
    await ts?.close();
  });

  it('runs four service processes under one supervisor, each answering', async () => {
    expect(childrenOf(primary.child.pid!)).toHaveLength(4);
    const answers = await Promise.all(Array.from({ length: 40 }, () => primary.http.get('/api/health')));
    expect(answers.map((r) => r.status)).toEqual(Array(40).fill(200));
  });

  it('restarts them one at a time on SIGHUP without dropping a request', async () => {
    const before = childrenOf(primary.child.pid!);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
    const results: (number | string)[] = [];
    let done = false;
    const clients = Array.from({ length: 16 }, async () => {
      while (!done) results.push(await get(agent, primary.url));
    });
    await new Promise((r) => setTimeout(r, 300));
    primary.child.kill('SIGHUP');
    await waitFor('the rolling restart', () => output.includes('rolling restart done'), 60000);
    await new Promise((r) => setTimeout(r, 300));
    done = true;
    await Promise.all(clients);
    agent.destroy();

    const after = childrenOf(primary.child.pid!);
    expect(after).toHaveLength(4);
    expect(after.filter((pid) => before.includes(pid))).toEqual([]);
    expect(results.length).toBeGreaterThan(100);
    expect({ total: results.length, failed: results.filter((r) => r !== 200).length }).toEqual({ total: results.length, failed: 0 });
  });
});
