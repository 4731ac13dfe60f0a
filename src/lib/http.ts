import Taro from '@tarojs/taro';

/** What the server answers on any failure (DESIGN.md: `{error:{code,message,details}}`), as an exception. */
export class ApiError extends Error {
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Query = Record<string, string | number | boolean | undefined | null>;

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

/** Drops empty parameters, so `?q=` never filters on an empty string. */
export function toQueryString(query: Query = {}): string {
  const parts = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

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
  const error = (res.data as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
  throw new ApiError(res.statusCode, error?.code ?? `HTTP_${res.statusCode}`, error?.message ?? SERVER_MESSAGE, error?.details);
}
