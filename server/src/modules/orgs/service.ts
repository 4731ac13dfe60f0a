import { IsNull, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor';
import { page, type PagingInput } from '../../core/paging';
import { getOrThrow } from '../../errors';
import { orgPolicy } from './policy';
import { scopePrefixes } from './scope';
import { Community, NewOrganization, Organization, Street } from './entities';
import { presentOrganization } from './present';

/**
 * The list every resident's first screen asks for, so it is hand-written SQL (portable to both
 * dialects) run as two queries at once: the query builder cost about a third of this request's CPU
 * in the read benchmark (docs/PERFORMANCE.md).
 */
export async function listCommunities(db: EntityManager, q: PagingInput & { streetId?: number; q?: string }, withinPaths?: string[]) {
  const where: string[] = ['c.closedAt IS NULL'];
  const params: unknown[] = [];
  let join = '';
  if (withinPaths) {
    // No scope at all matches nothing, not everything.
    join = ' INNER JOIN organizations o ON o.id = c.organizationId';
    where.push(withinPaths.length ? `(${withinPaths.map(() => 'o.path LIKE ?').join(' OR ')})` : '1 = 0');
    params.push(...withinPaths.map((p) => `${p}%`));
  }
  if (q.streetId) {
    where.push('c.streetId = ?');
    params.push(q.streetId);
  }
  if (q.q) {
    where.push("c.name LIKE ? ESCAPE '!'");
    params.push(`%${q.q.replace(/[%_!]/g, '!$&')}%`);
  }
  const from = `FROM communities c INNER JOIN streets s ON s.id = c.streetId${join} WHERE ${where.join(' AND ')}`;
  const [count, rows] = await Promise.all([
    db.query(`SELECT COUNT(*) AS total ${from}`, params),
    db.query(
      `SELECT c.id, c.name, c.kind, c.streetId, s.name AS streetName, c.organizationId ${from} ORDER BY c.streetId, c.id LIMIT ? OFFSET ?`,
      [...params, q.pageSize, (q.page - 1) * q.pageSize],
    ),
  ]);
  const items = (rows as Record<string, unknown>[]).map((r) => ({
    id: Number(r.id), name: r.name as string, kind: r.kind as Community['kind'], streetId: Number(r.streetId), streetName: r.streetName as string, organizationId: Number(r.organizationId),
  }));
  return page(items, Number(count[0]?.total ?? 0), q);
}

/**
 * The communities an admin acts for (publishing, answering): those whose organisation lies in the
 * admin's scope, so a street's 党工委 covers its communities and a district admin all of them.
 */
export async function listCommunitiesInScope(db: EntityManager, actor: Actor, q: PagingInput & { streetId?: number; q?: string }) {
  await orgPolicy.listCommunitiesInScope(db, actor);
  return listCommunities(db, q, scopePrefixes(actor));
}

export async function getCommunity(db: EntityManager, id: number) {
  const c = getOrThrow(await db.findOneBy(Community, { id }), '社区');
  const street = await db.findOneByOrFail(Street, { id: c.streetId });
  return { id: c.id, name: c.name, kind: c.kind, streetId: c.streetId, streetName: street.name, organizationId: c.organizationId };
}

export async function listStreets(db: EntityManager) {
  const streets = await db.find(Street, { where: { closedAt: IsNull() }, order: { id: 'ASC' } });
  return { items: streets.map((s) => ({ id: s.id, name: s.name, organizationId: s.organizationId })) };
}

export async function listOrganizations(db: EntityManager, q: PagingInput & { parentId?: number }) {
  const [rows, total] = await db.findAndCount(Organization, {
    where: { parentId: q.parentId ?? IsNull(), closedAt: IsNull() },
    order: { id: 'ASC' },
    skip: (q.page - 1) * q.pageSize,
    take: q.pageSize,
  });
  return page(rows.map(presentOrganization), total, q);
}

export async function getOrganization(db: EntityManager, id: number) {
  return presentOrganization(getOrThrow(await db.findOneBy(Organization, { id }), '组织'));
}

/**
 * 应建尽建率: of the operating two-new organisations that have party members (should establish),
 * how many have their own party organisation or are covered by a joint one.
 */
export async function newOrganizationCoverage(db: EntityManager, q: { streetId?: number }) {
  const qb = db
    .createQueryBuilder(NewOrganization, 'n')
    .innerJoin(Street, 's', 's.id = n.streetId')
    .select('n.streetId', 'streetId')
    .addSelect('s.name', 'streetName')
    .addSelect('COUNT(*)', 'shouldEstablish')
    .addSelect('SUM(CASE WHEN n.partyOrganizationId IS NOT NULL OR n.jointOrganizationId IS NOT NULL THEN 1 ELSE 0 END)', 'established')
    .addSelect('SUM(CASE WHEN n.partyOrganizationId IS NOT NULL THEN 1 ELSE 0 END)', 'own')
    .where('n.operating = :op AND n.fullMemberCount > 0', { op: true })
    .groupBy('n.streetId')
    .addGroupBy('s.name')
    .orderBy('n.streetId');
  if (q.streetId) qb.andWhere('n.streetId = :streetId', { streetId: q.streetId });
  const rows = (await qb.getRawMany()).map((r) => {
    const shouldEstablish = Number(r.shouldEstablish);
    const established = Number(r.established);
    return { streetId: Number(r.streetId), streetName: r.streetName as string, shouldEstablish, established, own: Number(r.own), joint: established - Number(r.own), rate: ratio(established, shouldEstablish) };
  });
  const shouldEstablish = rows.reduce((n, r) => n + r.shouldEstablish, 0);
  const established = rows.reduce((n, r) => n + r.established, 0);
  return { shouldEstablish, established, rate: ratio(established, shouldEstablish), streets: rows };
}

/** A rate with four decimals (0.9512); 1 when nothing is due, so an empty street is not "0% covered". */
const ratio = (n: number, d: number) => (d === 0 ? 1 : Math.round((n / d) * 10000) / 10000);

export const COVERAGE_KINDS = ['own', 'joint', 'established', 'none'] as const;
const COVERED_BY: Record<(typeof COVERAGE_KINDS)[number], string> = {
  own: 'n.partyOrganizationId IS NOT NULL',
  joint: 'n.partyOrganizationId IS NULL AND n.jointOrganizationId IS NOT NULL',
  established: '(n.partyOrganizationId IS NOT NULL OR n.jointOrganizationId IS NOT NULL)',
  none: 'n.partyOrganizationId IS NULL AND n.jointOrganizationId IS NULL',
};

/** The rows behind each coverage figure: the organisations that should establish, narrowed by how they are covered. */
export async function listNewOrganizations(db: EntityManager, q: PagingInput & { streetId?: number; covered?: (typeof COVERAGE_KINDS)[number] }) {
  const qb = db
    .createQueryBuilder(NewOrganization, 'n')
    .innerJoin(Street, 's', 's.id = n.streetId')
    .select(['n.id AS id', 'n.name AS name', 'n.type AS type', 'n.streetId AS streetId', 's.name AS streetName', 'n.fullMemberCount AS fullMemberCount'])
    .addSelect(['n.partyOrganizationId AS partyOrganizationId', 'n.jointOrganizationId AS jointOrganizationId'])
    .where('n.operating = :op AND n.fullMemberCount > 0', { op: true })
    .orderBy('n.id');
  if (q.streetId) qb.andWhere('n.streetId = :streetId', { streetId: q.streetId });
  if (q.covered) qb.andWhere(COVERED_BY[q.covered]);
  // COUNT(*) rather than getCount()'s COUNT(DISTINCT id), and both queries at once: this is the
  // list every resident's first screen asks for (see docs/PERFORMANCE.md).
  const [count, rows] = await Promise.all([
    qb.clone().select('COUNT(*)', 'total').orderBy().getRawOne<{ total: string | number }>(),
    qb.offset((q.page - 1) * q.pageSize).limit(q.pageSize).getRawMany(),
  ]);
  const total = Number(count?.total ?? 0);
  const id = (v: unknown) => (v === null ? null : Number(v));
  return page(
    rows.map((r) => ({
      id: Number(r.id), name: r.name as string, type: r.type as NewOrganization['type'], streetId: Number(r.streetId), streetName: r.streetName as string, fullMemberCount: Number(r.fullMemberCount),
      partyOrganizationId: id(r.partyOrganizationId), jointOrganizationId: id(r.jointOrganizationId),
      covered: r.partyOrganizationId !== null ? ('own' as const) : r.jointOrganizationId !== null ? ('joint' as const) : ('none' as const),
    })),
    total,
    q,
  );
}
