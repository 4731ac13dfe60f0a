import { makeCommunity, makeUser } from './helpers/factories';
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

describeOnMysql('an appointment revoked in one process', () => {
  const env = useServerProcesses(2);

  it('is refused in the other within the actor cache’s few seconds', async () => {
    const { organization } = await makeCommunity(env.ts);
    const admin = await makeUser(env.ts, { adminOf: organization.id });
    const user = await makeUser(env.ts);
    const [a, b] = env.processes;
    const appointed = await a.http.post('/api/admin/scopes').set(admin.auth).send({ userId: user.id, organizationId: organization.id }).expect(201);
    await b.http.get('/api/admin/member-bindings').set(user.auth).expect(200); // b now holds the user's actor
    await a.http.delete(`/api/admin/scopes/${appointed.body.id}`).set(admin.auth).expect(204);
    await a.http.get('/api/admin/member-bindings').set(user.auth).expect(403);
    const revokedAt = Date.now();
    while ((await b.http.get('/api/admin/member-bindings').set(user.auth)).status === 200) await new Promise((r) => setTimeout(r, 250));
    expect(Date.now() - revokedAt).toBeLessThan(6000);
  });
});
