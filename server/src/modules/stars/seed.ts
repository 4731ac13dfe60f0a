import { yearOf } from '../../core/time';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { User } from '../auth';
import { PartyMember } from '../members';
import { Organization } from '../orgs';
import { MemberReview, type ReviewResult } from './entities';
import { rateSubtree } from './service';

/** 城阳村社区's 民主评议 this year: the named members' results, the rest of the roll qualified. */
const REVIEWS: Record<string, ReviewResult> = { 党员甲: 'excellent', 党员1号: 'excellent', 党员2号: 'qualified', 党员3号: 'basic', 党员4号: 'qualified', 党员5号: 'unqualified' };

/** Reviews and stars for the demo branch, computed from this year's points (after the activities' check-ins are in the ledger). */
export async function seedStars(deps: Deps): Promise<void> {
  const db = deps.db.manager;
  if (await db.countBy(MemberReview, {})) return;
  const org = await db.findOneByOrFail(Organization, { name: '城阳村社区党委' });
  const admin = await db.findOneByOrFail(User, { openid: 'o_demo_community_admin' });
  const year = yearOf(deps.clock.now());
  const members = await db.findBy(PartyMember, { organizationId: org.id });
  await inTransaction(deps.db, async (m) => {
    await m.insert(MemberReview, members.map((p) => ({ memberId: p.id, year, result: REVIEWS[p.name] ?? 'qualified', recordedBy: admin.id })));
    await rateSubtree(m, org.path, year);
  });
}
