import { Brackets, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { Forbidden, getOrThrow } from '../../errors';
import { isDistrictAdmin, type Actor } from '../../core/actor';
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

/** Restricts an admin list query to organisations in the actor's scope (`pathColumn` holds the organisation's path). */
export function withinScope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: Actor, pathColumn: string): SelectQueryBuilder<T> {
  const prefixes = scopePrefixes(actor);
  if (prefixes) qb.andWhere(new Brackets((w) => prefixes.forEach((p, i) => w.orWhere(`${pathColumn} LIKE :scope${i}`, { [`scope${i}`]: `${p}%` }))));
  return qb;
}
