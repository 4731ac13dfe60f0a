import 'reflect-metadata';
import pino from 'pino';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/data-source';
import { schema } from '../src/modules/registry';
import { clockStartingAt } from '../src/core/clock';
import { createRateLimits } from '../src/http/rate-limit';
import { seedDemoData } from '../src/seed';
import { WechatClient } from '../src/wechat/client';
import { createStorage } from '../src/storage';

/** `npm run seed`: loads the demo data into DATABASE_URL (idempotent; refuses in production). */
async function run() {
  process.env.TZ = 'UTC';
  const config = loadConfig();
  if (config.env === 'production') throw new Error('demo data is for development only');
  const db = await openDatabase(config.databaseUrl, schema);
  const log = pino({ level: config.logLevel });
  // Loading data serves no requests: limits counted in this process are enough.
  const limits = await createRateLimits({ ...config, redisUrl: undefined }, log);
  await seedDemoData({ db, config, log, limits, clock: clockStartingAt(config.clockStart), storage: createStorage(config), wechat: new WechatClient('http://127.0.0.1:9', config.wechat.appId, config.wechat.secret) });
  await db.destroy();
  log.info('demo data loaded');
}

run().catch((err) => {
  console.error(err);
  process.exit(1);
});
