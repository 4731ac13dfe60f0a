import 'reflect-metadata';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { loadConfig } from '../src/config';
import { clockStartingAt } from '../src/core/clock';
import { openDatabase } from '../src/db/data-source';
import { createRateLimits } from '../src/http/rate-limit';
import { grantFromCommandLine } from '../src/modules/appointments';
import { schema } from '../src/modules/registry';
import { WechatClient } from '../src/wechat/client';
import { createStorage } from '../src/storage';

const USAGE = 'usage: npm run admin:grant -- --openid OPENID (--district | --organization ID)';

/** The grant the arguments ask for, or a usage error. */
export function parseGrantArgs(args: string[]): { openid: string } & ({ district: true } | { organizationId: number }) {
  const { values } = parseArgs({ args, options: { openid: { type: 'string' }, district: { type: 'boolean' }, organization: { type: 'string' } } });
  const openid = values.openid?.trim();
  if (!openid || openid.length > 64 || !!values.district === (values.organization !== undefined)) throw new Error(USAGE);
  if (values.district) return { openid, district: true };
  const organizationId = Number(values.organization);
  if (!Number.isInteger(organizationId) || organizationId <= 0) throw new Error(USAGE);
  return { openid, organizationId };
}

/** `npm run admin:grant`: appoints the first admin of an install on DATABASE_URL (migrating it first). */
async function run() {
  process.env.TZ = 'UTC';
  const grant = parseGrantArgs(process.argv.slice(2));
  const config = loadConfig();
  const db = await openDatabase(config.databaseUrl, schema);
  const log = pino({ level: config.logLevel });
  try {
    // A command line serves no requests: limits counted in this process are enough.
    const limits = await createRateLimits({ ...config, redisUrl: undefined }, log);
    const result = await grantFromCommandLine({ db, config, log, limits, clock: clockStartingAt(config.clockStart), storage: createStorage(config), wechat: new WechatClient('http://127.0.0.1:9', config.wechat.appId, config.wechat.secret) }, grant);
    console.log(JSON.stringify(result));
  } finally {
    await db.destroy();
  }
}

if (require.main === module)
  run().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
