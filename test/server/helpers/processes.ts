import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import request from 'supertest';
import { TEST_LIMITS, startTestServer, type TestServer } from './server';

export interface ServerProcess {
  url: string;
  http: ReturnType<typeof request>;
  child: ChildProcess;
}

/**
 * Starts the compiled service (server/dist, built by the global setup) as separate OS processes on
 * one database, as a district deployment runs several behind a load balancer. The database must
 * already be migrated (startTestServer does that); the processes share the test's WeChat fake.
 */
export async function startServerProcesses(count: number, o: { databaseUrl: string; wechatUrl: string; env?: Record<string, string> }): Promise<{ processes: ServerProcess[]; stop: () => Promise<void> }> {
  const main = path.resolve(__dirname, '../../../server/dist/src/main.js');
  const processes = await Promise.all(
    Array.from({ length: count }, () =>
      new Promise<ServerProcess>((resolve, reject) => {
        const child = spawn(process.execPath, [main], {
          env: { ...process.env, NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: o.databaseUrl, WECHAT_API_BASE: o.wechatUrl, SEED_DEMO: 'never', LOG_LEVEL: 'info', JOBS_INTERVAL_MS: '0', RATE_LIMITS: TEST_LIMITS, ...o.env },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        const timer = setTimeout(() => reject(new Error(`server process did not start:\n${output}`)), 60000); // a loaded CI machine is slow to start four
        child.stdout!.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const m = output.match(/listening on (http:\/\/localhost:\d+)/);
          if (m && timer) {
            clearTimeout(timer);
            const url = m[1].replace('localhost', '127.0.0.1');
            resolve({ url, http: request(url), child });
          }
        });
        child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('exit', (code) => reject(new Error(`server process exited with ${code}:\n${output}`)));
      }),
    ),
  );
  return {
    processes,
    stop: async () => {
      await Promise.all(
        processes.map((p) => new Promise<void>((resolve) => {
          if (p.child.exitCode !== null || p.child.signalCode !== null) return resolve(); // exited, or killed by a test
          p.child.once('exit', () => resolve());
          p.child.kill('SIGTERM');
        })),
      );
    },
  };
}

/** Runs the same `describe` only when the suite runs on MySQL (two processes on SQLite are not a deployment we offer). */
export const describeOnMysql = process.env.TEST_DB === 'mysql' ? describe : describe.skip;

/**
 * For the enclosing `describe`: a test server (fresh, migrated database and the WeChat fake) and
 * `count` service processes on its database, started before its tests and stopped after them.
 * Read the fields inside tests, once `beforeAll` has run.
 */
export function useServerProcesses(count: number): { ts: TestServer; processes: ServerProcess[] } {
  const env = {} as { ts: TestServer; processes: ServerProcess[] };
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    env.ts = await startTestServer();
    ({ processes: env.processes, stop } = await startServerProcesses(count, { databaseUrl: env.ts.databaseUrl, wechatUrl: env.ts.wechat.url }));
  });
  afterAll(async () => {
    await stop?.();
    await env.ts?.close();
  });
  return env;
}
