import { makeCommunity, makeUser } from './helpers/factories';
import { chainVerifies, makeDraft } from './helpers/disclosures';
import { describeOnMysql, useServerProcesses } from './helpers/processes';

describeOnMysql('publishing from two server processes on one MySQL database', () => {
  const env = useServerProcesses(2);

  it('leaves one verifying chain when publishes on one community race across processes', async () => {
    const c = await makeCommunity(env.ts);
    const admin = await makeUser(env.ts, { adminOf: c.organization.id });
    const drafts = await Promise.all(Array.from({ length: 16 }, (_, i) => makeDraft(env.ts, admin, { communityId: c.community.id, title: `两进程${i}` })));
    const results = await Promise.all(drafts.map((d, i) => env.processes[i % 2].http.post(`/api/disclosures/${d.id}/publish`).set(admin.auth)));
    expect(results.map((r) => r.status)).toEqual(drafts.map(() => 200));
    const chain = await env.processes[0].http.get(`/api/communities/${c.community.id}/disclosure-chain`).expect(200);
    expect(chain.body).toMatchObject({ verified: true, length: 16 });
    expect(chainVerifies(c.community.id, chain.body.entries)).toBe(true);
  });

  it('publishes one draft once when both processes publish it at once', async () => {
    const c = await makeCommunity(env.ts);
    const admin = await makeUser(env.ts, { adminOf: c.organization.id });
    const draft = await makeDraft(env.ts, admin, { communityId: c.community.id });
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => env.processes[i % 2].http.post(`/api/disclosures/${draft.id}/publish`).set(admin.auth)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
  });
});
