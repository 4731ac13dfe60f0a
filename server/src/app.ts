import fs from 'node:fs';
import path from 'node:path';
import Koa from 'koa';
import Router from '@koa/router';
import { bodyParser } from '@koa/bodyparser';
import serve from 'koa-static';
import type { Deps } from './deps';
import { toMiddleware } from './http/route';
import { buildOpenApi } from './http/openapi';
import { authenticate, errorRenderer, inlineScriptHashes, requestLog, securityHeaders } from './http/middleware';
import { actorFromToken } from './modules/auth';
import { routeTable } from './modules/registry';

/** Builds the Koa app from its modules. No listen: main.ts and the tests mount it. */
export function createApp(deps: Deps): Koa {
  const app = new Koa();
  // Only behind a proxy we run are X-Forwarded-For / -Proto the client's: else anyone could pick an address.
  app.proxy = deps.config.trustProxy;
  const api = new Router({ prefix: '/api' });

  api.get('/health', async (ctx) => {
    try {
      await deps.db.query('SELECT 1');
      ctx.body = { status: 'ok', db: 'ok' };
    } catch {
      ctx.status = 503;
      ctx.set('Retry-After', '5');
      ctx.body = { status: 'degraded', db: 'unreachable' };
    }
  });
  const openApi = buildOpenApi(routeTable);
  api.get('/openapi.json', (ctx) => {
    ctx.body = openApi;
  });
  for (const { route } of routeTable) api[route.method](route.path, toMiddleware(route));

  // The H5 build of the mini program, when it has been built.
  const h5 = path.resolve(deps.config.h5Dir);
  const h5Index = path.join(h5, 'index.html');
  const h5Built = fs.existsSync(h5Index);

  app.use(requestLog(deps));
  // The inline scripts of the pages we serve (the H5 app's, the console's) run by their hashes.
  const pages = [h5Index, path.join(path.resolve(deps.config.adminDir), 'index.html')].filter((p) => fs.existsSync(p));
  app.use(securityHeaders({ inlineScriptHashes: pages.flatMap((p) => inlineScriptHashes(fs.readFileSync(p, 'utf8'))) }));
  app.use(errorRenderer(deps));
  app.use(async (ctx, next) => {
    ctx.state.deps = deps;
    await next();
  });
  app.use(bodyParser({ enableTypes: ['json'], jsonLimit: deps.config.bodyLimit, encoding: 'utf-8' }));
  app.use(authenticate(deps, actorFromToken));
  app.use(api.routes());
  app.use(api.allowedMethods({ throw: false }));

  // The desk console, when it has been built: its files under /admin/, and index.html for its routes.
  const admin = path.resolve(deps.config.adminDir);
  if (fs.existsSync(path.join(admin, 'index.html'))) {
    const files = serve(admin, { maxage: 0, gzip: true });
    app.use(async (ctx, next) => {
      if (ctx.path !== '/admin' && !ctx.path.startsWith('/admin/')) return next();
      if (ctx.path === '/admin') return ctx.redirect('/admin/');
      const original = ctx.path;
      ctx.path = original.slice('/admin'.length);
      await files(ctx, async () => {});
      if (ctx.body === undefined && (ctx.method === 'GET' || ctx.method === 'HEAD') && !path.extname(ctx.path)) {
        ctx.path = '/index.html';
        await files(ctx, async () => {});
      }
      ctx.path = original;
    });
  }
  if (h5Built) app.use(serve(h5, { maxage: 0, gzip: true }));
  return app;
}
