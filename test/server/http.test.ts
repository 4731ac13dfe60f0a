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
});
