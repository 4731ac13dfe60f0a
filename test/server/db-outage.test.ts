import net from 'node:net';
import mysql from 'mysql2/promise';
import { openDatabase } from '../../server/src/db/data-source';
import { schema } from '../../server/src/modules/registry';
import { describeOnMysql, startServerProcesses } from './helpers/processes';
import { startTestServer, type TestServer } from './helpers/server';

/** A TCP relay to MariaDB that the test can take down and bring back: the database "goes away". */
function databaseRelay(target: URL) {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 3306), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  return {
    listen: (port = 0) => new Promise<number>((resolve) => server.listen(port, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port))),
    /** Refuses new connections and cuts the open ones. */
    down: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const s of sockets) s.destroy();
    }),
  };
}

const through = (databaseUrl: string, port: number) => {
  const u = new URL(databaseUrl);
  u.hostname = '127.0.0.1';
  u.port = String(port);
  return u.toString();
};

describeOnMysql('the database away', () => {
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer();
  });
  afterAll(() => ts.close());

  it('answers data requests 503 with Retry-After (health too) while the database is unreachable', async () => {
    const relay = databaseRelay(new URL(ts.databaseUrl));
    const port = await relay.listen();
    const cluster = await startServerProcesses(1, { databaseUrl: through(ts.databaseUrl, port), wechatUrl: ts.wechat.url });
    try {
      const [service] = cluster.processes;
      await service.http.get('/api/activities').expect(200);
      await relay.down();
      const res = await service.http.get('/api/activities');
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body.error).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      const health = await service.http.get('/api/health').expect(503);
      expect(health.headers['retry-after']).toBe('5');
    } finally {
      await cluster.stop();
      await relay.down().catch(() => undefined);
    }
  });

  it('waits at start for a database that comes up later, instead of exiting', async () => {
    const relay = databaseRelay(new URL(ts.databaseUrl));
    const port = await relay.listen();
    await relay.down(); // the port is known and nothing listens on it yet
    const later = databaseRelay(new URL(ts.databaseUrl));
    setTimeout(() => void later.listen(port), 2500);
    const started = Date.now();
    const cluster = await startServerProcesses(1, { databaseUrl: through(ts.databaseUrl, port), wechatUrl: ts.wechat.url, env: { DB_WAIT_SECONDS: '30' } });
    try {
      expect(Date.now() - started).toBeGreaterThan(2000);
      await cluster.processes[0].http.get('/api/health').expect(200);
    } finally {
      await cluster.stop();
      await later.down();
    }
  });

  it('refuses to start on a latin1 database, saying so', async () => {
    const base = new URL(ts.databaseUrl);
    const name = `latin1_${process.pid}_${Date.now()}`;
    const admin = await mysql.createConnection({ host: base.hostname, port: Number(base.port || 3306), user: decodeURIComponent(base.username), password: decodeURIComponent(base.password) });
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET latin1 COLLATE latin1_swedish_ci`);
    try {
      base.pathname = `/${name}`;
      await expect(openDatabase(base.toString(), schema)).rejects.toThrow(/uses latin1 .*needs utf8mb4/);
    } finally {
      await admin.query(`DROP DATABASE \`${name}\``);
      await admin.end();
    }
  });
});
