import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Community } from '../orgs';
import { Partnership, PartnershipMembership, PartnershipProject, type ProjectCategory, type ProjectStatus } from './entities';

/**
 * The queries behind every partnership figure. A dashboard number and the list it drills into are
 * built from the same function here, so the count and its rows cannot drift apart.
 */
export interface PairFilter {
  year?: number;
  /** Pairs with a community in this street (pairs cross street lines, so either side counts). */
  streetId?: number;
}
export interface ProjectFilter extends PairFilter {
  category?: ProjectCategory;
  status?: ProjectStatus;
  partnershipId?: number;
}

function whereOfPair<T extends object>(qb: SelectQueryBuilder<T>, alias: string, f: PairFilter): SelectQueryBuilder<T> {
  if (f.year) qb.andWhere(`${alias}.year = :year`, { year: f.year });
  if (f.streetId) {
    const inStreet = qb
      .subQuery()
      .select('m.partnershipId')
      .from(PartnershipMembership, 'm')
      .innerJoin(Community, 'mc', 'mc.id = m.communityId')
      .where('mc.streetId = :streetId')
      .getQuery();
    qb.andWhere(`${alias}.id IN ${inStreet}`, { streetId: f.streetId });
  }
  return qb;
}

export const pairsQuery = (db: EntityManager, f: PairFilter) => whereOfPair(db.createQueryBuilder(Partnership, 'p'), 'p', f);

/** Communities that are in a pair (in the year), counted once each; with a street, that street's own communities. */
export function pairedCommunitiesQuery(db: EntityManager, f: PairFilter) {
  const qb = db.createQueryBuilder(Community, 'c');
  const paired = qb.subQuery().select('pm.communityId').from(PartnershipMembership, 'pm');
  if (f.year) paired.where('pm.year = :year');
  qb.where(`c.id IN ${paired.getQuery()}`, f.year ? { year: f.year } : {});
  if (f.streetId) qb.andWhere('c.streetId = :streetId', { streetId: f.streetId });
  return qb;
}

export function projectsQuery(db: EntityManager, f: ProjectFilter) {
  const qb = whereOfPair(db.createQueryBuilder(PartnershipProject, 'pr').innerJoin(Partnership, 'p', 'p.id = pr.partnershipId'), 'p', f);
  if (f.category) qb.andWhere('pr.category = :category', { category: f.category });
  if (f.status) qb.andWhere('pr.status = :status', { status: f.status });
  if (f.partnershipId) qb.andWhere('pr.partnershipId = :pid', { pid: f.partnershipId });
  return qb;
}
