import type * as ApiClient from '../../../src/lib/api-client';
import type * as LoginReturn from '../../../src/lib/login-return';
import type * as TaroStub from '../stubs/taro';

type Reply = { statusCode: number; data: unknown };
type Call = { url: string; method: string; header: Record<string, string>; data?: unknown };

let Taro: typeof TaroStub.default;
let request: typeof ApiClient.request;
let ApiError: typeof ApiClient.ApiError;
let takeReturnPage: typeof LoginReturn.takeReturnPage;

const request$ = () => Taro.request as jest.Mock;
const calls = (): Call[] => request$().mock.calls.map(([options]) => options as Call);

/** Answers each Taro.request with the next reply, in order. */
function replies(...answers: (Reply | Error)[]) {
  answers.forEach((answer) =>
    request$().mockImplementationOnce(async () => {
      if (answer instanceof Error) throw answer;
      return answer;
    }),
  );
}

const session = { token: 'fresh-token', user: { id: 7, nickname: '居民', roles: ['resident'] } };

// The session is read from storage when the app starts: each test starts the modules afresh
// with a stored session whose token the server no longer accepts in the 401 tests.
beforeEach(() => {
  jest.resetModules();
  Taro = (require('../stubs/taro') as typeof TaroStub).default;
  Taro.setStorageSync('spb:session', { ...session, token: 'old-token' });
  ({ request, ApiError } = require('../../../src/lib/api-client') as typeof ApiClient);
  ({ takeReturnPage } = require('../../../src/lib/login-return') as typeof LoginReturn);
});

describe('request', () => {
  it('sends the bearer token and answers the JSON body', async () => {
    replies({ statusCode: 200, data: { items: [], total: 0, page: 1, pageSize: 20 } });

    await expect(request({ path: '/api/communities', query: { q: '城阳', streetId: undefined, page: 1 } })).resolves.toEqual({
      items: [],
      total: 0,
      page: 1,
      pageSize: 20,
    });
    expect(calls()[0].url).toBe(`https://api.test/api/communities?q=${encodeURIComponent('城阳')}&page=1`);
    expect(calls()[0].header.Authorization).toBe('Bearer old-token');
  });

  it('throws the server error as an ApiError and shows its message', async () => {
    const details = { phone: '请输入11位手机号' };
    replies({ statusCode: 400, data: { error: { code: 'INVALID', message: '请求参数不正确', details } } });

    const error = await request({ method: 'POST', path: '/api/me/member-binding', body: {} }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'INVALID', message: '请求参数不正确', details });
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '请求参数不正确', icon: 'none' }));
  });

  it('stays quiet when the caller shows the error itself', async () => {
    replies({ statusCode: 404, data: { error: { code: 'NOT_FOUND', message: '接口不存在' } } });

    await expect(request({ path: '/api/auth/dev-logins', toast: false })).rejects.toMatchObject({ status: 404 });
    expect(Taro.showToast).not.toHaveBeenCalled();
  });

  it('reports an unreachable server as a network error', async () => {
    replies(new Error('request:fail'));

    await expect(request({ path: '/api/me' })).rejects.toMatchObject({ status: 0, code: 'NETWORK', message: '网络连接失败，请稍后重试' });
  });

  it('gives a readable message when the server answers without an error body', async () => {
    replies({ statusCode: 502, data: null });

    await expect(request({ path: '/api/me' })).rejects.toMatchObject({ status: 502, message: '服务暂时不可用，请稍后重试' });
  });
});

/** The login prompt is answered asynchronously: let it finish. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('request on 401', () => {
  const unauthorized: Reply = { statusCode: 401, data: { error: { code: 'UNAUTHENTICATED', message: '登录已过期' } } };

  it('logs in again once and retries with the new token', async () => {
    replies(unauthorized, { statusCode: 200, data: session }, { statusCode: 200, data: { id: 7 } });

    await expect(request({ path: '/api/me' })).resolves.toEqual({ id: 7 });

    expect(calls().map((c) => c.url)).toEqual(['https://api.test/api/me', 'https://api.test/api/auth/wechat', 'https://api.test/api/me']);
    expect(calls()[1].data).toEqual({ code: 'wx_code' });
    expect(calls()[2].header.Authorization).toBe('Bearer fresh-token');
    expect(Taro.reLaunch).not.toHaveBeenCalled();
  });

  it('asks the user to log in when the retry is refused too, and remembers the page to come back to', async () => {
    (Taro.getCurrentPages as jest.Mock).mockReturnValueOnce([{ route: 'packages/activity/pages/detail', options: { id: '3' } }]);
    replies(unauthorized, { statusCode: 200, data: session }, unauthorized);

    await expect(request({ path: '/api/me' })).rejects.toMatchObject({ status: 401 });
    await settled();

    expect(request$()).toHaveBeenCalledTimes(3);
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '请先登录', confirmText: '去登录' }));
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/me/index' });
    expect(takeReturnPage()).toBe('/packages/activity/pages/detail?id=3');
    expect(takeReturnPage()).toBeUndefined();
  });

  it('stays on the page when the user declines to log in', async () => {
    (Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true });
    replies(unauthorized, { statusCode: 500, data: null });

    await expect(request({ path: '/api/me' })).rejects.toMatchObject({ status: 401 });
    await settled();
    expect(Taro.reLaunch).not.toHaveBeenCalled();
    expect(takeReturnPage()).toBeUndefined();
  });

  it('sends the user to log in when logging in again fails', async () => {
    replies(unauthorized, { statusCode: 500, data: { error: { code: 'WECHAT', message: '微信登录失败' } } });

    await expect(request({ path: '/api/me' })).rejects.toMatchObject({ status: 401, message: '请先登录' });
    await settled();
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/me/index' });
  });

  it('does not reload the login page the user is already on', async () => {
    (Taro.getCurrentPages as jest.Mock).mockReturnValueOnce([{ route: 'pages/me/index' }]);
    replies(unauthorized, { statusCode: 500, data: null });

    await expect(request({ path: '/api/me' })).rejects.toMatchObject({ status: 401 });
    await settled();
    expect(Taro.reLaunch).not.toHaveBeenCalled();
  });

  it('logs in once for requests refused together', async () => {
    request$().mockImplementation(async ({ url, header }: Call) => {
      if (url.endsWith('/api/auth/wechat')) return { statusCode: 200, data: session };
      return header.Authorization === 'Bearer fresh-token' ? { statusCode: 200, data: { url } } : unauthorized;
    });

    await Promise.all([request({ path: '/api/me' }), request({ path: '/api/me/points' })]);

    expect(calls().filter((c) => c.url.endsWith('/api/auth/wechat'))).toHaveLength(1);
    expect(Taro.login).toHaveBeenCalledTimes(1);
  });
});
