import { In, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor';
import { allows } from '../../core/policy';
import { page, type PagingInput } from '../../core/paging';
import { yearOf } from '../../core/time';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { Conflict, getOrThrow } from '../../errors';
import { recordAudit } from '../audit';
import { PartyMember } from '../members';
import { Organization, organizationPath } from '../orgs';
import { pointsByUser } from '../points';
import { MemberReview, StarRating, type ReviewResult } from './entities';
import { starsPolicy } from './policy';
import { presentRating } from './present';
import { rateMember } from './rule';

/** The members of an organisation's subtree, by id. */
async function membersUnder(db: EntityManager, path: string): Promise<PartyMember[]> {
  return db
    .createQueryBuilder(PartyMember, 'pm')
    .innerJoin(Organization, 'o', 'o.id = pm.organizationId')
    .where('o.path LIKE :path', { path: `${path}%` })
    .orderBy('pm.id', 'ASC')
    .getMany();
}

const notFuture = (year: number, now: Date) => {
  if (year > yearOf(now)) throw new Conflict('YEAR_NOT_STARTED', `${year} 年尚未开始`);
};

/**
 * Each member of the subtree with their points and stars for the year (stars null until computed),
 * most stars then most points first: what the 阳光党员 selection draws its candidates from.
 */
export async function yearStanding(db: EntityManager, path: string, year: number) {
  const members = await membersUnder(db, path);
  const points = await pointsByUser(db, members.flatMap((m) => (m.userId === null ? [] : [m.userId])), year);
  const ratings = members.length ? await db.findBy(StarRating, { memberId: In(members.map((m) => m.id)), year }) : [];
  const stars = new Map(ratings.map((r) => [r.memberId, r.stars]));
  return members
    .map((m) => ({ memberId: m.id, userId: m.userId, name: m.name, organizationId: m.organizationId, points: m.userId === null ? 0 : (points.get(m.userId) ?? 0), stars: stars.get(m.id) ?? null }))
    .sort((a, b) => (b.stars ?? 0) - (a.stars ?? 0) || b.points - a.points || a.memberId - b.memberId);
}

/** A branch admin records a member's 民主评议 result for a year (a later record replaces it until the stars are computed again). Audited. */
export async function recordReview(deps: Deps, actor: Actor, input: { memberId: number; year: number; result: ReviewResult }) {
  const member = getOrThrow(await deps.db.manager.findOneBy(PartyMember, { id: input.memberId }), '党员');
  const path = await starsPolicy.review(deps.db.manager, actor, member);
  notFuture(input.year, deps.clock.now());
  return inTransaction(deps.db, async (m) => {
    const before = await m.findOneBy(MemberReview, { memberId: member.id, year: input.year });
    if (before) await m.update(MemberReview, before.id, { result: input.result, recordedBy: actor.id });
    else await m.insert(MemberReview, { memberId: member.id, year: input.year, result: input.result, recordedBy: actor.id });
    const review = await m.findOneByOrFail(MemberReview, { memberId: member.id, year: input.year });
    await recordAudit(m, actor, { action: 'member_review.record', entityType: 'member_review', entityId: review.id, organizationPath: path, before: before && { result: before.result }, after: { memberId: member.id, year: input.year, result: input.result } });
    return { memberId: member.id, year: review.year, result: review.result };
  });
}

/**
 * Rates every member of the subtree for the year from the ledger and the reviews, replacing the
 * last computation; the same points and reviews always give the same stars. Audited.
 */
export async function computeStars(deps: Deps, actor: Actor, input: { organizationId: number; year: number }) {
  const path = await starsPolicy.compute(deps.db.manager, actor, input);
  notFuture(input.year, deps.clock.now());
  return inTransaction(deps.db, async (m) => {
    const counts = await rateSubtree(m, path, input.year);
    const rated = counts.reduce((a, b) => a + b, 0);
    await recordAudit(m, actor, { action: 'star_ratings.compute', entityType: 'organization', entityId: input.organizationId, organizationPath: path, after: { year: input.year, rated, counts } });
    return { organizationId: input.organizationId, year: input.year, rated };
  });
}

/** Replaces the subtree's ratings for the year by those the ledger and reviews give; answers how many members got 1…5 stars. */
export async function rateSubtree(m: EntityManager, path: string, year: number): Promise<number[]> {
  const standing = await yearStanding(m, path, year);
  const ids = standing.map((s) => s.memberId);
  const reviews = ids.length ? await m.findBy(MemberReview, { memberId: In(ids), year }) : [];
  const reviewOf = new Map(reviews.map((r) => [r.memberId, r.result]));
  const paths = new Map<number, string>();
  for (const s of standing) if (!paths.has(s.organizationId)) paths.set(s.organizationId, await organizationPath(m, s.organizationId));
  if (ids.length) await m.delete(StarRating, { memberId: In(ids), year });
  const rows = standing.map((s) => {
    const review = reviewOf.get(s.memberId) ?? null;
    return { memberId: s.memberId, year, organizationId: s.organizationId, organizationPath: paths.get(s.organizationId)!, points: s.points, review, ...rateMember(s.points, review) };
  });
  for (let i = 0; i < rows.length; i += 200) await m.insert(StarRating, rows.slice(i, i + 200));
  return [1, 2, 3, 4, 5].map((n) => rows.filter((r) => r.stars === n).length);
}

/** The year's ratings under an organisation, most stars first. Names are masked except for an admin in scope. */
export async function listRatings(db: EntityManager, actor: Actor | undefined, q: PagingInput & { organizationId: number; year?: number }, now: Date) {
  const path = await organizationPath(db, q.organizationId);
  const year = q.year ?? yearOf(now);
  const fullNames = await allows(starsPolicy.roster, db, actor, q);
  const [rows, total] = await db
    .createQueryBuilder(StarRating, 'r')
    .where('r.organizationPath LIKE :path AND r.year = :year', { path: `${path}%`, year })
    .orderBy('r.stars', 'DESC').addOrderBy('r.points', 'DESC').addOrderBy('r.memberId', 'ASC')
    .skip((q.page - 1) * q.pageSize).take(q.pageSize)
    .getManyAndCount();
  const members = rows.length ? await db.findBy(PartyMember, { id: In(rows.map((r) => r.memberId)) }) : [];
  const names = new Map(members.map((p) => [p.id, p.name]));
  return { year, ...page(rows.map((r) => presentRating(r, names.get(r.memberId) ?? '', fullNames)), total, q) };
}

/** The members of an organisation (admin in scope) with their points, review and stars for the year: where reviews are recorded. */
export async function roster(db: EntityManager, actor: Actor, q: PagingInput & { organizationId: number; year?: number }, now: Date) {
  const path = await starsPolicy.roster(db, actor, q);
  const year = q.year ?? yearOf(now);
  const standing = await yearStanding(db, path, year);
  const slice = standing.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  const reviews = slice.length ? await db.findBy(MemberReview, { memberId: In(slice.map((s) => s.memberId)), year }) : [];
  const reviewOf = new Map(reviews.map((r) => [r.memberId, r.result]));
  const items = slice.map((s) => ({ memberId: s.memberId, name: s.name, bound: s.userId !== null, points: s.points, review: reviewOf.get(s.memberId) ?? null, stars: s.stars }));
  return { year, ...page(items, standing.length, q) };
}

/** A member's stars, every year rated, newest first, with why. */
export async function myStars(db: EntityManager, actor: Actor) {
  await starsPolicy.mine(db, actor);
  const member = await db.findOneBy(PartyMember, { userId: actor.id });
  const rows = member ? await db.find(StarRating, { where: { memberId: member.id }, order: { year: 'DESC' } }) : [];
  return { items: rows.map((r) => presentRating(r, member!.name, true)) };
}
