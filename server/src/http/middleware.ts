import crypto from 'node:crypto';
import type Koa from 'koa';
import { EntityNotFoundError } from 'typeorm';
import { AppError, Invalid, NotFound, TooLarge, TooManyRequests, Unavailable, fromDatabaseError } from '../errors';
import type { Actor } from '../core/actor';
import type { Deps } from '../deps';

/** A request id (taken from `x-request-id` when a proxy set one) and one log line per request. */
export function requestLog(deps: Deps): Koa.Middleware {
  return async (ctx, next) => {
    const id = (ctx.get('x-request-id') || crypto.randomUUID()).slice(0, 64);
    ctx.state.requestId = id;
    ctx.set('x-request-id', id);
    const started = process.hrtime.bigint();
    try {
      await next();
    } finally {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      deps.log.info({ reqId: id, method: ctx.method, url: ctx.url, status: ctx.status, ms: Math.round(ms * 10) / 10 }, 'request');
    }
  };
}

/**
 * Renders every error as `{error:{code,message,details}}`. Bad input is a 4xx with a reason; only a
 * fault of ours is a 500, logged with the request id and answered without internals.
 */
export function errorRenderer(deps: Deps): Koa.Middleware {
  return async (ctx, next) => {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined && ctx.path.startsWith('/api')) throw new NotFound('接口');
    } catch (err) {
      const appError = toAppError(err);
      if (!appError) deps.log.error({ reqId: ctx.state.requestId, err }, 'unhandled error');
      const e = appError ?? new AppError(500, 'INTERNAL', '服务器开小差了，请稍后再试');
      ctx.status = e.status;
      if (e instanceof TooManyRequests || e instanceof Unavailable) ctx.set('Retry-After', String(e.retryAfterSeconds));
      ctx.body = { error: { code: e.code, message: e.message, ...(e.details === undefined ? {} : { details: e.details }) } };
    }
  };
}

function toAppError(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
  const dbError = fromDatabaseError(err);
  if (dbError) return dbError;
  // A `findOneByOrFail` that missed: the row is not there, whichever caller asked.
  if (err instanceof EntityNotFoundError) return new NotFound();
  // Errors from koa / the body parser carry an HTTP status meant for the client.
  const status = (err as { status?: number; expose?: boolean }).status;
  if (status === 413) return new TooLarge();
  if (status === 415) return new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', '不支持的内容类型');
  // The body parser's JSON syntax errors and koa's other client errors carry a 4xx status.
  if (status && status >= 400 && status < 500) return new Invalid('请求格式不正确', undefined, 'MALFORMED_REQUEST');
  return undefined;
}

/**
 * Reads the bearer token, if any, into `ctx.state.actor` with `loadActor` (the auth module's). A present
 * but bad token is a 401.
 */
export function authenticate(deps: Deps, loadActor: (deps: Deps, token: string) => Promise<Actor>): Koa.Middleware {
  return async (ctx, next) => {
    const header = ctx.get('authorization');
    if (header) {
      const [scheme, token] = header.split(' ');
      if (scheme !== 'Bearer' || !token) throw new AppError(401, 'INVALID_TOKEN', '登录凭证格式不正确');
      ctx.state.actor = await loadActor(deps, token);
    }
    await next();
  };
}

/**
 * Browser protections on every answer, the H5 app's pages and the API alike: a CSP allowing only our
 * own scripts (plus the inline ones of the H5 page, by hash), no framing, no MIME sniffing, no full
 * URLs in Referer to other sites; HSTS once the request came over HTTPS (X-Forwarded-Proto counts only
 * with TRUST_PROXY). A route may set its own CSP after (files do).
 */
export function securityHeaders(o: { inlineScriptHashes: string[] }): Koa.Middleware {
  const csp = [
    "default-src 'self'",
    `script-src 'self'${o.inlineScriptHashes.map((h) => ` 'sha256-${h}'`).join('')}`,
    // Taro and antd put styles in style attributes and tags at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    // Taro's H5 uploadFile reads the chosen file back from its blob: URL.
    "connect-src 'self' blob: data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return async (ctx, next) => {
    ctx.set('Content-Security-Policy', csp);
    ctx.set('X-Frame-Options', 'DENY');
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    if (ctx.secure) ctx.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    await next();
  };
}

/** The SHA-256 (base64) of each inline `<script>` of an HTML page, for the CSP. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => crypto.createHash('sha256').update(m[1], 'utf8').digest('base64'));
}
