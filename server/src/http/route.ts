import type Koa from 'koa';
import type { z, ZodType } from 'zod';
import type { Actor } from '../core/actor';
import type { Deps } from '../deps';
import { Invalid, Unauthenticated } from '../errors';

/**
 * A route is one entry in a module's table: method, path, who may call it, the zod schemas of its
 * input, and a short handler. The same entry validates requests and documents the OpenAPI spec.
 */
export type Access = 'public' | 'optional' | 'user';

/**
 * What a route answers on success: a zod schema of its JSON body, `noContent` (204), or the content
 * types of a file it streams — with the JSON schema when the same route can also answer JSON.
 */
export type ResponseSpec = ZodType | { noContent: true } | { file: string[]; json?: ZodType };
export const noContent = { noContent: true } as const;

/** The body a handler returns for a response spec: a file route sets its body on `ctx.koa` instead. */
export type ResponseBody<R extends ResponseSpec> = R extends ZodType
  ? z.output<R>
  : R extends { json: infer J extends ZodType }
    ? z.output<J> | undefined
    : void;

export interface RouteSpec<P, Q, B, A extends Access, R extends ResponseSpec = ResponseSpec> {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
  summary: string;
  access: A;
  params?: ZodType<P>;
  query?: ZodType<Q>;
  body?: ZodType<B>;
  /** Success status; a handler may choose another with `ctx.status(n)` (e.g. 200 for a repeat). */
  status?: number;
  /** The other success statuses a handler may choose, answering the same body. */
  alsoStatus?: number[];
  response: R;
  /**
   * For a GET whose answer changes rarely: the entity tag of what it shows (leaving out what changes
   * on every read, like a view count). The answer carries it with `Cache-Control: no-cache`, and a
   * request whose If-None-Match still matches gets 304 without a body.
   */
  etag?: (result: ResponseBody<R>) => string | undefined;
  /** Routes that stream their own body (files) set it on `ctx.koa` and return undefined. */
  handler: (ctx: HandlerContext<P, Q, B, A>) => Promise<ResponseBody<R>> | ResponseBody<R>;
}

export interface HandlerContext<P, Q, B, A extends Access> {
  deps: Deps;
  actor: A extends 'user' ? Actor : Actor | undefined;
  params: P;
  query: Q;
  body: B;
  koa: Koa.Context;
  status(code: number): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteSpec<any, any, any, Access, ResponseSpec>;

export function route<P = unknown, Q = unknown, B = unknown, A extends Access = 'user', R extends ResponseSpec = ResponseSpec>(spec: RouteSpec<P, Q, B, A, R>): AnyRoute {
  return spec as unknown as AnyRoute;
}

/** `/disclosures/:id` → `/disclosures/{id}` for OpenAPI. */
export const openApiPath = (p: string) => p.replace(/:(\w+)/g, '{$1}');

function parsePart<T>(schema: ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return undefined as T;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new Invalid(
    '请求参数不正确',
    result.error.issues.map((i) => ({ in: where, field: i.path.join('.') || where, message: i.message })),
  );
}

export function toMiddleware(spec: AnyRoute): Koa.Middleware {
  return async (koa) => {
    const actor = koa.state.actor as Actor | undefined;
    if (spec.access === 'user' && !actor) throw new Unauthenticated();
    const params = parsePart(spec.params, (koa as unknown as { params: unknown }).params, 'params');
    const query = parsePart(spec.query, koa.query, 'query');
    const body = parsePart(spec.body, (koa.request as unknown as { body?: unknown }).body ?? {}, 'body');
    let status = spec.status ?? 200;
    const result = await spec.handler({
      deps: koa.state.deps,
      actor,
      params,
      query,
      body,
      koa,
      status: (code: number) => {
        status = code;
      },
    });
    if (result !== undefined) {
      koa.body = result;
      koa.status = status;
    }
    const tag = spec.etag && result !== undefined ? spec.etag(result) : undefined;
    if (tag) {
      koa.set('ETag', `"${tag}"`);
      koa.set('Cache-Control', 'no-cache');
      if (koa.fresh) koa.status = 304; // Koa sends no body with a 304
    }
  };
}
