import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../../server/src/app';
import { buildOpenApi } from '../../../server/src/http/openapi';
import { loadConfig } from '../../../server/src/config';
import { openDatabase } from '../../../server/src/db/data-source';
import { ShiftedClock } from '../../../server/src/core/clock';
import type { Deps } from '../../../server/src/deps';
import { routeTable, schema } from '../../../server/src/modules/registry';
import { WechatClient } from '../../../server/src/wechat/client';
import { createFakeWechat, type FakeWechatState } from '../../../server/src/wechat/fake/app';
import { createRateLimits } from '../../../server/src/http/rate-limit';
import { contractChecker } from './contract';
import { createTestDatabase } from './database';
import { createStorage } from '../../../server/src/storage';

export interface TestServer {
  url: string;
  databaseUrl: string;
  /** supertest bound to the running server: `ts.http.get('/api/health')`. */
  http: ReturnType<typeof request>;
  deps: Deps;
  /** The service's clock: `ts.clock.set('2026-12-01T02:00:00Z')`; it advances normally from there. */
  clock: ShiftedClock;
  wechat: { url: string; state: FakeWechatState };
  /** Responses that did not match their operation in the OpenAPI document since the last call (then forgotten). */
  takeContractViolations(): string[];
  close(): Promise<void>;
}

/**
 * Every test logs its users in from 127.0.0.1, and a test's resident writes as many letters (with
 * photos) as it needs: these limits are tested on their own (rate-limits.test.ts).
 */
export const TEST_LIMITS = 'login=100000/60,letter=100000/3600,photo=100000/3600';

const checkContract = contractChecker(buildOpenApi(routeTable));
const violations: string[] = [];

// Every response of every test is checked against the OpenAPI document; a mismatch fails the test that made the request.
afterEach(() => {
  const found = violations.splice(0);
  if (found.length) throw new Error(`${found.length} response(s) do not match the API contract:\n${found.join('\n')}`);
});

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

/**
 * The real service on a fresh database, in-process on a random port, with the WeChat fake on its
 * own port reached over HTTP. Nothing else is faked. `now` starts its clock at that instant
 * (default: the real time); `env` adds settings. Tests change rows behind the service's back, so the
 * read cache is off unless a test turns it on (disclosures-cache.test.ts).
 */
export async function startTestServer(o: { now?: string; env?: Record<string, string> } = {}): Promise<TestServer> {
  process.env.TZ = 'UTC';
  const database = await createTestDatabase();
  const fake = o.env?.WECHAT_APPID ? createFakeWechat(o.env.WECHAT_APPID, o.env.WECHAT_SECRET) : createFakeWechat();
  const fakeServer = http.createServer(fake.app.callback());
  const wechatUrl = await listen(fakeServer);
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url, LOG_LEVEL: 'silent', JOBS_INTERVAL_MS: '0', WECHAT_API_BASE: wechatUrl, RATE_LIMITS: TEST_LIMITS, READ_CACHE_MS: '0', ...o.env });
  const db = await openDatabase(database.url, schema);
  const clock = new ShiftedClock(o.now ? new Date(o.now) : undefined);
  const log = pino({ level: 'silent' });
  const limits = await createRateLimits(config, log);
  const deps: Deps = { db, config, clock, log, limits, storage: createStorage(config), wechat: new WechatClient(wechatUrl, config.wechat.appId, config.wechat.secret) };
  const app = createApp(deps);
  // Outermost, so it sees what the client gets, errors rendered.
  app.middleware.unshift(async (ctx, next) => {
    await next();
    const problem = checkContract(ctx);
    if (problem) violations.push(problem);
  });
  const server = http.createServer(app.callback());
  const url = await listen(server);
  return {
    url,
    databaseUrl: database.url,
    http: request(url),
    deps,
    clock,
    wechat: { url: wechatUrl, state: fake.state },
    takeContractViolations: () => violations.splice(0),
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
