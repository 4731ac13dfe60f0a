import { In, type EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { Conflict, getOrThrow, Invalid } from '../../errors';
import { page, type PagingInput } from '../../core/paging';
import type { Actor } from '../../core/actor';
import { yearOf } from '../../core/time';
import { recordAudit } from '../audit';
import { Organization, organizationPath, withinScope } from '../orgs';
import { OrganizationRating, ResponsibilityTask, TaskList } from './entities';
import { listCounts, lookups } from './lookups';
import { responsibilityPolicy } from './policy';
import type { RatingInput, RatingsInput } from './schemas';
import { getTaskList } from './tasks';

/** Ratings, each weak one with its organisation's rectification list for the year and its progress. */
async function presentRatings(db: EntityManager, rows: OrganizationRating[], now: Date) {
  const weak = rows.filter((r) => r.level === 'weak');
  const lists = weak.length ? await db.findBy(TaskList, { kind: 'rectification', organizationId: In(weak.map((r) => r.organizationId)) }) : [];
  const listOf = (r: OrganizationRating) => (r.level === 'weak' ? lists.find((l) => l.organizationId === r.organizationId && l.year === r.year) : undefined);
  const [l, counts] = [await lookups(db, { organizationIds: rows.map((r) => r.organizationId) }), await listCounts(db, lists.map((x) => x.id), now)];
  return rows.map((r) => {
    const list = listOf(r);
    return {
      id: r.id, organizationId: r.organizationId, organizationName: l.orgNames.get(r.organizationId) ?? '', year: r.year, level: r.level, reason: r.reason,
      ratedById: r.ratedById, ratedAt: r.createdAt.toISOString(), rectification: list ? { taskListId: list.id, closedAt: list.closedAt?.toISOString() ?? null, ...counts.get(list.id)! } : null,
    };
  });
}

/**
 * The level above rates an organisation for a year (every rating is kept; the latest of a year
 * stands). A weak (软弱涣散) one opens the organisation's rectification list for the year — one,
 * however many weak ratings arrive at once (the unique index) — and marks the organisation weak.
 */
export async function rateOrganization(deps: Deps, actor: Actor, organizationId: number, input: RatingInput) {
  const now = deps.clock.now();
  if (input.year > yearOf(now)) throw new Invalid('不能评定未来的年度', [{ in: 'body', field: 'year', message: `年度不能晚于 ${yearOf(now)}` }]);
  const id = await inTransaction(deps.db, async (m) => {
    await responsibilityPolicy.rate(m, actor, { organizationId });
    const path = await organizationPath(m, organizationId);
    // Writing the organisation's row first makes concurrent weak ratings (and a close) take their locks in one order: no deadlock on MySQL.
    if (input.level === 'weak') await m.update(Organization, { id: organizationId }, { rating: 'weak' });
    const rating = await m.save(m.create(OrganizationRating, { organizationId, organizationPath: path, year: input.year, level: input.level, reason: input.reason, ratedById: actor.id, createdAt: now }));
    if (input.level === 'weak') {
      await m
        .createQueryBuilder()
        .insert()
        .into(TaskList)
        .values({ organizationId, organizationPath: path, year: input.year, kind: 'rectification', title: `${input.year}年软弱涣散党组织整顿`, ratingId: rating.id, createdById: actor.id })
        .orIgnore()
        .updateEntity(false)
        .execute();
      // A new weak rating reopens a rectification closed earlier in the year.
      await m.update(TaskList, { organizationId, year: input.year, kind: 'rectification' }, { closedAt: null, closedById: null });
    }
    await recordAudit(m, actor, { action: 'organization.rate', entityType: 'organization', entityId: organizationId, organizationPath: path, after: input });
    return rating.id;
  });
  return (await presentRatings(deps.db.manager, [await deps.db.manager.findOneByOrFail(OrganizationRating, { id })], now))[0];
}

/**
 * The level above closes a rectification once every task on it is done: a single conditional
 * UPDATE (still open, no open task) so a second close or a task reopened meanwhile is a 409.
 */
export async function closeRectification(deps: Deps, actor: Actor, listId: number) {
  const now = deps.clock.now();
  await inTransaction(deps.db, async (m) => {
    const list = getOrThrow(await m.findOneBy(TaskList, { id: listId }), '任务清单');
    if (list.kind !== 'rectification') throw new Conflict('NOT_RECTIFICATION', '只有整顿清单需要关闭');
    const path = await responsibilityPolicy.closeRectification(m, actor, list);
    if (!(await m.countBy(ResponsibilityTask, { taskListId: listId }))) throw new Conflict('NO_TASKS', '整顿清单还没有任务');
    await m.update(Organization, { id: list.organizationId, rating: 'weak' }, { rating: 'normal' }); // first, as rating does
    const closed = await m
      .createQueryBuilder()
      .update(TaskList)
      .set({ closedAt: now, closedById: actor.id })
      .where('id = :id AND closedAt IS NULL', { id: listId })
      .andWhere("NOT EXISTS (SELECT 1 FROM responsibility_tasks t WHERE t.taskListId = :id AND t.status = 'open')")
      .execute();
    if (!closed.affected) {
      if (list.closedAt) throw new Conflict('ALREADY_CLOSED', '该清单已关闭');
      throw new Conflict('TASKS_OPEN', '还有未完成的整顿任务');
    }
    await recordAudit(m, actor, { action: 'rectification.close', entityType: 'task_list', entityId: listId, organizationPath: path, before: { closedAt: null }, after: { closedAt: now.toISOString() } });
  });
  return getTaskList(deps.db.manager, listId, now);
}

/** An organisation's ratings, newest first: for admins whose scope covers it (the level above, and its own). */
export async function ratingHistory(db: EntityManager, actor: Actor, organizationId: number, q: PagingInput, now: Date) {
  await responsibilityPolicy.readRatings(db, actor, { organizationId });
  const [rows, total] = await db.findAndCount(OrganizationRating, { where: { organizationId }, order: { id: 'DESC' }, skip: (q.page - 1) * q.pageSize, take: q.pageSize });
  return page(await presentRatings(db, rows, now), total, q);
}

/** The ratings in my scope (of a subtree, a year, a level), the latest first, with each weak one's rectification. */
export async function listRatings(db: EntityManager, actor: Actor, q: RatingsInput, now: Date) {
  await responsibilityPolicy.listRatings(db, actor);
  const qb = db.createQueryBuilder(OrganizationRating, 'r').orderBy('r.id', 'DESC').skip((q.page - 1) * q.pageSize).take(q.pageSize);
  withinScope(qb, actor, 'r.organizationPath');
  if (q.organizationId) qb.andWhere('r.organizationPath LIKE :under', { under: `${await organizationPath(db, q.organizationId)}%` });
  if (q.year) qb.andWhere('r.year = :year', { year: q.year });
  if (q.level) qb.andWhere('r.level = :level', { level: q.level });
  const [rows, total] = await qb.getManyAndCount();
  return page(await presentRatings(db, rows, now), total, q);
}
