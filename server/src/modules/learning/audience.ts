import type { EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor';
import { Forbidden } from '../../errors';
import { partyMemberOf } from '../members';
import { Organization } from '../orgs';

/** '/1/4/9/' → ['/1/', '/1/4/', '/1/4/9/']: the organisations whose courses and exams reach this one. */
export function ancestorPaths(path: string): string[] {
  const ids = path.split('/').filter(Boolean);
  return ids.map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`);
}

/** The caller's roll entry and its organisation's path; 403 NOT_MEMBER for anyone not a verified member. */
export async function memberOf(db: EntityManager, actor: Actor | undefined) {
  const member = actor?.roles.includes('member') ? await partyMemberOf(db, actor.id) : null;
  if (!member) throw new Forbidden('仅对认证党员开放', 'NOT_MEMBER');
  const org = await db.findOneByOrFail(Organization, { id: member.organizationId });
  return { member, path: org.path };
}
