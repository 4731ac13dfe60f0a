import Taro from '@tarojs/taro';
import { ApiError, errorOf, toQueryString, type Query } from './api-error';

export { ApiError, toQueryString, type Query };

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface SendOptions {
  method?: Method;
  /** Path under the API base, e.g. `/api/me`. */
  path: string;
  query?: Query;
  body?: unknown;
  token?: string;
}

/**
 * H5 is served by the API server itself, so it calls the same origin; the mini program has no
 * origin and calls the server configured at build time.
 */
export const API_BASE = process.env.TARO_ENV === 'h5' ? '' : process.env.TARO_APP_API_BASE;

const NETWORK_MESSAGE = '网络连接失败，请稍后重试';
const SERVER_MESSAGE = '服务暂时不可用，请稍后重试';

/** One HTTP call: the JSON body on 2xx, an ApiError otherwise. No retries, no toasts. */
export async function send<T>({ method = 'GET', path, query, body, token }: SendOptions): Promise<T> {
  const header: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) header.Authorization = `Bearer ${token}`;
  let res: { statusCode: number; data: unknown };
  try {
    res = await Taro.request({ url: API_BASE + path + toQueryString(query), method, header, data: body as never, dataType: 'json' });
  } catch {
    throw new ApiError(0, 'NETWORK', NETWORK_MESSAGE);
  }
  if (res.statusCode >= 200 && res.statusCode < 300) return res.data as T;
  throw errorOf(res.statusCode, res.data, SERVER_MESSAGE);
}
