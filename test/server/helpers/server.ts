import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../../server/src/app';
import { loadConfig } from '../../../server/src/config';
import { openDatabase } from '../../../server/src/db/data-source';
import { ShiftedClock } from '../../../server/src/core/clock';
import type { Deps } from '../../../server/src/deps';
import { schema } from '../../../server/src/modules/registry';
import { WechatClient } from '../../../server/src/wechat/client';
import { createFakeWechat, type FakeWechatState } from '../../../server/src/wechat/fake/app';
import { createRateLimits } from '../../../server/src/http/rate-limit';
import { createTestDatabase } from './database';

export interface TestServer {
  url: string;
  databaseUrl: string;
  /** supertest bound to the running server: `ts.http.get('/api/health')`. */
  http: ReturnType<typeof request>;
  deps: Deps;
  /** The service's clock: `ts.clock.set('2026-12-01T02:00:00Z')`; it advances normally from there. */
  clock: ShiftedClock;
  wechat: { url: string; state: FakeWechatState };
  close(): Promise<void>;
}

/** Every test logs its users in from 127.0.0.1: the login limit is tested on its own (rate-limits.test.ts). */
export const TEST_LOGIN_LIMIT = 'login=100000/60';

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

/**
 * The real service on a fresh database, in-process on a random port, with the WeChat fake on its
 * own port reached over HTTP. Nothing else is faked. `now` starts its clock at that instant
 * (default: the real time); `env` adds settings.
 */
export async function startTestServer(o: { now?: string; env?: Record<string, string> } = {}): Promise<TestServer> {
  process.env.TZ = 'UTC';
  const database = await createTestDatabase();
  const fake = o.env?.WECHAT_APPID ? createFakeWechat(o.env.WECHAT_APPID, o.env.WECHAT_SECRET) : createFakeWechat();
  const fakeServer = http.createServer(fake.app.callback());
  const wechatUrl = await listen(fakeServer);
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url, LOG_LEVEL: 'silent', JOBS_INTERVAL_MS: '0', WECHAT_API_BASE: wechatUrl, RATE_LIMITS: TEST_LOGIN_LIMIT, ...o.env });
  const db = await openDatabase(database.url, schema);
  const clock = new ShiftedClock(o.now ? new Date(o.now) : undefined);
  const log = pino({ level: 'silent' });
  const limits = await createRateLimits(config, log);
  const deps: Deps = { db, config, clock, log, limits, wechat: new WechatClient(wechatUrl, config.wechat.appId, config.wechat.secret) };
  const server = http.createServer(createApp(deps).callback());
  const url = await listen(server);
  return {
    url,
    databaseUrl: database.url,
    http: request(url),
    deps,
    clock,
    wechat: { url: wechatUrl, state: fake.state },
    close: async () => {
      server.closeAllConnections();
      fakeServer.closeAllConnections();
      await new Promise((r) => server.close(r));
      await new Promise((r) => fakeServer.close(r));
      await db.destroy();
      await limits.close();
      await database.drop();
    },
  };
}
