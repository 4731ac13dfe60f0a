import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { Config } from './config';
import type { Clock } from './core/clock';
import type { RateLimits } from './http/rate-limit';
import type { FileStorage } from './storage';
import type { WechatClient } from './wechat/client';

/** What services need from the outside world, passed explicitly (never the Koa context). */
export interface Deps {
  db: DataSource;
  config: Config;
  wechat: WechatClient;
  log: Logger;
  /** The only "now" a rule may read. */
  clock: Clock;
  /** Request limits (login, questions, check-ins, …), shared across processes when REDIS_URL is set. */
  limits: RateLimits;
  /** Uploaded bytes: local disk or an S3-compatible bucket. */
  storage: FileStorage;
}
