import crypto from 'node:crypto';
import os from 'node:os';
import { z } from 'zod';

const TemplateId = z.string().trim().min(1, 'must not be empty').max(64).optional();
const TEMPLATE_SETTINGS = [
  'WECHAT_TEMPLATE_REPLY', 'WECHAT_TEMPLATE_DUE', 'WECHAT_TEMPLATE_OVERDUE', 'WECHAT_TEMPLATE_REVIEW', 'WECHAT_TEMPLATE_ACTIVITY_REMINDER', 'WECHAT_TEMPLATE_ACTIVITY_CANCELLED',
] as const;

/** The embedded demo's signing secret: public (it is in this file), so only the demo may use it. */
export const DEV_JWT_SECRET = 'dev-only-secret-not-for-production';
/** Secrets that appear in our docs and examples: whoever reads them could sign tokens. */
const KNOWN_SECRETS = new Set([DEV_JWT_SECRET, 'a-long-enough-secret', 'change-me', 'changeme', 'secret']);
const MIN_SECRET_LENGTH = 32;
/** Where a real AppID's WeChat calls go unless WECHAT_API_BASE says otherwise (README: configuration). */
const WECHAT_API = 'https://api.weixin.qq.com';

/**
 * Request limits: `points` requests per `seconds` per key (who is limited is the caller's business:
 * a client address, a user, an activity). RATE_LIMITS overrides some: `login=30/60,question=10/3600`.
 * `checkinFailure` and `redemptionFailure` count only wrong codes, so a crowd checking in is not held up.
 */
export const LIMIT_NAMES = ['login', 'question', 'checkin', 'checkinFailure', 'redemptionFailure', 'letter', 'objection', 'photo'] as const;
export type LimitName = (typeof LIMIT_NAMES)[number];
export interface Limit { points: number; seconds: number }
export const DEFAULT_LIMITS: Record<LimitName, Limit> = {
  login: { points: 30, seconds: 60 }, // per client address
  question: { points: 10, seconds: 3600 }, // per user
  checkin: { points: 20, seconds: 600 }, // per user (a double tap or a crowd's rescans are not guesses)
  checkinFailure: { points: 100, seconds: 600 }, // per activity: 100 guesses of a 6-digit code
  redemptionFailure: { points: 10, seconds: 600 }, // per user redeeming coupons
  letter: { points: 5, seconds: 3600 }, // per user
  objection: { points: 5, seconds: 3600 }, // per user
  photo: { points: 45, seconds: 3600 }, // per resident uploading photos for letters (5 letters of 9)
};
const LimitsSetting = z
  .string()
  .regex(new RegExp(`^((${LIMIT_NAMES.join('|')})=[1-9]\\d*/[1-9]\\d*)(,(${LIMIT_NAMES.join('|')})=[1-9]\\d*/[1-9]\\d*)*$`), `name=points/seconds,… with names ${LIMIT_NAMES.join(', ')}`)
  .transform((v) => {
    const limits = { ...DEFAULT_LIMITS };
    for (const part of v.split(',')) {
      const [name, rule] = part.split('=');
      const [points, seconds] = rule.split('/').map(Number);
      limits[name as LimitName] = { points, seconds };
    }
    return limits;
  });

