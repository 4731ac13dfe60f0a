import { Brackets, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { Forbidden, getOrThrow } from '../../errors';
import { isDistrictAdmin, type Actor } from '../../core/actor';
import { anyAdmin, type Rule } from '../../core/policy';
import { Organization } from './entities';

/**
 * The one place that decides whether an admin's scope covers an organisation: a district admin
 * covers everything, an org_admin the subtree under each organisation they administer.
 */
export function covers(actor: Actor | undefined, organizationPath: string): boolean {
  if (!actor) return false;
  return isDistrictAdmin(actor) || actor.scopePaths.some((scope) => organizationPath.startsWith(scope));
}

export async function organizationPath(db: EntityManager, organizationId: number): Promise<string> {
  const org = getOrThrow(await db.findOne(Organization, { where: { id: organizationId }, select: { id: true, path: true } }), '组织');
  return org.path;
}

/** Throws 403 unless the actor administers the organisation; answers its path for audit records. */
export async function assertAdminOf(db: EntityManager, actor: Actor | undefined, organizationId: number): Promise<string> {
  const path = await organizationPath(db, organizationId);
  if (!covers(actor, path)) throw new Forbidden('不在您的管理范围内', 'OUT_OF_SCOPE');
  return path;
}

/** Path prefixes a list query must stay within, or `undefined` for a district admin (everything). */
export function scopePrefixes(actor: Actor): string[] | undefined {
  return isDistrictAdmin(actor) ? undefined : actor.scopePaths;
}

/**
 * The condition "`pathColumn` (an organisation's path) is in the actor's scope", to combine with
 * others; `undefined` when the scope is everything (a district admin). No scope matches nothing.
 */
export function scopeCondition(actor: Actor | undefined, pathColumn: string): Brackets | undefined {
  const prefixes = actor ? scopePrefixes(actor) : [];
  if (!prefixes) return undefined;
  return new Brackets((w) => {
    if (!prefixes.length) w.where('1 = 0');
    prefixes.forEach((p, i) => w.orWhere(`${pathColumn} LIKE :scope${i}`, { [`scope${i}`]: `${p}%` }));
  });
}

/** Restricts an admin list query to organisations in the actor's scope (`pathColumn` holds the organisation's path). */
export function withinScope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: Actor, pathColumn: string): SelectQueryBuilder<T> {
  const condition = scopeCondition(actor, pathColumn);
  if (condition) qb.andWhere(condition);
  return qb;
}

/** Where a resource sits in the tree: its organisation's id (loading what it needs). */
export type OrganizationOf<R> = (resource: R, db: EntityManager) => Promise<number> | number;
export const ownOrganization = (r: { organizationId: number }) => r.organizationId;

/** Rule: the actor administers the resource's organisation, else 403 OUT_OF_SCOPE. Answers the organisation's path. */
export const inScopeOf =
  <R>(organizationOf: OrganizationOf<R>): Rule<R, string> =>
  async (db, actor, resource) =>
    assertAdminOf(db, actor, await organizationOf(resource, db));

/** Rule: an admin (else 403 FORBIDDEN with `message`) whose scope covers the resource's organisation (else OUT_OF_SCOPE). */
export const adminIn =
  <R>(organizationOf: OrganizationOf<R>, message?: string): Rule<R, string> =>
  async (db, actor, resource) => {
    await anyAdmin(message)(db, actor);
    return inScopeOf(organizationOf)(db, actor, resource);
  };
