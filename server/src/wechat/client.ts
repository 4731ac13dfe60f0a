import { AppError, Forbidden, Invalid, TooManyRequests, Upstream } from '../errors';

export type SecCheckVerdict = 'pass' | 'review' | 'risky';

interface WechatReply {
  errcode?: number;
  errmsg?: string;
}

/**
 * The WeChat server API, reached over HTTP at a configurable base URL. In dev and tests the base
 * points at the project's fake (`./fake`), which answers the same endpoints with the same errors.
 */
export class WechatClient {
  private token: { value: string; expiresAt: number } | undefined;

  constructor(
    private readonly base: string,
    private readonly appId: string,
    private readonly secret: string,
  ) {}

  /** Exchanges a `wx.login()` code for the user's openid. */
  async code2Session(code: string): Promise<{ openid: string; unionid?: string }> {
    const qs = new URLSearchParams({ appid: this.appId, secret: this.secret, js_code: code, grant_type: 'authorization_code' });
    const reply = await this.call<{ openid?: string; unionid?: string }>(`/sns/jscode2session?${qs}`);
    if (!reply.errcode && reply.openid) return { openid: reply.openid, unionid: reply.unionid };
    throw loginError(reply);
  }

  /** Content security check v2: anything but `pass` must not be shown to others. */
  async msgSecCheck(input: { content: string; openid: string; scene: 1 | 2 | 3 | 4 }): Promise<SecCheckVerdict> {
    const reply = await this.withToken<{ result?: { suggest: SecCheckVerdict } }>('/wxa/msg_sec_check', { ...input, version: 2 });
    return reply.result?.suggest ?? 'review';
  }

  /**
   * Sends a subscribe message; returns the WeChat error code (0 = sent, 43101 = the user refused or
   * used up the allowance, 45009 = the app's daily quota is used up).
   */
  async sendSubscribeMessage(input: { touser: string; template_id: string; page?: string; data: Record<string, { value: string }> }): Promise<number> {
    const reply = await this.withToken<WechatReply>('/cgi-bin/message/subscribe/send', input, { allow: [43101, 45009] });
    return reply.errcode ?? 0;
  }

  private async accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt > Date.now()) return this.token.value;
    const qs = new URLSearchParams({ grant_type: 'client_credential', appid: this.appId, secret: this.secret });
    const reply = await this.call<{ access_token?: string; expires_in?: number }>(`/cgi-bin/token?${qs}`);
    if (reply.errcode || !reply.access_token) throw new Upstream('获取微信 access_token 失败', { errcode: reply.errcode });
    // Refresh five minutes early so a token never expires mid-request.
    this.token = { value: reply.access_token, expiresAt: Date.now() + ((reply.expires_in ?? 7200) - 300) * 1000 };
    return this.token.value;
  }

  private async withToken<T>(path: string, body: unknown, { allow = [] as number[] } = {}): Promise<T & WechatReply> {
    for (let attempt = 0; ; attempt++) {
      const reply = await this.call<T>(`${path}?access_token=${await this.accessToken()}`, body);
      // 40001/42001: the token was revoked or expired early; fetch a new one once.
      if ((reply.errcode === 40001 || reply.errcode === 42001) && attempt === 0) {
        this.token = undefined;
        continue;
      }
      if (reply.errcode && !allow.includes(reply.errcode)) throw new Upstream('微信接口调用失败', { errcode: reply.errcode, errmsg: reply.errmsg });
      return reply;
    }
  }

  private async call<T>(pathAndQuery: string, body?: unknown): Promise<T & WechatReply> {
    let res: Response;
    try {
      res = await fetch(this.base + pathAndQuery, {
        method: body === undefined ? 'GET' : 'POST',
        headers: body === undefined ? undefined : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(5000),
      });
    } catch {
      throw new Upstream('无法连接微信服务');
    }
    if (!res.ok) throw new Upstream(`微信服务返回 ${res.status}`);
    return (await res.json()) as T & WechatReply;
  }
}

/** What became of a subscribe message: sent, refused by the user (never retried), or failed (quota, errors). */
export const subscribeOutcome = (errcode: number | null) => (errcode === 0 ? 'sent' : errcode === 43101 ? 'refused' : 'failed');

function loginError(reply: WechatReply): AppError {
  switch (reply.errcode) {
    case 40029:
    case 40163:
      return new Invalid('登录凭证无效或已使用，请重新登录', undefined, 'INVALID_LOGIN_CODE');
    case 45011:
      return new TooManyRequests(60, '登录太频繁，请稍后再试');
    case 40226:
      return new Forbidden('该微信账号存在风险，暂不能登录', 'RISKY_USER');
    default:
      return new Upstream('微信登录失败', { errcode: reply.errcode });
  }
}