/** Every setting the service reads, from the environment, validated once at start. */
const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: z
      .string()
      .regex(/^(mysql|mariadb):\/\/|^sqlite:/, 'must start with mysql://, mariadb:// or sqlite:')
      .default('sqlite:data/app.sqlite'),
    JWT_SECRET: z.string().optional(),
    JWT_TTL_SECONDS: z.coerce.number().int().min(60).max(86400 * 7).default(7200),
    WECHAT_APPID: z.string().optional(),
    WECHAT_SECRET: z.string().optional(),
    WECHAT_API_BASE: z.url().optional(),
    STORAGE_DIR: z.string().default('data/files'),
    STORAGE_URL: z.string().regex(/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/|\?|$)/, 'must be s3://bucket[/prefix][?endpoint=…&region=…&forcePathStyle=true]').optional(),
    H5_DIR: z.string().default('dist/h5'),
    ADMIN_DIR: z.string().default('dist/admin'),
    BODY_LIMIT: z.string().regex(/^\d+(kb|mb)$/).default('1mb'),
    UPLOAD_LIMIT_MB: z.coerce.number().int().min(1).max(100).default(10),
    JOBS_INTERVAL_MS: z.coerce.number().int().min(0).default(30000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
    CLOCK_START: z.iso.datetime({ offset: true }).optional(),
    /** Subscribe-message template ids as registered in the WeChat console (公共模板库); outside production, the fake's ids. */
    WECHAT_TEMPLATE_REPLY: TemplateId,
    WECHAT_TEMPLATE_DUE: TemplateId,
    WECHAT_TEMPLATE_OVERDUE: TemplateId,
    WECHAT_TEMPLATE_REVIEW: TemplateId,
    WECHAT_TEMPLATE_ACTIVITY_REMINDER: TemplateId,
    WECHAT_TEMPLATE_ACTIVITY_CANCELLED: TemplateId,
    WITNESS_KEY: z.string().optional(),
    WITNESS_KEY_FILE: z.string().default('data/witness-key.pem'),
    DB_WAIT_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
    REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://').optional(),
    RATE_LIMITS: LimitsSetting.default(DEFAULT_LIMITS),
    TRUST_PROXY: z.enum(['true', 'false']).default('false'),
    /** How long a process answers a published disclosure it has read from memory (0: never). */
    READ_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
    /** Service processes on this machine (node:cluster); unset: every core in production with Redis, else one. */
    WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production') {
      if (!env.WECHAT_APPID || !env.WECHAT_SECRET)
        ctx.addIssue({ code: 'custom', path: ['WECHAT_APPID'], message: 'production needs WECHAT_APPID and WECHAT_SECRET' });
      if (env.CLOCK_START)
        ctx.addIssue({ code: 'custom', path: ['CLOCK_START'], message: 'is for tests and demos only: production runs on the real time' });
      // A message sent with a made-up template id is refused by WeChat (40037) long after start: refuse to start instead.
      for (const name of TEMPLATE_SETTINGS)
        if (!env[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'production needs the subscribe-message template id from the WeChat console' });
    }
    // Outside the embedded demo (a WeChat AppID, or production) tokens are signed with a secret only
    // the operator knows: with a known one anybody could sign themselves a district admin.
    if (env.WECHAT_APPID || env.NODE_ENV === 'production') {
      if (!env.JWT_SECRET) ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required with WECHAT_APPID or in production' });
      else if (KNOWN_SECRETS.has(env.JWT_SECRET))
        ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is a published example value: choose a secret of your own' });
      else if (env.JWT_SECRET.length < MIN_SECRET_LENGTH)
        ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: `must be at least ${MIN_SECRET_LENGTH} characters` });
      // Every process must sign chain heads with the same key, kept by the operator, not made up at start.
      if (!env.WITNESS_KEY) ctx.addIssue({ code: 'custom', path: ['WITNESS_KEY'], message: 'is required with WECHAT_APPID or in production (an Ed25519 private key, PEM)' });
    }
    if (env.WEB_CONCURRENCY && env.WEB_CONCURRENCY > 1) {
      // Limits counted in each process would let every process grant the whole allowance.
      if (!env.REDIS_URL) ctx.addIssue({ code: 'custom', path: ['WEB_CONCURRENCY'], message: 'more than one process needs REDIS_URL (rate limits are shared there)' });
      if (env.DATABASE_URL.startsWith('sqlite:')) ctx.addIssue({ code: 'custom', path: ['WEB_CONCURRENCY'], message: 'more than one process needs MySQL/MariaDB (SQLite is the single-process embedded default)' });
    }
    if (env.WITNESS_KEY && !isEd25519PrivateKey(env.WITNESS_KEY))
      ctx.addIssue({ code: 'custom', path: ['WITNESS_KEY'], message: 'must be an Ed25519 private key in PEM (openssl genpkey -algorithm ed25519)' });
  });

/** PEM with real newlines or with `\\n` (one line in an env file). */
const pemOf = (v: string) => v.replace(/\\n/g, '\n');
function isEd25519PrivateKey(v: string): boolean {
  try {
    return crypto.createPrivateKey(pemOf(v)).asymmetricKeyType === 'ed25519';
  } catch {
    return false;
  }
}

export interface Config {
  env: 'development' | 'production' | 'test';
  /** No WeChat AppID: the bundled WeChat fake answers, dev logins work, demo data loads. */
  devMode: boolean;
  port: number;
  host: string;
  databaseUrl: string;
  jwtSecret: string;
  /** Keys the check-in codes: derived from the JWT secret, so a leaked code key signs no token. */
  checkinSecret: string;
  jwtTtlSeconds: number;
  wechat: { appId: string; secret: string; apiBase: string | undefined };
  /** Uploaded bytes: on local disk (the embedded default) or in an S3-compatible bucket (STORAGE_URL). */
  storage: { kind: 'disk'; dir: string } | ({ kind: 's3' } & S3Location);
  h5Dir: string;
  /** The desk console's build, served at /admin/. */
  adminDir: string;
  bodyLimit: string;
  uploadLimitBytes: number;
  jobsIntervalMs: number;
  logLevel: string;
  seedDemo: boolean;
  /** CLOCK_START: the service's clock reads this instant at start, then advances normally. */
  clockStart: Date | undefined;
  /** Subscribe-message templates: a reply to you; a disclosure due soon; a question or letter waiting; a review waiting; an activity starting soon or cancelled. */
  templates: { reply: string; due: string; overdue: string; review: string; activityReminder: string; activityCancelled: string };
  /**
   * Signs the chain heads witnesses keep: `pem` from WITNESS_KEY, else (embedded demo only) the key in
   * `file`, made on first start.
   */
  witnessKey: { pem: string | undefined; file: string };
  /** At start, how long to keep trying a database that cannot be reached yet. */
  dbWaitMs: number;
  /** Limits are counted in Redis when set (shared by every process), else in this process. */
  redisUrl: string | undefined;
  rateLimits: Record<LimitName, Limit>;
  /** Behind a proxy: believe X-Forwarded-For (client address) and X-Forwarded-Proto (HTTPS). */
  trustProxy: boolean;
  /** How long a published disclosure's presentation is kept per process (0: not kept). */
  readCacheMs: number;
  /** How many service processes `main` runs on this machine (1: no cluster). */
  webConcurrency: number;
}

