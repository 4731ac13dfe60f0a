import type { Role } from '../../core/actor';
import type { Deps } from '../../deps';
import { Organization } from '../orgs';
import { AdminScope, User } from './entities';
import { grantRole } from './service';

/** The demo users of API.md (openid = `o_` + dev login code). */
export const DEMO_USERS: { openid: string; nickname: string; roles: Role[]; scope?: string }[] = [
  { openid: 'o_demo_admin', nickname: '区委组织部管理员', roles: ['district_admin'] },
  { openid: 'o_demo_street_admin', nickname: '城阳街道管理员', roles: [], scope: '城阳街道党工委' },
  { openid: 'o_demo_community_admin', nickname: '城阳村社区管理员', roles: [], scope: '城阳村社区党委' },
  { openid: 'o_demo_member', nickname: '城阳村党员', roles: [] },
  { openid: 'o_demo_merchant', nickname: '北曲商户', roles: [] },
];

export async function seedDemoUsers(deps: Deps): Promise<void> {
  const db = deps.db.manager;
  for (const u of DEMO_USERS) {
    await db.createQueryBuilder().insert().into(User).values({ openid: u.openid, nickname: u.nickname }).orIgnore().updateEntity(false).execute();
    const user = await db.findOneByOrFail(User, { openid: u.openid });
    for (const role of u.roles) await grantRole(db, user.id, role);
    if (!u.scope) continue;
    const org = await db.findOneByOrFail(Organization, { name: u.scope });
    await db.createQueryBuilder().insert().into(AdminScope).values({ userId: user.id, organizationId: org.id }).orIgnore().updateEntity(false).execute();
  }
}
