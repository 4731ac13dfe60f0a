import crypto from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { LIMIT_NAMES, type Config, type LimitName } from '../config';
import { TooManyRequests } from '../errors';

/**
 * The service's request limits (config.ts has the table), on rate-limiter-flexible: counted in Redis
 * when REDIS_URL is set, so every process behind the load balancer shares one count, else in this
 * process. A Redis outage falls back to counting in the process rather than refusing or letting all in.
 */
export interface RateLimits {
  /** Counts one request of `key` against limit `name`; past the limit, 429 with Retry-After. */
  consume(name: LimitName, key: string | number): Promise<void>;
  /** 429 when `key` has used up `name` already, without counting (for limits that count failures). */
  assertOpen(name: LimitName, key: string | number): Promise<void>;
  close(): Promise<void>;
}

const tooMany = (res: RateLimiterRes) => new TooManyRequests(Math.max(1, Math.ceil(res.msBeforeNext / 1000)));

export async function createRateLimits(config: Config, log: Logger): Promise<RateLimits> {
  let redis: Redis | undefined;
  if (config.redisUrl) {
    // No offline queue: while Redis is away a request fails over to the in-process count at once.
    redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 });
    let warned = false;
    redis.on('error', (err: Error) => {
      if (!warned) log.warn({ err: err.message }, 'rate limits: Redis unreachable, counting in this process meanwhile');
      warned = true;
    });
    redis.on('ready', () => (warned = false));
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 3000);
      redis!.once('ready', () => (clearTimeout(timer), resolve()));
    });
  }
  // One service's counts apart from another's on a shared Redis: keyed by its database.
  const prefix = `rl:${crypto.createHash('sha256').update(config.databaseUrl).digest('hex').slice(0, 12)}`;
  const limiters = new Map<LimitName, RateLimiterAbstract>();
  for (const name of LIMIT_NAMES) {
    const { points, seconds } = config.rateLimits[name];
    const options = { points, duration: seconds, keyPrefix: `${prefix}:${name}` };
    const memory = new RateLimiterMemory(options);
    limiters.set(name, redis ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory }) : memory);
  }
  return {
    async consume(name, key) {
      try {
        await limiters.get(name)!.consume(String(key));
      } catch (res) {
        if (res instanceof RateLimiterRes) throw tooMany(res);
        throw res;
      }
    },
    async assertOpen(name, key) {
      const res = await limiters.get(name)!.get(String(key));
      if (res && res.consumedPoints >= config.rateLimits[name].points) throw tooMany(res);
    },
    async close() {
      if (redis) await redis.quit().catch(() => redis!.disconnect());
    },
  };
}
