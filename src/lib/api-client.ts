import Taro from '@tarojs/taro';
import { getToken, renewSession } from './auth';
import { ApiError, send, type SendOptions } from './http';
import { rememberReturnPage } from './login-return';
import { currentPageUrl, LOGIN_PAGE } from './routes';
import { toastError } from './toast';

export { ApiError };

export interface RequestOptions extends Omit<SendOptions, 'token'> {
  /** Show the server's message as a toast on failure (default). Pass false when the page shows the error itself. */
  toast?: boolean;
}

/**
 * The one way the app calls the server: bearer token, JSON in and out, errors as ApiError.
 * A 401 renews the session once and retries; if that fails the user is sent to log in.
 */
export async function request<T>({ toast = true, ...options }: RequestOptions): Promise<T> {
  try {
    return await withSession((token) => send<T>({ ...options, token }));
  } catch (error) {
    if (toast) toastError(error);
    throw error;
  }
}

/**
 * Runs a call with the session's token; on a 401 renews the session once and runs it again, and if
 * that fails sends the user to log in. For transports other than JSON (downloads, uploads) too.
 */
export async function withSession<T>(call: (token: string | undefined) => Promise<T>): Promise<T> {
  try {
    return await call(getToken());
  } catch (error) {
    if (!isUnauthorized(error)) throw error;
  }
  if (await renewSession()) {
    try {
      return await call(getToken());
    } catch (error) {
      if (!isUnauthorized(error)) throw error;
    }
  }
  void goToLogin();
  throw new ApiError(401, 'UNAUTHENTICATED', '请先登录');
}

const isUnauthorized = (error: unknown): boolean => error instanceof ApiError && error.status === 401;

let asking = false;

/**
 * Asks the user to log in, and remembers the page they were on so that logging in brings them back
 * to it (what they typed is kept by the page's useDraft). Several 401s at once ask once.
 */
export async function goToLogin(): Promise<void> {
  const current = currentPageUrl();
  // Already there: reLaunching would wipe what the user is doing on the login page.
  if (current?.split('?')[0] === LOGIN_PAGE || asking) return;
  asking = true;
  try {
    const { confirm } = await Taro.showModal({ title: '请先登录', content: '登录后将回到本页继续', confirmText: '去登录', cancelText: '暂不' });
    if (!confirm) return;
    if (current) rememberReturnPage(current);
    void Taro.reLaunch({ url: LOGIN_PAGE });
  } finally {
    asking = false;
  }
}
