import { makeCommunity, makeStreet, makeUser } from './helpers/factories';
import { describeOnMysql, useServerProcesses } from './helpers/processes';

// The rules under concurrency, with requests spread over two service processes on one MariaDB.
describeOnMysql('ratings and scheduling across two server processes', () => {
  const env = useServerProcesses(2);

  it('many weak ratings at once open one rectification list; one scheduling meeting per month', async () => {
    const { street, organization: streetOrg } = await makeStreet(env.ts);
    const { organization } = await makeCommunity(env.ts, { streetId: street.id });
    const admin = await makeUser(env.ts, { adminOf: streetOrg.id });
    const ratings = await Promise.all(
      Array.from({ length: 12 }, (_, i) => env.processes[i % 2].http.put(`/api/organizations/${organization.id}/rating`).set(admin.auth).send({ year: 2025, level: 'weak', reason: '班子软弱' })),
    );
    expect(ratings.map((r) => r.status)).toEqual(Array(12).fill(200));
    const lists = await env.processes[0].http.get(`/api/task-lists?organizationId=${organization.id}&kind=rectification`).expect(200);
    expect(lists.body.total).toBe(1);

    const body = { organizationId: streetOrg.id, month: '2025-06', heldAt: '2025-06-09T01:00:00Z', title: '6月党建专题调度会议', decisions: '推进责任清单' };
    const held = await Promise.all(Array.from({ length: 12 }, (_, i) => env.processes[i % 2].http.post('/api/scheduling-meetings').set(admin.auth).send(body)));
    expect(held.filter((r) => r.status === 201)).toHaveLength(1);
    expect(held.filter((r) => r.status === 409)).toHaveLength(11);
  });
});
