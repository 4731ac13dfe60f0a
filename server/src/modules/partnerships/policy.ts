import type { EntityManager } from 'typeorm';
import { Forbidden } from '../../errors';
import { isAdmin, type Actor } from '../../core/actor';
import { assertAdminOf } from '../orgs';
import type { CommunityRef } from './communities';

/**
 * Who may change partnership records: an admin whose scope covers the community concerned — both
 * communities to pair them, the community itself for its lists, the owner community for a project.
 * 403 FORBIDDEN for a non-admin, 403 OUT_OF_SCOPE for an admin elsewhere. Answers the organisation
 * path for the audit record.
 */
export async function assertCommunityAdmin(db: EntityManager, actor: Actor, community: CommunityRef): Promise<string> {
  if (!isAdmin(actor)) throw new Forbidden('只有管理员可以维护联建共建');
  return assertAdminOf(db, actor, community.organizationId);
}

/** The nearest organisation over both paths (`/1/4/9/` and `/1/5/12/` → `/1/`): a pair belongs to both sides. */
export function commonPath(a: string, b: string): string {
  const sa = a.split('/').filter(Boolean);
  const sb = b.split('/').filter(Boolean);
  let n = 0;
  while (n < sa.length && sa[n] === sb[n]) n++;
  return `/${sa.slice(0, n).map((s) => `${s}/`).join('')}`;
}
