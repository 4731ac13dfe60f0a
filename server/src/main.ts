import 'reflect-metadata';
import cluster from 'node:cluster';
import http from 'node:http';
import net from 'node:net';
import pino from 'pino';
import { ConfigError, loadConfig } from './config';
import { openDatabaseWhenReady } from './db/data-source';
import { schema } from './modules/registry';
import { createApp } from './app';
import { WechatClient } from './wechat/client';
import { createFakeWechat } from './wechat/fake/app';
import { startJobs } from './jobs/runner';
import { seedDemoData, hasDemoData } from './seed';
import type { Deps } from './deps';
import { clockStartingAt } from './core/clock';
import { createRateLimits } from './http/rate-limit';
import { superviseWorkers } from './cluster';
import { createStorage } from './storage';

async function main() {
  process.env.TZ = 'UTC';
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const log = pino({ level: config.logLevel });
  if (cluster.isPrimary && config.webConcurrency > 1) return superviseWorkers(config.webConcurrency, log);

  const db = await openDatabaseWhenReady(config.databaseUrl, schema, {
    waitMs: config.dbWaitMs,
    onRetry: (err, attempt) => log.warn({ attempt, err: (err as Error).message }, 'database not reachable yet: retrying'),
  });

  // Dev mode: the WeChat fake listens beside the service unless WECHAT_API_BASE points elsewhere.
  let fakeServer: http.Server | undefined;
  let apiBase = config.wechat.apiBase;
  if (!apiBase) {
    fakeServer = http.createServer(createFakeWechat(config.wechat.appId, config.wechat.secret).app.callback());
    await new Promise<void>((resolve) => fakeServer!.listen(0, '127.0.0.1', resolve));
    const { port } = fakeServer.address() as { port: number };
    apiBase = `http://127.0.0.1:${port}`;
    log.info({ apiBase }, 'dev mode: using the bundled WeChat fake');
  }
  const clock = clockStartingAt(config.clockStart);
  if (config.clockStart) log.warn({ clockStart: config.clockStart.toISOString() }, 'CLOCK_START: the clock does not read the real time');
  const limits = await createRateLimits(config, log);
  const deps: Deps = { db, config, log, clock, limits, storage: createStorage(config), wechat: new WechatClient(apiBase, config.wechat.appId, config.wechat.secret) };

  if (config.seedDemo && !(await hasDemoData(deps))) {
    log.info('empty database: loading demo data');
    await seedDemoData(deps);
  }

  const server = http.createServer(createApp(deps).callback());
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { port } = server.address() as { port: number };
  log.info({ port, db: db.options.type }, `阳光党建 service listening on http://localhost:${port}/`);
  const stopJobs = startJobs(deps);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    stopJobs();
    // Keep-alive clients are told to reconnect with their next answer, instead of finding the socket cut.
    server.on('request', (_req, res: http.ServerResponse) => res.setHeader('Connection', 'close'));
    // net's close, not http's: http's also cuts idle keep-alive sockets at once, racing a request the
    // client is sending on one. They close after their next answer instead, or after a second.
    net.Server.prototype.close.call(server);
    setTimeout(() => server.closeIdleConnections(), 1000).unref();
    setTimeout(() => server.closeAllConnections(), 5000).unref();
    await new Promise((resolve) => server.once('close', resolve));
    fakeServer?.close();
    await Promise.all([db.destroy(), limits.close()]);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  console.error('failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
