import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, ConfigError } from '../../server/src/config';
import { makeCommunity, makeUser, type TestUser } from './helpers/factories';
import { pngBytes } from './helpers/disclosures';
import { FAKE_S3_CREDENTIALS, startFakeS3, type FakeS3 } from './helpers/fake-s3';
import { describeOnMysql, startServerProcesses } from './helpers/processes';
import { startTestServer, type TestServer } from './helpers/server';

const binary = (r: NodeJS.ReadableStream, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  r.on('data', (c: Buffer) => chunks.push(c));
  r.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('STORAGE_URL', () => {
  it('reads bucket, prefix, endpoint, region and path style from an s3:// URL', () => {
    const config = loadConfig({ STORAGE_URL: 's3://sunshine-1250000000/uploads?endpoint=https://cos.ap-shanghai.myqcloud.com&region=ap-shanghai' });
    expect(config.storage).toEqual({ kind: 's3', bucket: 'sunshine-1250000000', prefix: 'uploads/', endpoint: 'https://cos.ap-shanghai.myqcloud.com', region: 'ap-shanghai', forcePathStyle: false });
  });

  it('keeps files on local disk when it is not set (the embedded default)', () => {
    expect(loadConfig({ STORAGE_DIR: '/srv/files' }).storage).toEqual({ kind: 'disk', dir: '/srv/files' });
  });

  it.each(['ftp://bucket', 's3://', 's3://Bad_Bucket/x'])('refuses %s at start', (url) => {
    expect(() => loadConfig({ STORAGE_URL: url })).toThrow(ConfigError);
  });
});

describe('uploads in an S3-compatible bucket', () => {
  let s3: FakeS3;
  let ts: TestServer;
  let admin: TestUser;
  let storageDir: string;
  const saved = { ...process.env };
  beforeAll(async () => {
    s3 = await startFakeS3();
    Object.assign(process.env, FAKE_S3_CREDENTIALS); // the SDK's standard credential chain, as on a server
    storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sunshine-s3-'));
    ts = await startTestServer({ env: { STORAGE_DIR: storageDir, STORAGE_URL: `s3://sunshine/district/?endpoint=${s3.url}&forcePathStyle=true` } });
    admin = await makeUser(ts, { adminOf: (await makeCommunity(ts)).organization.id });
  });
  afterAll(async () => {
    await ts.close();
    await s3.close();
    process.env = saved;
    fs.rmSync(storageDir, { recursive: true, force: true });
  });

  it('puts the bytes in the bucket under the prefix and the content hash, not on local disk, and serves them back', async () => {
    const bytes = pngBytes('in-the-bucket');
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    const res = await ts.http.post('/api/files').set(admin.auth).attach('file', bytes, { filename: '公开栏.png', contentType: 'image/png' }).expect(201);
    expect(s3.objects.get(`sunshine/district/${sha256}`)).toEqual({ bytes, contentType: 'image/png' });
    expect(fs.readdirSync(storageDir)).toEqual([]);
    const got = await ts.http.get(res.body.url).buffer(true).parse(binary).expect(200);
    expect(Buffer.compare(got.body as Buffer, bytes)).toBe(0);
    expect(got.headers['content-type']).toBe('image/png');
    expect(s3.refused).toBe(0);
  });

  it('answers 404 for a file whose bytes are gone from the bucket', async () => {
    const bytes = pngBytes('removed-later');
    const res = await ts.http.post('/api/files').set(admin.auth).attach('file', bytes, { filename: 'x.png', contentType: 'image/png' }).expect(201);
    s3.objects.delete(`sunshine/district/${res.body.sha256}`);
    const gone = await ts.http.get(res.body.url).expect(404);
    expect(gone.body.error.code).toBe('NOT_FOUND');
  });
});

describeOnMysql('two service processes sharing one bucket and one database', () => {
  it('a file uploaded through one process is served by the other (no state on either machine)', async () => {
    const s3 = await startFakeS3();
    const ts = await startTestServer();
    const env = { ...FAKE_S3_CREDENTIALS, STORAGE_URL: `s3://sunshine?endpoint=${s3.url}&forcePathStyle=true`, STORAGE_DIR: '/nonexistent/not-used' };
    const { processes: [a, b], stop } = await startServerProcesses(2, { databaseUrl: ts.databaseUrl, wechatUrl: ts.wechat.url, env });
    try {
      const admin = await makeUser(ts, { adminOf: (await makeCommunity(ts)).organization.id });
      const bytes = pngBytes('shared');
      const res = await a.http.post('/api/files').set(admin.auth).attach('file', bytes, { filename: 'shared.png', contentType: 'image/png' }).expect(201);
      const got = await b.http.get(res.body.url).buffer(true).parse(binary).expect(200);
      expect(Buffer.compare(got.body as Buffer, bytes)).toBe(0);
      expect(s3.objects.size).toBe(1);
    } finally {
      await stop();
      await ts.close();
      await s3.close();
    }
  });
});
