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
    expect(c).toMatchObject({ devMode: false, seedDemo: false });
  });
});
