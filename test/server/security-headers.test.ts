import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestServer, type TestServer } from './helpers/server';

const INLINE = '!function(){document.documentElement.style.fontSize="20px"}()';
let h5Dir: string;
let ts: TestServer;
let behindProxy: TestServer;
beforeAll(async () => {
  h5Dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sunshine-h5-'));
  fs.writeFileSync(path.join(h5Dir, 'index.html'), `<!DOCTYPE html><html><head><script>${INLINE}</script><script src="/js/app.js"></script></head><body></body></html>`);
  ts = await startTestServer({ env: { H5_DIR: h5Dir } });
  behindProxy = await startTestServer({ env: { H5_DIR: h5Dir, TRUST_PROXY: 'true' } });
});
afterAll(async () => {
  await ts.close();
  await behindProxy.close();
  fs.rmSync(h5Dir, { recursive: true, force: true });
});

const expectProtected = (headers: Record<string, string>) => {
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  expect(headers['content-security-policy']).toMatch(/object-src 'none'/);
};

describe('security headers', () => {
  it('protect the API\'s answers, errors included', async () => {
    expectProtected((await ts.http.get('/api/health').expect(200)).headers);
    expectProtected((await ts.http.get('/api/no-such-thing').expect(404)).headers);
  });

  it('protect the H5 page and let its own inline script run by hash, and nothing else inline', async () => {
    const res = await ts.http.get('/').expect(200);
    expectProtected(res.headers);
    const hash = crypto.createHash('sha256').update(INLINE).digest('base64');
    expect(res.headers['content-security-policy']).toContain(`script-src 'self' 'sha256-${hash}';`);
    expect(res.headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('add HSTS only over HTTPS, and believe X-Forwarded-Proto only with TRUST_PROXY', async () => {
    const plain = await behindProxy.http.get('/api/health').expect(200);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const tls = await behindProxy.http.get('/api/health').set('X-Forwarded-Proto', 'https').expect(200);
    expect(tls.headers['strict-transport-security']).toMatch(/^max-age=31536000/);
    const forged = await ts.http.get('/api/health').set('X-Forwarded-Proto', 'https').expect(200);
    expect(forged.headers['strict-transport-security']).toBeUndefined();
  });
});
