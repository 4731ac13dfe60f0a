import type { Deps } from '../../deps';
import { grantRole, User } from '../auth';
import { Organization } from '../orgs';
import { MemberBinding, PartyMember } from './entities';

/** The demo member of 城阳村社区, a roll of other members there, and one binding request awaiting review. */
export async function seedMembers(deps: Deps): Promise<void> {
  const db = deps.db.manager;
  const org = await db.findOneByOrFail(Organization, { name: '城阳村社区党委' });
  if (await db.countBy(PartyMember, { organizationId: org.id })) return;
  const member = await db.findOneByOrFail(User, { openid: 'o_demo_member' });
  await db.insert(PartyMember, { userId: member.id, name: '党员甲', phone: '13800000001', organizationId: org.id });
  await grantRole(db, member.id, 'member');
  // Members without a WeChat binding yet: the roll an admin keeps.
  await db.insert(
    PartyMember,
    Array.from({ length: 30 }, (_, i) => ({ userId: null, name: `党员${i + 1}号`, phone: `1380000${String(1000 + i)}`, organizationId: org.id })),
  );
  await db.createQueryBuilder().insert().into(User).values({ openid: 'o_demo_applicant', nickname: '申请人' }).orIgnore().updateEntity(false).execute();
  const applicant = await db.findOneByOrFail(User, { openid: 'o_demo_applicant' });
  await db.insert(MemberBinding, { userId: applicant.id, pendingUserId: applicant.id, name: '申请人乙', phone: '13900000002', organizationId: org.id, status: 'pending' });
}
