import { ConfigError, loadConfig } from '../../server/src/config';

describe('configuration', () => {
  it('runs in dev mode without a WeChat AppID', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ devMode: true, port: 3000, databaseUrl: 'sqlite:data/app.sqlite', seedDemo: true });
  });

  it('refuses production without an AppID or JWT secret, naming each setting', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/WECHAT_APPID[\s\S]*JWT_SECRET/);
  });

  it('names a bad value clearly', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x' })).toThrow(/DATABASE_URL: must start with/);
  });

  it('accepts a full production configuration', () => {
    const c = loadConfig({ NODE_ENV: 'production', WECHAT_APPID: 'wx1', WECHAT_SECRET: 's', JWT_SECRET: 'a-long-enough-secret', WECHAT_API_BASE: 'https://api.weixin.qq.com' });
    expect(c).toMatchObject({ devMode: false, seedDemo: false, clockStart: undefined });
  });

  it('starts the clock at CLOCK_START for tests and demos, and refuses it in production', () => {
    expect(loadConfig({ CLOCK_START: '2026-12-01T10:00:00+08:00' }).clockStart?.toISOString()).toBe('2026-12-01T02:00:00.000Z');
    expect(() => loadConfig({ CLOCK_START: 'tomorrow' })).toThrow(/CLOCK_START/);
    const production = { NODE_ENV: 'production', WECHAT_APPID: 'wx1', WECHAT_SECRET: 's', JWT_SECRET: 'a-long-enough-secret', WECHAT_API_BASE: 'https://api.weixin.qq.com' };
    expect(() => loadConfig({ ...production, CLOCK_START: '2026-12-01T02:00:00Z' })).toThrow(/CLOCK_START: is for tests and demos only/);
  });
});
