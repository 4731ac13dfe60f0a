import Taro from '@tarojs/taro';
import { getToken, renewSession } from './auth';
import { ApiError, send, type SendOptions } from './http';
import { LOGIN_PAGE } from './routes';
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
  goToLogin();
  throw new ApiError(401, 'UNAUTHENTICATED', '请先登录');
}

const isUnauthorized = (error: unknown): boolean => error instanceof ApiError && error.status === 401;

function goToLogin(): void {
  const pages = Taro.getCurrentPages();
  const current = pages[pages.length - 1]?.route ?? '';
  // Already there: reLaunching would wipe what the user is doing on the login page.
  if (`/${current.replace(/^\//, '').split('?')[0]}` === LOGIN_PAGE) return;
  void Taro.reLaunch({ url: LOGIN_PAGE });
}
