import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { User } from '../auth';
import { Organization } from '../orgs';
import { Vote, VoteOption } from './entities';
import { recordBallot } from './service';

const DAY = 24 * 3600_000;
export const DEMO_VOTERS = 12;

/**
 * A closed residents' vote of 城阳村社区 on next year's 民生实事 (relative to the clock: it ran from
 * two weeks to one week ago), with the ballots of twelve demo residents, so its counts show.
 */
export async function seedVotes(deps: Deps): Promise<void> {
  const db = deps.db.manager;
  const org = await db.findOneBy(Organization, { name: '城阳村社区党委' });
  if (!org || (await db.existsBy(Vote, {}))) return;
  const admin = await db.findOneByOrFail(User, { openid: 'o_demo_community_admin' });
  const now = deps.clock.now().getTime();
  await db.createQueryBuilder().insert().into(User)
    .values(Array.from({ length: DEMO_VOTERS }, (_, i) => ({ openid: `o_demo_voter_${i + 1}`, nickname: `居民${i + 1}` })))
    .orIgnore().updateEntity(false).execute();
  const voters = await db.find(User, { where: Array.from({ length: DEMO_VOTERS }, (_, i) => ({ openid: `o_demo_voter_${i + 1}` })), order: { id: 'ASC' } });
  await inTransaction(deps.db, async (m) => {
    const vote = await m.save(m.create(Vote, {
      organizationId: org.id, title: '城阳村社区明年民生实事项目投票', maxChoices: 2, opensAt: new Date(now - 14 * DAY), closesAt: new Date(now - 7 * DAY),
      electorate: 'residents', subjectType: null, subjectId: null, createdById: admin.id, createdAt: new Date(now - 15 * DAY),
    }));
    const labels = ['村东主路路灯改造', '老年活动室扩建', '健身广场铺设塑胶地面', '垃圾分类亭增设'];
    await m.insert(VoteOption, labels.map((label, position) => ({ voteId: vote.id, position, label })));
    const options = await m.find(VoteOption, { where: { voteId: vote.id }, order: { position: 'ASC' } });
    const choices = [[0, 1], [0, 2], [1], [0, 1], [2, 3], [0], [1, 2], [0, 1], [3], [0, 2], [1], [0, 3]];
    for (const [i, u] of voters.entries()) await recordBallot(m, vote.id, u.id, choices[i % choices.length].map((k) => options[k].id));
  });
}