export interface S3Location {
  bucket: string;
  /** Key prefix inside the bucket ('' or ending in '/'). */
  prefix: string;
  endpoint: string | undefined;
  region: string | undefined;
  forcePathStyle: boolean;
}

/**
 * `s3://bucket/prefix?endpoint=https://cos.ap-shanghai.myqcloud.com&region=ap-shanghai&forcePathStyle=true`.
 * Credentials never sit in the URL: the SDK reads them the standard way (AWS_ACCESS_KEY_ID /
 * AWS_SECRET_ACCESS_KEY, or the platform's role).
 */
export function parseS3Url(url: string): S3Location {
  const u = new URL(url);
  const prefix = decodeURIComponent(u.pathname).replace(/^\/+/, '');
  return {
    bucket: u.hostname,
    prefix: prefix && !prefix.endsWith('/') ? `${prefix}/` : prefix,
    endpoint: u.searchParams.get('endpoint') ?? undefined,
    region: u.searchParams.get('region') ?? undefined,
    forcePathStyle: u.searchParams.get('forcePathStyle') === 'true',
  };
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const devMode = !e.WECHAT_APPID;
  const jwtSecret = e.JWT_SECRET ?? DEV_JWT_SECRET;
  return {
    env: e.NODE_ENV,
    devMode,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    // The demo signs with a fixed secret so tokens survive restarts; everything else brings its own.
    jwtSecret,
    checkinSecret: crypto.createHmac('sha256', jwtSecret).update('activity-checkin').digest('base64url'),
    jwtTtlSeconds: e.JWT_TTL_SECONDS,
    wechat: {
      appId: e.WECHAT_APPID ?? 'wx_dev_appid',
      secret: e.WECHAT_SECRET ?? 'dev_secret',
      // WeChat's own API with a real AppID; in dev mode (none) main.ts starts the fake unless another base is given.
      apiBase: e.WECHAT_API_BASE ?? (devMode ? undefined : WECHAT_API),
    },
    storage: e.STORAGE_URL ? { kind: 's3', ...parseS3Url(e.STORAGE_URL) } : { kind: 'disk', dir: e.STORAGE_DIR },
    h5Dir: e.H5_DIR,
    adminDir: e.ADMIN_DIR,
    bodyLimit: e.BODY_LIMIT,
    uploadLimitBytes: e.UPLOAD_LIMIT_MB * 1024 * 1024,
    jobsIntervalMs: e.JOBS_INTERVAL_MS,
    logLevel: e.LOG_LEVEL,
    seedDemo: devMode && e.SEED_DEMO === 'auto',
    clockStart: e.CLOCK_START ? new Date(e.CLOCK_START) : undefined,
    templates: {
      reply: e.WECHAT_TEMPLATE_REPLY ?? 'tpl_reply',
      due: e.WECHAT_TEMPLATE_DUE ?? 'tpl_due_reminder',
      overdue: e.WECHAT_TEMPLATE_OVERDUE ?? 'tpl_unanswered_reminder',
      review: e.WECHAT_TEMPLATE_REVIEW ?? 'tpl_review_reminder',
      activityReminder: e.WECHAT_TEMPLATE_ACTIVITY_REMINDER ?? 'tpl_activity_reminder',
      activityCancelled: e.WECHAT_TEMPLATE_ACTIVITY_CANCELLED ?? 'tpl_activity_cancelled',
    },
    witnessKey: { pem: e.WITNESS_KEY && pemOf(e.WITNESS_KEY), file: e.WITNESS_KEY_FILE },
    dbWaitMs: e.DB_WAIT_SECONDS * 1000,
    redisUrl: e.REDIS_URL,
    rateLimits: e.RATE_LIMITS,
    trustProxy: e.TRUST_PROXY === 'true',
    readCacheMs: e.READ_CACHE_MS,
    webConcurrency: e.WEB_CONCURRENCY ?? (e.NODE_ENV === 'production' && e.REDIS_URL && !e.DATABASE_URL.startsWith('sqlite:') ? os.availableParallelism() : 1),
  };
}
