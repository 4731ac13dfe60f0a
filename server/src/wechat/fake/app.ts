import Koa from 'koa';
import Router from '@koa/router';
import { bodyParser } from '@koa/bodyparser';
import crypto from 'node:crypto';

/**
 * A local stand-in for the WeChat server API: the same endpoints, the same answers, the same error
 * codes. Dev mode and the tests talk to it over HTTP exactly as production talks to api.weixin.qq.com.
 *
 * Login codes: `c` → openid `o_c`. Codes WeChat would refuse: empty or `invalid*` → 40029,
 * `ratelimited*` → 45011, `risky*` → 40226.
 * Content check: text containing a word of RISKY_WORDS is `risky`, of REVIEW_WORDS `review`.
 */
export const RISKY_WORDS = ['赌博', '诈骗', '违禁词'];
export const REVIEW_WORDS = ['待审核词'];
const TOKEN_TTL = 7200;

export interface FakeWechatState {
  tokens: Map<string, number>;
  sentMessages: { touser: string; template_id: string; page?: string; data: unknown; at: string }[];
  /** openids that have not allowed subscribe messages: sending to them answers 43101. */
  refusedSubscribers: Set<string>;
  /** Subscribe messages the app may still send today; at 0 sending answers 45009. Unset: no limit. */
  subscribeQuota?: number;
}

export function createFakeWechat(appId = 'wx_dev_appid', secret = 'dev_secret') {
  const state: FakeWechatState = { tokens: new Map(), sentMessages: [], refusedSubscribers: new Set() };
  const router = new Router();
  const validToken = (t: unknown) => typeof t === 'string' && (state.tokens.get(t) ?? 0) > Date.now();

  router.get('/sns/jscode2session', (ctx) => {
    const { appid, secret: s, js_code: code } = ctx.query as Record<string, string | undefined>;
    if (appid !== appId || s !== secret) return void (ctx.body = { errcode: 40013, errmsg: 'invalid appid' });
    if (!code || code.startsWith('invalid') || code.length > 128) return void (ctx.body = { errcode: 40029, errmsg: 'invalid code' });
    if (code.startsWith('ratelimited')) return void (ctx.body = { errcode: 45011, errmsg: 'api minute-quota reach limit' });
    if (code.startsWith('risky')) return void (ctx.body = { errcode: 40226, errmsg: 'high risk user' });
    ctx.body = { openid: `o_${code}`, session_key: crypto.randomBytes(16).toString('base64') };
  });

  router.get('/cgi-bin/token', (ctx) => {
    const { appid, secret: s } = ctx.query as Record<string, string | undefined>;
    if (appid !== appId || s !== secret) return void (ctx.body = { errcode: 40013, errmsg: 'invalid appid' });
    const token = crypto.randomBytes(24).toString('hex');
    state.tokens.set(token, Date.now() + TOKEN_TTL * 1000);
    ctx.body = { access_token: token, expires_in: TOKEN_TTL };
  });

  router.post('/wxa/msg_sec_check', (ctx) => {
    if (!validToken(ctx.query.access_token)) return void (ctx.body = { errcode: 40001, errmsg: 'invalid credential' });
    const { content, version, openid, scene } = (ctx.request.body ?? {}) as Record<string, unknown>;
    if (version !== 2 || typeof openid !== 'string' || ![1, 2, 3, 4].includes(scene as number) || typeof content !== 'string')
      return void (ctx.body = { errcode: 47001, errmsg: 'data format error' });
    const suggest = RISKY_WORDS.some((w) => content.includes(w)) ? 'risky' : REVIEW_WORDS.some((w) => content.includes(w)) ? 'review' : 'pass';
    ctx.body = { errcode: 0, errmsg: 'ok', trace_id: crypto.randomUUID(), result: { suggest, label: suggest === 'pass' ? 100 : 20001 }, detail: [] };
  });

  router.post('/cgi-bin/message/subscribe/send', (ctx) => {
    if (!validToken(ctx.query.access_token)) return void (ctx.body = { errcode: 40001, errmsg: 'invalid credential' });
    const msg = (ctx.request.body ?? {}) as FakeWechatState['sentMessages'][number];
    if (!msg.touser || !msg.template_id || typeof msg.data !== 'object') return void (ctx.body = { errcode: 47003, errmsg: 'argument invalid' });
    if (state.refusedSubscribers.has(msg.touser)) return void (ctx.body = { errcode: 43101, errmsg: 'user refuse to accept the msg' });
    if (state.subscribeQuota !== undefined && state.subscribeQuota-- <= 0) return void (ctx.body = { errcode: 45009, errmsg: 'reach max api daily quota limit' });
    state.sentMessages.push({ ...msg, at: new Date().toISOString() });
    ctx.body = { errcode: 0, errmsg: 'ok' };
  });

  // Not a WeChat endpoint: lets tests and developers see what would have reached users' phones.
  router.get('/__fake/sent-messages', (ctx) => {
    ctx.body = state.sentMessages;
  });

  const app = new Koa();
  app.use(bodyParser());
  app.use(router.routes());
  return { app, state };
}
