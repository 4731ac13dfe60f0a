import { ConfigError, loadConfig } from '../../server/src/config';

const TEMPLATES = { WECHAT_TEMPLATE_REPLY: 'aB3-reply', WECHAT_TEMPLATE_DUE: 'aB3-due', WECHAT_TEMPLATE_OVERDUE: 'aB3-overdue', WECHAT_TEMPLATE_REVIEW: 'aB3-review', WECHAT_TEMPLATE_ACTIVITY_REMINDER: 'aB3-start', WECHAT_TEMPLATE_ACTIVITY_CANCELLED: 'aB3-cancel' };

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
    const c = loadConfig({ NODE_ENV: 'production', WECHAT_APPID: 'wx1', WECHAT_SECRET: 's', JWT_SECRET: 'a-long-enough-secret', WECHAT_API_BASE: 'https://api.weixin.qq.com', ...TEMPLATES });
    expect(c).toMatchObject({ devMode: false, seedDemo: false, clockStart: undefined, templates: { reply: 'aB3-reply', due: 'aB3-due', overdue: 'aB3-overdue', review: 'aB3-review', activityReminder: 'aB3-start', activityCancelled: 'aB3-cancel' } });
  });

  it('refuses production without every subscribe-message template id, or with an empty one', () => {
    const production = { NODE_ENV: 'production', WECHAT_APPID: 'wx1', WECHAT_SECRET: 's', JWT_SECRET: 'a-long-enough-secret' };
    expect(() => loadConfig({ ...production, ...TEMPLATES, WECHAT_TEMPLATE_DUE: undefined })).toThrow(/WECHAT_TEMPLATE_DUE: production needs/);
    expect(() => loadConfig({ ...production, ...TEMPLATES, WECHAT_TEMPLATE_REVIEW: '  ' })).toThrow(/WECHAT_TEMPLATE_REVIEW: must not be empty/);
    expect(loadConfig({}).templates.reply).toBe('tpl_reply');
  });

  it('starts the clock at CLOCK_START for tests and demos, and refuses it in production', () => {
    expect(loadConfig({ CLOCK_START: '2026-12-01T10:00:00+08:00' }).clockStart?.toISOString()).toBe('2026-12-01T02:00:00.000Z');
    expect(() => loadConfig({ CLOCK_START: 'tomorrow' })).toThrow(/CLOCK_START/);
    const production = { NODE_ENV: 'production', WECHAT_APPID: 'wx1', WECHAT_SECRET: 's', JWT_SECRET: 'a-long-enough-secret', WECHAT_API_BASE: 'https://api.weixin.qq.com', ...TEMPLATES };
    expect(() => loadConfig({ ...production, CLOCK_START: '2026-12-01T02:00:00Z' })).toThrow(/CLOCK_START: is for tests and demos only/);
  });
});
