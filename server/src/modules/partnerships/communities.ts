import type { EntityManager } from 'typeorm';
import { getOrThrow } from '../../errors';
import { Community, Street } from '../orgs';

export interface CommunityRef {
  id: number;
  name: string;
  kind: 'rural' | 'urban';
  streetId: number;
  streetName: string;
  organizationId: number;
}

/** Communities with their street names, by id, in one query (pages of pairs and projects name both sides). */
export async function communityRefs(db: EntityManager, ids: number[]): Promise<Map<number, CommunityRef>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db
    .createQueryBuilder(Community, 'c')
    .innerJoin(Street, 's', 's.id = c.streetId')
    .select(['c.id AS id', 'c.name AS name', 'c.kind AS kind', 'c.streetId AS streetId', 's.name AS streetName', 'c.organizationId AS organizationId'])
    .where('c.id IN (:...ids)', { ids: unique })
    .getRawMany();
  return new Map(rows.map((r) => [Number(r.id), { ...r, id: Number(r.id), streetId: Number(r.streetId), organizationId: Number(r.organizationId) }]));
}

export async function communityRef(db: EntityManager, id: number): Promise<CommunityRef> {
  return getOrThrow((await communityRefs(db, [id])).get(id), '社区');
}
