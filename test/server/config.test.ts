import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, DEV_JWT_SECRET, loadConfig } from '../../server/src/config';

const SECRET = 'x7Qv3kP9sT2mW8rY4nB6cF1hJ5dL0gZa';
const WITNESS_KEY = crypto.generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const TEMPLATES = { WECHAT_TEMPLATE_REPLY: 'aB3-reply', WECHAT_TEMPLATE_DUE: 'aB3-due', WECHAT_TEMPLATE_OVERDUE: 'aB3-overdue', WECHAT_TEMPLATE_REVIEW: 'aB3-review', WECHAT_TEMPLATE_ACTIVITY_REMINDER: 'aB3-start', WECHAT_TEMPLATE_ACTIVITY_CANCELLED: 'aB3-cancel' };

const WECHAT = { WECHAT_APPID: 'wx1', WECHAT_SECRET: 's', WECHAT_API_BASE: 'https://api.weixin.qq.com', ...TEMPLATES, WITNESS_KEY };

describe('configuration', () => {
  it('runs in dev mode without a WeChat AppID', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ devMode: true, port: 3000, databaseUrl: 'sqlite:data/app.sqlite', seedDemo: true });
  });

  it('refuses production without an AppID or JWT secret, naming each setting', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/WECHAT_APPID[\s\S]*JWT_SECRET/);
  });

  it('calls WeChat’s own API in production without WECHAT_API_BASE, and the bundled fake in dev mode', () => {
    const { WECHAT_API_BASE: _unset, ...noBase } = WECHAT;
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, ...noBase }).wechat.apiBase).toBe('https://api.weixin.qq.com');
    expect(loadConfig({}).wechat.apiBase).toBeUndefined();
    expect(loadConfig({ WECHAT_API_BASE: 'http://127.0.0.1:9999' }).wechat.apiBase).toBe('http://127.0.0.1:9999');
  });

  it('names a bad value clearly', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x' })).toThrow(/DATABASE_URL: must start with/);
  });

  it('accepts a full production configuration', () => {
    const c = loadConfig({ NODE_ENV: 'production', WECHAT_APPID: 'wx1', WECHAT_SECRET: 's', JWT_SECRET: SECRET, WECHAT_API_BASE: 'https://api.weixin.qq.com', ...TEMPLATES, WITNESS_KEY });
    expect(c).toMatchObject({ devMode: false, seedDemo: false, clockStart: undefined, templates: { reply: 'aB3-reply', due: 'aB3-due', overdue: 'aB3-overdue', review: 'aB3-review', activityReminder: 'aB3-start', activityCancelled: 'aB3-cancel' } });
  });

  it('refuses production without every subscribe-message template id, or with an empty one', () => {
    const production = { NODE_ENV: 'production', WECHAT_APPID: 'wx1', WECHAT_SECRET: 's', JWT_SECRET: SECRET, WITNESS_KEY };
    expect(() => loadConfig({ ...production, ...TEMPLATES, WECHAT_TEMPLATE_DUE: undefined })).toThrow(/WECHAT_TEMPLATE_DUE: production needs/);
    expect(() => loadConfig({ ...production, ...TEMPLATES, WECHAT_TEMPLATE_REVIEW: '  ' })).toThrow(/WECHAT_TEMPLATE_REVIEW: must not be empty/);
    expect(loadConfig({}).templates.reply).toBe('tpl_reply');
  });

  it('starts the clock at CLOCK_START for tests and demos, and refuses it in production', () => {
    expect(loadConfig({ CLOCK_START: '2026-12-01T10:00:00+08:00' }).clockStart?.toISOString()).toBe('2026-12-01T02:00:00.000Z');
    expect(() => loadConfig({ CLOCK_START: 'tomorrow' })).toThrow(/CLOCK_START/);
    const production = { NODE_ENV: 'production', WECHAT_APPID: 'wx1', WECHAT_SECRET: 's', JWT_SECRET: SECRET, WECHAT_API_BASE: 'https://api.weixin.qq.com', ...TEMPLATES, WITNESS_KEY };
    expect(() => loadConfig({ ...production, CLOCK_START: '2026-12-01T02:00:00Z' })).toThrow(/CLOCK_START: is for tests and demos only/);
  });

  it('refuses a known or short JWT secret with real WeChat credentials in any mode, and none at all', () => {
    for (const NODE_ENV of ['development', 'test', 'production']) {
      expect(() => loadConfig({ NODE_ENV, ...WECHAT })).toThrow(/JWT_SECRET: is required/);
      expect(() => loadConfig({ NODE_ENV, ...WECHAT, JWT_SECRET: DEV_JWT_SECRET })).toThrow(/JWT_SECRET: is a published example value/);
      expect(() => loadConfig({ NODE_ENV, ...WECHAT, JWT_SECRET: 'sixteen-chars-ok!!' })).toThrow(/JWT_SECRET: must be at least 32/);
      expect(loadConfig({ NODE_ENV, ...WECHAT, JWT_SECRET: SECRET }).jwtSecret).toBe(SECRET);
    }
    expect(() => loadConfig({ NODE_ENV: 'production', ...WECHAT, JWT_SECRET: DEV_JWT_SECRET })).toThrow(ConfigError);
  });

  it('lets only the embedded demo (no AppID, not production) sign with the dev secret', () => {
    expect(loadConfig({}).jwtSecret).toBe(DEV_JWT_SECRET);
    expect(loadConfig({ NODE_ENV: 'test' }).devMode).toBe(true);
  });

  it('keys check-in codes with a secret derived from the JWT secret, never the JWT secret itself', () => {
    const a = loadConfig({ ...WECHAT, JWT_SECRET: SECRET });
    const b = loadConfig({ ...WECHAT, JWT_SECRET: SECRET.replace('x', 'y') });
    expect(a.checkinSecret).not.toBe(a.jwtSecret);
    expect(a.checkinSecret).not.toBe(b.checkinSecret);
    expect(a.checkinSecret).toBe(loadConfig({ ...WECHAT, JWT_SECRET: SECRET }).checkinSecret);
  });

  it('stops the service at start (exit 2, the setting named) with real WeChat credentials and the dev secret', () => {
    const main = path.resolve(__dirname, '../../server/dist/src/main.js');
    const run = spawnSync(process.execPath, [main], { env: { PATH: process.env.PATH, ...WECHAT, JWT_SECRET: DEV_JWT_SECRET, PORT: '0' }, encoding: 'utf8', timeout: 20000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/JWT_SECRET: is a published example value/);
  });

  it('needs the chain-head signing key outside the embedded demo, and only an Ed25519 one', () => {
    const { WITNESS_KEY: _key, ...withoutKey } = WECHAT;
    expect(() => loadConfig({ ...withoutKey, JWT_SECRET: SECRET })).toThrow(/WITNESS_KEY: is required/);
    const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => loadConfig({ ...WECHAT, JWT_SECRET: SECRET, WITNESS_KEY: rsa })).toThrow(/WITNESS_KEY: must be an Ed25519 private key/);
    // One line in an env file: newlines written as \n.
    expect(loadConfig({ ...WECHAT, JWT_SECRET: SECRET, WITNESS_KEY: WITNESS_KEY.replace(/\n/g, '\\n') }).witnessKey.pem).toBe(WITNESS_KEY);
    expect(loadConfig({}).witnessKey).toEqual({ pem: undefined, file: 'data/witness-key.pem' });
  });

  it('runs one process unless told, every core in production with Redis and MySQL, and refuses several without them', () => {
    const production = { NODE_ENV: 'production', ...WECHAT, JWT_SECRET: SECRET };
    expect(loadConfig({}).webConcurrency).toBe(1);
    expect(loadConfig({ ...production, DATABASE_URL: 'mysql://u@db/x' }).webConcurrency).toBe(1); // limits would not be shared
    expect(loadConfig({ ...production, DATABASE_URL: 'mysql://u@db/x', REDIS_URL: 'redis://r:6379' }).webConcurrency).toBe(os.availableParallelism());
    expect(loadConfig({ DATABASE_URL: 'mysql://u@db/x', REDIS_URL: 'redis://r:6379', WEB_CONCURRENCY: '3' }).webConcurrency).toBe(3);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u@db/x', WEB_CONCURRENCY: '3' })).toThrow(/WEB_CONCURRENCY: more than one process needs REDIS_URL/);
    expect(() => loadConfig({ REDIS_URL: 'redis://r:6379', WEB_CONCURRENCY: '3' })).toThrow(/WEB_CONCURRENCY: more than one process needs MySQL/);
    expect(() => loadConfig({ WEB_CONCURRENCY: '0' })).toThrow(/WEB_CONCURRENCY/);
  });
});
