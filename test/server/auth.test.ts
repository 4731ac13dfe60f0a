import jwt from 'jsonwebtoken';
import { makeCommunity, makeUser } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(() => ts.close());

describe('POST /api/auth/wechat', () => {
  it('creates a resident on first login and returns the same user next time', async () => {
    const first = await ts.http.post('/api/auth/wechat').send({ code: 'first_login' }).expect(200);
    expect(first.body.user).toMatchObject({ nickname: expect.any(String), roles: ['resident'] });
    const again = await ts.http.post('/api/auth/wechat').send({ code: 'first_login' }).expect(200);
    expect(again.body.user.id).toBe(first.body.user.id);
  });

  it('creates one user when the same first login races', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => ts.http.post('/api/auth/wechat').send({ code: 'racing_login' })));
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(new Set(results.map((r) => r.body.user.id)).size).toBe(1);
  });

  it.each([
    ['invalid_code', 400, 'INVALID_LOGIN_CODE'],
    ['ratelimited_x', 429, 'TOO_MANY_REQUESTS'],
    ['risky_x', 403, 'RISKY_USER'],
  ])('maps the WeChat refusal of %s to %i %s', async (code, status, errorCode) => {
    const res = await ts.http.post('/api/auth/wechat').send({ code }).expect(status);
    expect(res.body.error.code).toBe(errorCode);
  });

  it('answers 400 for an empty code', async () => {
    await ts.http.post('/api/auth/wechat').send({ code: '  ' }).expect(400);
    await ts.http.post('/api/auth/wechat').send({}).expect(400);
  });
});

describe('GET /api/me', () => {
  it('answers the user with roles, bindings and admin scopes', async () => {
    const { organization } = await makeCommunity(ts);
    const admin = await makeUser(ts, { adminOf: organization.id });
    const res = await ts.http.get('/api/me').set(admin.auth).expect(200);
    expect(res.body).toMatchObject({ id: admin.id, roles: ['resident', 'org_admin'], bindings: { member: null }, adminScopes: [{ organizationId: organization.id }] });
  });

  it('answers 401 without a token', async () => {
    const res = await ts.http.get('/api/me').expect(401);
    expect(res.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('answers 401 for a token signed with another secret', async () => {
    const forged = jwt.sign({}, 'not-the-server-secret-at-all', { subject: '1' });
    const res = await ts.http.get('/api/me').set('Authorization', `Bearer ${forged}`).expect(401);
    expect(res.body.error.code).toBe('INVALID_TOKEN');
  });

  it('answers 401 for an expired token', async () => {
    const user = await makeUser(ts);
    const expired = jwt.sign({ exp: Math.floor(Date.now() / 1000) - 10 }, ts.deps.config.jwtSecret, { subject: String(user.id) });
    const res = await ts.http.get('/api/me').set('Authorization', `Bearer ${expired}`).expect(401);
    expect(res.body.error.message).toMatch(/过期/);
  });

  it('answers 401, never 500, for a token without exp or with a subject that is not a plain user id', async () => {
    const user = await makeUser(ts);
    const secret = ts.deps.config.jwtSecret;
    const id = user.id;
    const forged = [
      jwt.sign({ sub: String(id) }, secret, { noTimestamp: true }),
      ...[`${id}e0`, `${id}.0`, `0x${id.toString(16)}`, ` ${id}`, 'abc'].map((sub) => jwt.sign({}, secret, { subject: sub, expiresIn: 600 })),
      jwt.sign({ sub: id, exp: Math.floor(Date.now() / 1000) + 600 }, secret),
    ];
    for (const token of forged) {
      const res = await ts.http.get('/api/me').set('Authorization', `Bearer ${token}`);
      expect([res.status, res.body.error?.code]).toEqual([401, 'INVALID_TOKEN']);
    }
  });

  it('answers 401 for a malformed authorization header', async () => {
    await ts.http.get('/api/me').set('Authorization', 'Token abc').expect(401);
  });
});

describe('GET /api/auth/dev-logins', () => {
  it('is offered only in dev mode', async () => {
    const res = await ts.http.get('/api/auth/dev-logins').expect(200);
    expect(res.body.items.map((i: { code: string }) => i.code)).toContain('demo_admin');
  });
});
