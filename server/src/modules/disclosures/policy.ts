import type { EntityManager } from 'typeorm';
import { Forbidden } from '../../errors';
import { isAdmin, type Actor } from '../../core/actor';
import { assertAdminOf, covers, organizationPath } from '../orgs';

/**
 * Who may do what with disclosures. Reading what is published: anyone. Writing drafts, publishing,
 * revising and answering: an admin whose scope covers the community's organisation (a street
 * admin covers every community of the street). Answers the organisation path for the audit log.
 */
export async function assertDisclosureAdmin(db: EntityManager, actor: Actor | undefined, organizationId: number): Promise<string> {
  if (!isAdmin(actor)) throw new Forbidden('只有管理员可以管理三务公开');
  return assertAdminOf(db, actor, organizationId);
}

/** Drafts are not public: only an admin in scope may read one (others are told it does not exist). */
export async function mayReadDraft(db: EntityManager, actor: Actor | undefined, organizationId: number): Promise<boolean> {
  return isAdmin(actor) && covers(actor, await organizationPath(db, organizationId));
}
