import type { Actor } from '../../core/actor';
import { yearOf } from '../../core/time';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { User } from '../auth';
import { PartyMember } from '../members';
import { Organization } from '../orgs';
import { recordBallot, voteResult } from '../votes';
import { SunshineSelection } from './entities';
import { createSelection, openSelectionVote, publishSelectionNotice } from './service';

const DAY = 24 * 3600_000;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * 城阳村社区's 阳光党员 selection of this year in its 公示 stage, relative to the clock: nominated eight
 * days ago, voted on from six days to a day ago, its winners published yesterday for seven days. Run
 * through the selection's own steps by the community's demo admin, so it is audited like any other.
 */
export async function seedSunshineSelections(deps: Deps): Promise<void> {
  const db = deps.db.manager;
  const org = await db.findOneBy(Organization, { name: '城阳村社区党委' });
  if (!org || (await db.existsBy(SunshineSelection, {}))) return;
  const admin = await db.findOneByOrFail(User, { openid: 'o_demo_community_admin' });
  const actor: Actor = { id: admin.id, openid: admin.openid, roles: ['org_admin'], scopePaths: [org.path] };
  const now = deps.clock.now().getTime();
  const created = await createSelection(deps, actor, { organizationId: org.id, year: yearOf(deps.clock.now()), seats: 3 });
  await db.update(SunshineSelection, { id: created.id }, { createdAt: new Date(now - 8 * DAY) });
  const voting = await openSelectionVote(deps, actor, created.id, { opensAt: iso(now - 6 * DAY), closesAt: iso(now - DAY) });
  const vote = await voteResult(db, undefined, voting.voteId!, new Date(now));
  // The bound members of the roll voted (the demo roll has few bound to WeChat users).
  const voters = await db.createQueryBuilder(PartyMember, 'pm').where('pm.organizationId = :org AND pm.userId IS NOT NULL', { org: org.id }).getMany();
  await inTransaction(deps.db, async (m) => {
    for (const v of voters) await recordBallot(m, vote.id, v.userId!, vote.options.slice(0, 3).map((o) => o.id));
  });
  await publishSelectionNotice(deps, actor, created.id, { startsAt: iso(now - DAY), endsAt: iso(now + 6 * DAY) });
}
