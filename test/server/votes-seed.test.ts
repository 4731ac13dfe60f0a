import { seedDemoUsers } from '../../server/src/modules/auth/seed';
import { seedMembers } from '../../server/src/modules/members/seed';
import { Organization } from '../../server/src/modules/orgs/entities';
import { seedDistrict } from '../../server/src/modules/orgs/seed';
import { seedPublicNotices } from '../../server/src/modules/public-notices/seed';
import { seedSunshineSelections } from '../../server/src/modules/sunshine-selections/seed';
import { seedVotes } from '../../server/src/modules/votes/seed';
import { startTestServer, type TestServer } from './helpers/server';

jest.setTimeout(60000);

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer({ now: '2026-11-16T02:00:00Z' });
});
afterAll(() => ts.close());

describe('demo data of votes, notices and the selection', () => {
  it('seeds a closed vote with counts, a running notice with an answered objection and a selection in its 公示 stage, once', async () => {
    await seedDistrict(ts.deps);
    await seedDemoUsers(ts.deps);
    await seedMembers(ts.deps);
    for (let i = 0; i < 2; i++) {
      await seedVotes(ts.deps);
      await seedPublicNotices(ts.deps);
      await seedSunshineSelections(ts.deps);
    }
    const org = await ts.deps.db.manager.findOneByOrFail(Organization, { name: '城阳村社区党委' });
    const votes = (await ts.http.get(`/api/votes?organizationId=${org.id}`).expect(200)).body;
    expect(votes.total).toBe(2);
    const closed = votes.items.find((v: { electorate: string }) => v.electorate === 'residents');
    expect(closed).toMatchObject({ status: 'closed', ballotCount: 12 });
    expect(closed.options.map((o: { count: number }) => o.count)).toEqual([7, 6, 4, 3]);

    const notices = (await ts.http.get(`/api/public-notices?organizationId=${org.id}&active=true`).expect(200)).body;
    expect(notices.total).toBe(2);
    const lease = (await ts.http.get(`/api/public-notices/${notices.items.find((n: { subject: unknown }) => !n.subject).id}`).expect(200)).body;
    expect(lease).toMatchObject({ status: 'running', objectionCount: 1, answeredCount: 1, upheldCount: 0 });
    expect(lease.objections[0].reply).toEqual(expect.any(String));

    const selections = (await ts.http.get(`/api/sunshine-selections?organizationId=${org.id}`).expect(200)).body;
    expect(selections.items).toEqual([expect.objectContaining({ year: 2026, status: 'notice', seats: 3 })]);
    const selection = (await ts.http.get(`/api/sunshine-selections/${selections.items[0].id}`).expect(200)).body;
    expect(selection.candidates).toHaveLength(4);
    expect(selection.winners).toHaveLength(3);
    const s = selection.schedule;
    expect([s.nominatedAt, s.voteOpensAt, s.voteClosesAt, s.noticeStartsAt].every((d: string) => Date.parse(d) < ts.clock.now().getTime())).toBe(true);
    expect(Date.parse(s.noticeEndsAt)).toBeGreaterThan(ts.clock.now().getTime());
  });
});
