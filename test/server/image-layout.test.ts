import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { startTestServer, type TestServer } from './helpers/server';

const root = path.resolve(__dirname, '../..');
const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

/** What the runtime stage copies from the build stage: [source, destination] relative to /app. */
const runtimeCopies = [...dockerfile.matchAll(/^COPY --from=build \/app\/(\S+) \.\/(\S+)$/gm)].map((m) => [m[1], m[2]] as const);

/**
 * Docker is not on every machine that runs this suite, so the image is checked by its parts: the
 * build stage's steps are scripts that exist, and the service starts in production mode from
 * exactly the files the runtime stage copies (nothing else of the repository beside it).
 */
describe('the Dockerfile', () => {
  let ts: TestServer;
  let dir: string;
  beforeAll(async () => {
    ts = await startTestServer();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'image-'));
  });
  afterAll(async () => {
    await ts?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('builds with scripts package.json has and runs as an unprivileged user with a health check', () => {
    const scripts = [...dockerfile.matchAll(/npm run ([\w:]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual(expect.arrayContaining(['build:h5', 'build:admin', 'build:server']));
    for (const s of scripts) expect(pkg.scripts[s]).toBeDefined();
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n\s+CMD .*\/api\/health/m);
    expect(runtimeCopies.map(([from]) => from)).toEqual(['package.json', 'node_modules', 'server/dist', 'dist/h5', 'dist/admin']);
  });

  it('starts in production mode from the files the runtime stage copies', async () => {
    for (const [from, to] of runtimeCopies) {
      const source = path.join(root, from);
      if (from === 'node_modules') fs.symlinkSync(source, path.join(dir, to)); // the same packages, not a 1 GB copy
      else if (fs.existsSync(source)) fs.cpSync(source, path.join(dir, to), { recursive: true });
      else if (!from.startsWith('dist/')) throw new Error(`${from} is not built`); // the apps are built by the e2e setup, not here
    }
    const key = crypto.generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const child = spawn(process.execPath, ['server/dist/src/main.js'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: ts.databaseUrl.startsWith('sqlite:') ? `sqlite:${path.join(dir, 'data/app.sqlite')}` : ts.databaseUrl,
        WECHAT_APPID: 'wx_image_check', WECHAT_SECRET: 'image-check-secret', WECHAT_API_BASE: ts.wechat.url, JWT_SECRET: crypto.randomBytes(32).toString('hex'), WITNESS_KEY: key,
        WECHAT_TEMPLATE_REPLY: 't1', WECHAT_TEMPLATE_DUE: 't2', WECHAT_TEMPLATE_OVERDUE: 't3', WECHAT_TEMPLATE_REVIEW: 't4', WECHAT_TEMPLATE_ACTIVITY_REMINDER: 't5', WECHAT_TEMPLATE_ACTIVITY_CANCELLED: 't6',
      },
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        const timer = setTimeout(() => reject(new Error(`did not start:\n${output}`)), 30000);
        const read = (chunk: Buffer) => {
          output += chunk.toString();
          const m = output.match(/listening on (http:\/\/localhost:\d+)/);
          if (!m) return;
          clearTimeout(timer);
          resolve(m[1].replace('localhost', '127.0.0.1'));
        };
        child.stdout!.on('data', read);
        child.stderr!.on('data', read);
        child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
      });
      await request(url).get('/api/health').expect(200, { status: 'ok', db: 'ok' });
      await request(url).get('/api/communities').expect(200);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
