import Koa from 'koa';
import request from 'supertest';
import { errorRenderer } from '../../server/src/http/middleware';
import { User } from '../../server/src/modules/auth/entities';
import { startTestServer, type TestServer } from './helpers/server';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer({ env: { BODY_LIMIT: '2kb' } });
});
afterAll(() => ts.close());

describe('HTTP conventions', () => {
  it('answers health with the database status', async () => {
    const res = await ts.http.get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', db: 'ok' });
  });

  it('answers 404 in the error format for an unknown route', async () => {
    const res = await ts.http.get('/api/no-such-thing').expect(404);
    expect(res.body.error).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('answers 400 MALFORMED_REQUEST for broken JSON, without a stack trace', async () => {
    const res = await ts.http.post('/api/auth/wechat').set('content-type', 'application/json').send('{bad').expect(400);
    expect(res.body.error.code).toBe('MALFORMED_REQUEST');
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.js/);
  });

  it('answers 413 for a body over the limit', async () => {
    const res = await ts.http.post('/api/auth/wechat').send({ code: 'x'.repeat(5000) }).expect(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers 400 with field details for a wrong type', async () => {
    const res = await ts.http.post('/api/auth/wechat').send({ code: 42 }).expect(400);
    expect(res.body.error).toMatchObject({ code: 'INVALID_INPUT', details: [expect.objectContaining({ field: 'code' })] });
  });

  it('answers 400 for bad paging values', async () => {
    const res = await ts.http.get('/api/communities?page=0&pageSize=1000').expect(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['page', 'pageSize']);
  });

  it('serves an OpenAPI document generated from the route schemas', async () => {
    const res = await ts.http.get('/api/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    const login = res.body.paths['/api/auth/wechat'].post;
    expect(login.requestBody.content['application/json'].schema.properties.code).toMatchObject({ type: 'string', maxLength: 128 });
    expect(res.body.paths['/api/communities/{id}'].get.parameters[0]).toMatchObject({ name: 'id', in: 'path', required: true });
  });

  it('answers 404, not 500, when a findOneByOrFail misses (TypeORM EntityNotFoundError)', async () => {
    // A tiny app with the service's one error renderer and a handler that looks up a missing row.
    const app = new Koa();
    app.use(errorRenderer(ts.deps));
    app.use(async (ctx) => {
      ctx.body = await ts.deps.db.manager.findOneByOrFail(User, { id: 999_999_999 });
    });
    const res = await request(app.callback()).get('/api/users/999999999').expect(404);
    expect(res.body.error).toMatchObject({ code: 'NOT_FOUND' });
  });
});
