import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeCommunity, makeUser, type TestUser } from './helpers/factories';
import { pngBytes } from './helpers/disclosures';
import { startTestServer, type TestServer } from './helpers/server';

let ts: TestServer;
let admin: TestUser;
let storageDir: string;
beforeAll(async () => {
  storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sunshine-files-'));
  ts = await startTestServer({ env: { STORAGE_DIR: storageDir, UPLOAD_LIMIT_MB: '1' } });
  admin = await makeUser(ts, { adminOf: (await makeCommunity(ts)).organization.id });
});
afterAll(async () => {
  await ts.close();
  fs.rmSync(storageDir, { recursive: true, force: true });
});

const upload = (bytes: Buffer, filename: string, user: TestUser | null = admin, field = 'file', contentType?: string) => {
  const req = ts.http.post('/api/files');
  if (user) req.set(user.auth);
  return req.attach(field, bytes, { filename, contentType: contentType ?? 'application/octet-stream' });
};

const samples: [string, Buffer, string][] = [
  ['PNG', pngBytes('png'), 'image/png'],
  ['JPEG', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), crypto.randomBytes(64)]), 'image/jpeg'],
  ['GIF', Buffer.concat([Buffer.from('GIF89a'), crypto.randomBytes(32)]), 'image/gif'],
  ['WebP', Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x10, 0, 0, 0]), Buffer.from('WEBPVP8 '), crypto.randomBytes(32)]), 'image/webp'],
  ['PDF', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF'), 'application/pdf'],
];

describe('uploading files', () => {
  it.each(samples)('stores a %s by its content and serves it back with its content type', async (_kind, bytes, contentType) => {
    const res = await upload(bytes, 'whatever.bin').expect(201);
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    expect(res.body).toEqual({ id: expect.any(Number), url: `/api/files/${sha256}`, contentType, size: bytes.length, sha256, name: 'whatever.bin' });
    const got = await ts.http.get(res.body.url).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(got.headers['content-type']).toBe(contentType);
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    // Only images show in place; a PDF is a download (it may carry script), and nothing runs on our origin.
    expect(got.headers['content-disposition']).toMatch(contentType.startsWith('image/') ? /^inline;/ : /^attachment;/);
    expect(got.headers['content-security-policy']).toMatch(/sandbox/);
    expect(Buffer.compare(got.body as Buffer, bytes)).toBe(0);
    expect(fs.existsSync(path.join(storageDir, sha256.slice(0, 2), sha256))).toBe(true);
  });

  it('stores the same bytes once: a second upload (even under another name) answers the first record', async () => {
    const bytes = pngBytes('same');
    const first = await upload(bytes, '村务照片.png').expect(201);
    const second = await upload(bytes, 'copy.png').expect(200);
    expect(second.body).toEqual(first.body);
    expect(first.body.name).toBe('村务照片.png');
    const racing = await Promise.all([1, 2, 3, 4].map(() => upload(pngBytes('race'), 'r.png')));
    expect(new Set(racing.map((r) => r.body.id)).size).toBe(1);
    expect(racing.filter((r) => r.status === 201)).toHaveLength(1);
  });

  it('answers 415 to content that is not an image or PDF, whatever its name or claimed type', async () => {
    const html = await upload(Buffer.from('<html><script>alert(1)</script></html>'), 'photo.png', admin, 'file', 'image/png').expect(415);
    expect(html.body.error.code).toBe('UNSUPPORTED_FILE_TYPE');
    await upload(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'a.svg', admin, 'file', 'image/svg+xml').expect(415);
    await upload(Buffer.from('PK\u0003\u0004zip'), 'scan.pdf', admin, 'file', 'application/pdf').expect(415);
  });

  it('answers 413 to a file over the size limit', async () => {
    const res = await upload(Buffer.concat([pngBytes(), Buffer.alloc(1024 * 1024 + 10)]), 'big.png').expect(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers 401 to an anonymous upload; a resident uploads photos (images) only', async () => {
    await upload(pngBytes('anon'), 'a.png', null).expect(401);
    const resident = await makeUser(ts);
    expect((await upload(pngBytes('resident'), 'a.png', resident).expect(201)).body).toMatchObject({ contentType: 'image/png' });
    const pdf = await upload(samples[4][1], 'scan.pdf', resident).expect(415);
    expect(pdf.body.error.code).toBe('UNSUPPORTED_FILE_TYPE');
  });

  it('holds a resident\'s photo to 5 MB, an admin\'s attachment to the configured limit', async () => {
    const own = await startTestServer({ env: { STORAGE_DIR: storageDir } }); // the default 10 MB
    try {
      const [resident, ownAdmin] = [await makeUser(own), await makeUser(own, { adminOf: (await makeCommunity(own)).organization.id })];
      const six = Buffer.concat([pngBytes('six'), Buffer.alloc(6 * 1024 * 1024)]);
      const big = await own.http.post('/api/files').set(resident.auth).attach('file', six, 'big.png').expect(413);
      expect(big.body.error.code).toBe('PAYLOAD_TOO_LARGE');
      await own.http.post('/api/files').set(ownAdmin.auth).attach('file', six, 'big.png').expect(201);
    } finally {
      await own.close();
    }
  });

  it('answers 400 when there is no file, or it comes under another field', async () => {
    await ts.http.post('/api/files').set(admin.auth).field('name', 'x').expect(400);
    await upload(pngBytes('field'), 'a.png', admin, 'photo').expect(400);
    await ts.http.post('/api/files').set(admin.auth).send({ file: 'not multipart' }).expect(400);
  });

  it('serves by the content\'s SHA-256 only: the numeric id of a stored file (a draft\'s attachment) is not a way in', async () => {
    const res = await upload(pngBytes('draft-list'), '名单.png').expect(201);
    await ts.http.get(`/api/files/${res.body.id}`).expect(400);
    await ts.http.get(`/api/files/${'0'.repeat(64)}`).expect(404);
    await ts.http.get('/api/files/abc').expect(400);
  });

  it('drops control and direction characters from file names (U+202E makes gpj.exe read as exe.jpg)', async () => {
    const res = await upload(pngBytes('rtlo'), '发票\u202Egpj.exe\u2066\u200B.png').expect(201);
    expect(res.body.name).toBe('发票gpj.exe.png');
    const only = await upload(pngBytes('only-controls'), '\u202E\u200F').expect(201);
    expect(only.body.name).toMatch(/^file-[0-9a-f]{8}$/);
  });
});
