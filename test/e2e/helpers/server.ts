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
  /**
   * Moves the service's one clock on by `ms`: the same process settings and database, restarted with
   * CLOCK_START that much later (a vote closes, a 公示 ends, without a test sleeping through it).
   * Pages opened before keep the old time: open new ones (newPhonePage installs the server's).
   */
  advance(ms: number): Promise<void>;
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

  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let clockStart = 0;
  let started = 0;
  const now = () => new Date(clockStart + Date.now() - started);
  /** Starts the process with its clock at `at` (undefined: CLOCK_START, or the real time without it). */
  const launch = async (at?: Date) => {
    if (at) env.CLOCK_START = at.toISOString();
    started = Date.now();
    const proc = spawn(process.execPath, ['server/dist/src/main.js'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    let log = '';
    proc.stdout?.on('data', (chunk) => (log += chunk));
    proc.stderr?.on('data', (chunk) => (log += chunk));
    clockStart = env.CLOCK_START ? new Date(env.CLOCK_START).getTime() : started;
    await waitForHealth(url, proc, () => log);
  };
  const halt = async () => {
    const proc = child;
    if (proc && proc.exitCode === null) {
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 10000);
      await exited;
      clearTimeout(timer);
    }
  };
  const stop = async () => {
    await halt();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await launch();
  } catch (error) {
    await stop();
    throw error;
  }
  const advance = async (ms: number) => {
    const at = new Date(now().getTime() + ms);
    await halt();
    await launch(at);
  };
  return { url, databaseUrl, now, advance, stop };
}
