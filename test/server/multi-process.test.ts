import { makeCommunity } from './helpers/factories';
import { describeOnMysql, startServerProcesses } from './helpers/processes';
import { startTestServer, type TestServer } from './helpers/server';

describeOnMysql('two server processes on one MySQL database', () => {
  let ts: TestServer;
  let cluster: Awaited<ReturnType<typeof startServerProcesses>>;
  beforeAll(async () => {
    ts = await startTestServer();
    cluster = await startServerProcesses(2, { databaseUrl: ts.databaseUrl, wechatUrl: ts.wechat.url });
  });
  afterAll(async () => {
    await cluster?.stop();
    await ts?.close();
  });

  it('keeps one open member binding per user when requests hit both processes at once', async () => {
    const { organization } = await makeCommunity(ts);
    const login = await cluster.processes[0].http.post('/api/auth/wechat').send({ code: 'two_process_user' }).expect(200);
    const auth = { Authorization: `Bearer ${login.body.token}` };
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        cluster.processes[i % 2].http.post('/api/me/member-binding').set(auth).send({ name: '张某', phone: '13912345678', organizationId: organization.id }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(19);
  });
});
