import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');

/**
 * The instant the server's clock (CLOCK_START) and the browser's start at: the day issue 11 found
 * the suite failing for the date it ran on. Demo data is made relative to it.
 */
export const CLOCK_START = '2026-12-01T02:00:00Z';

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** Its database, for a command line run beside it (npm run admin:grant). */
  databaseUrl: string;
  /** What the server's clock reads now. */
  now(): Date;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs = 90000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${url}/api/health`)).status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server not healthy after ${timeoutMs} ms:\n${output()}`);
}

/**
 * The real server as `npm start` runs it, in dev mode (WeChat fake, demo data) on a fresh SQLite
 * database in a temporary directory, serving the H5 build. `settings` go over those: a production
 * install's (an AppID, secrets, no demo data), where undefined removes a setting (CLOCK_START).
 */
export async function startServer(settings: Record<string, string | undefined> = {}): Promise<RunningServer> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spb-e2e-'));
  const databaseUrl = `sqlite:${path.join(dir, 'e2e.sqlite')}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    H5_DIR: 'dist/h5',
    ADMIN_DIR: 'dist/admin',
    STORAGE_DIR: path.join(dir, 'files'),
    LOG_LEVEL: 'warn',
    CLOCK_START,
    RATE_LIMITS: 'login=100000/60', // the suite logs in from one address
  };
  // Dev mode is "no AppID": whatever the shell has must not reach the server.
  for (const key of ['WECHAT_APPID', 'WECHAT_SECRET', 'WECHAT_API_BASE', 'REDIS_URL', 'SEED_DEMO']) delete env[key];
  for (const [key, value] of Object.entries(settings)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }

  const started = Date.now();
  const child = spawn(process.execPath, ['server/dist/src/main.js'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  const clockStart = env.CLOCK_START ? new Date(env.CLOCK_START).getTime() : started;
  return { url, databaseUrl, now: () => new Date(clockStart + Date.now() - started), stop };
}
