import { message } from 'antd';
import { ApiError, errorOf, toQueryString, type Query } from '../../../src/lib/api-error';
import { session } from './session';

/** The app's error contract (DESIGN.md's `{error: {code, message, details}}`), one implementation for both. */
export { ApiError };

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Where a 401 sends the official: back to the login page, the current page kept for after. */
function toLogin() {
  session.clear();
  if (!location.pathname.endsWith('/login')) location.assign(`${import.meta.env.BASE_URL}login?next=${encodeURIComponent(location.pathname + location.search)}`);
}

/**
 * One request to the API: the bearer token, JSON both ways (a FormData body goes as multipart). A
 * failure is shown as a message (unless `quiet`) and thrown as ApiError; a 401 ends the session.
 */
export async function api<T>(method: string, path: string, o: { query?: Query; body?: unknown; quiet?: boolean } = {}): Promise<T> {
  const token = session.token();
  const multipart = o.body instanceof FormData;
  let res: Response;
  try {
    res = await fetch(`/api${path}${toQueryString(o.query)}`, {
      method,
      headers: { ...(o.body !== undefined && !multipart ? { 'Content-Type': 'application/json' } : {}), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: o.body === undefined ? undefined : multipart ? (o.body as FormData) : JSON.stringify(o.body),
    });
  } catch {
    if (!o.quiet) message.error('网络连接失败，请检查网络');
    throw new ApiError(0, 'NETWORK', '网络连接失败');
  }
  if (res.status === 204) return undefined as T;
  const body = await res.json().catch(() => ({}));
  if (res.ok) return body as T;
  const err = errorOf(res.status, body, `请求失败（${res.status}）`);
  if (res.status === 401 && token) toLogin();
  else if (!o.quiet) message.error(err.message);
  throw err;
}

export const get = <T>(path: string, query?: Query) => api<T>('GET', path, { query });
export const post = <T>(path: string, body?: unknown) => api<T>('POST', path, { body: body ?? {} });
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, { body });
export const put = <T>(path: string, body: unknown) => api<T>('PUT', path, { body });
export const del = (path: string) => api<void>('DELETE', path);
/** A file as multipart field `file` (the imports); the server's refusals come back as ApiError, shown by the caller. */
export const upload = <T>(path: string, file: Blob, query?: Query) => {
  const form = new FormData();
  form.append('file', file);
  return api<T>('POST', path, { body: form, query, quiet: true });
};

/** A file from the API (the roster's xlsx), saved under `name`. */
export async function download(path: string, query: Query, name: string): Promise<void> {
  const res = await fetch(`/api${path}${toQueryString(query)}`, { headers: { Authorization: `Bearer ${session.token() ?? ''}` } });
  if (!res.ok) {
    message.error(`下载失败（${res.status}）`);
    return;
  }
  const url = URL.createObjectURL(await res.blob());
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  URL.revokeObjectURL(url);
}
