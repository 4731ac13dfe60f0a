/**
 * The API's error contract, shared by the app (src/lib/http.ts, upload.ts) and the desk console
 * (admin/src/lib/api.ts): nothing here may import Taro or the browser.
 */

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

export type Query = Record<string, string | number | boolean | undefined | null>;

/** Drops empty parameters, so `?q=` never filters on an empty string. */
export function toQueryString(query: Query = {}): string {
  const parts = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** The ApiError of a non-2xx answer: the body's code and message when it has DESIGN.md's shape, else `fallback`. */
export function errorOf(status: number, body: unknown, fallback: string): ApiError {
  const error = (body as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
  return new ApiError(status, error?.code ?? `HTTP_${status}`, error?.message ?? fallback, error?.details);
}
