import { In, type EntityManager } from 'typeorm';
import { rawDate } from '../../db/base.entity';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { getOrThrow, Invalid } from '../../errors';
import { page, type PagingInput } from '../../core/paging';
import type { Actor } from '../../core/actor';
import { periodRange, quarterAt } from '../../core/time';
import { recordAudit } from '../audit';
import { User, userNicknames } from '../auth';
import { Community, organizationPath, withinScope } from '../orgs';
import { ContactPoint, SupervisionVisit } from './entities';
import { responsibilityPolicy } from './policy';
import type { ContactPointsInput, VisitInput } from './schemas';
import { underTree } from './tasks';

/** The street's admin assigns an official to a community (联系点), once per official and community. */
export async function assignContactPoint(deps: Deps, actor: Actor, input: { userId: number; communityId: number }) {
  const id = await inTransaction(deps.db, async (m) => {
    const path = await responsibilityPolicy.assignContact(m, actor, input);
    getOrThrow(await m.findOneBy(User, { id: input.userId }), '用户');
    const community = await m.findOneByOrFail(Community, { id: input.communityId });
    const point = await m.save(m.create(ContactPoint, { ...input, organizationPath: await organizationPath(m, community.organizationId), assignedById: actor.id }));
    await recordAudit(m, actor, { action: 'contact_point.assign', entityType: 'contact_point', entityId: point.id, organizationPath: path, after: input });
    return point.id;
  });
  return (await presentPoints(deps.db.manager, [await deps.db.manager.findOneByOrFail(ContactPoint, { id })], quarterAt(deps.clock.now())))[0];
}

async function presentPoints(db: EntityManager, points: ContactPoint[], quarter: string) {
  const { from, to } = periodRange(quarter);
  const ids = points.map((p) => p.id);
  const visits = ids.length
    ? await db
        .createQueryBuilder(SupervisionVisit, 'v')
        .select('v.contactPointId', 'contactPointId')
        .addSelect('SUM(CASE WHEN v.visitedAt >= :from AND v.visitedAt < :to THEN 1 ELSE 0 END)', 'inQuarter')
        .addSelect('MAX(v.visitedAt)', 'lastVisitAt')
        .where('v.contactPointId IN (:...ids)', { ids, from, to })
        .groupBy('v.contactPointId')
        .getRawMany<{ contactPointId: number | string; inQuarter: number | string | null; lastVisitAt: string | Date | null }>()
    : [];
  const byPoint = new Map(visits.map((v) => [Number(v.contactPointId), v]));
  const [names, communities] = [await userNicknames(db, points.map((p) => p.userId)), new Map((points.length ? await db.findBy(Community, { id: In(points.map((p) => p.communityId)) }) : []).map((c) => [c.id, c]))];
  return points.map((p) => {
    const v = byPoint.get(p.id);
    const c = communities.get(p.communityId)!;
    const last = v?.lastVisitAt ?? null;
    return {
      id: p.id, userId: p.userId, userNickname: names.get(p.userId) ?? '', communityId: p.communityId, communityName: c.name, streetId: c.streetId, quarter,
      visitsInQuarter: Number(v?.inQuarter ?? 0), lastVisitAt: last === null ? null : rawDate(last).toISOString(),
    };
  });
}

/**
 * The contact points in my scope (of a street), with each one's visits in the quarter (default: this
 * one); `notVisited=true`: those with none yet, for the street secretary to follow up.
 */
export async function listContactPoints(db: EntityManager, actor: Actor, q: ContactPointsInput, now: Date) {
  await responsibilityPolicy.listContacts(db, actor);
  const quarter = q.quarter ?? quarterAt(now);
  const { from, to } = periodRange(quarter);
  const qb = db.createQueryBuilder(ContactPoint, 'p').orderBy('p.id', 'ASC').skip((q.page - 1) * q.pageSize).take(q.pageSize);
  withinScope(qb, actor, 'p.organizationPath');
  await underTree(db, qb, 'p.organizationPath', { streetId: q.streetId });
  if (q.notVisited)
    qb.andWhere((sub) => `NOT EXISTS ${sub.subQuery().select('1').from(SupervisionVisit, 'v').where('v.contactPointId = p.id AND v.visitedAt >= :from AND v.visitedAt < :to').getQuery()}`, { from, to });
  const [rows, total] = await qb.getManyAndCount();
  return page(await presentPoints(db, rows, quarter), total, q);
}

/** A visit to a contact point, recorded by its official or an admin of the street; not one still to come. */
export async function recordVisit(deps: Deps, actor: Actor, contactPointId: number, input: VisitInput) {
  const now = deps.clock.now();
  return inTransaction(deps.db, async (m) => {
    const point = getOrThrow(await m.findOneBy(ContactPoint, { id: contactPointId }), '联系点');
    // Its own official, or else an admin of the street.
    if (point.userId !== actor.id) await responsibilityPolicy.assignContact(m, actor, point);
    if (input.visitedAt > now) throw new Invalid('督导尚未进行，不能记录', [{ in: 'body', field: 'visitedAt', message: '不能晚于现在' }]);
    const visit = await m.save(m.create(SupervisionVisit, { ...input, contactPointId, recordedById: actor.id }));
    await recordAudit(m, actor, { action: 'supervision_visit.record', entityType: 'contact_point', entityId: contactPointId, organizationPath: point.organizationPath, after: { ...input, visitedAt: input.visitedAt.toISOString() } });
    return presentVisit(visit);
  });
}

const presentVisit = (v: SupervisionVisit) => ({ id: v.id, contactPointId: v.contactPointId, visitedAt: v.visitedAt.toISOString(), subject: v.subject, followUps: v.followUps, recordedById: v.recordedById });

/** A contact point's visits, newest first: for its official and the admins whose scope covers it. */
export async function listVisits(db: EntityManager, actor: Actor, contactPointId: number, q: PagingInput) {
  const point = getOrThrow(await db.findOneBy(ContactPoint, { id: contactPointId }), '联系点');
  if (point.userId !== actor.id) await responsibilityPolicy.assignContact(db, actor, point);
  const [rows, total] = await db.findAndCount(SupervisionVisit, { where: { contactPointId }, order: { visitedAt: 'DESC', id: 'DESC' }, skip: (q.page - 1) * q.pageSize, take: q.pageSize });
  return page(rows.map(presentVisit), total, q);
}
