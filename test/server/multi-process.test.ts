import { makeCommunity } from './helpers/factories';
import { describeOnMysql, useServerProcesses } from './helpers/processes';

describeOnMysql('two server processes on one MySQL database', () => {
  const env = useServerProcesses(2);

  it('keeps one open member binding per user when requests hit both processes at once', async () => {
    const { organization } = await makeCommunity(env.ts);
    const login = await env.processes[0].http.post('/api/auth/wechat').send({ code: 'two_process_user' }).expect(200);
    const auth = { Authorization: `Bearer ${login.body.token}` };
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        env.processes[i % 2].http.post('/api/me/member-binding').set(auth).send({ name: '张某', phone: '13912345678', organizationId: organization.id }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(19);
  });
});
