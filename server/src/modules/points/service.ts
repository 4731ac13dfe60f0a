import type { EntityManager } from 'typeorm';
import { yearOf, yearRange } from '../../core/time';
import { page, type PagingInput } from '../../core/paging';
import type { Actor } from '../../core/actor';
import { userNicknames } from '../auth';
import { PointEntry, type PointSource } from './entities';
import { pointsPolicy } from './policy';
import { presentPointEntry } from './present';

export interface Award {
  userId: number;
  delta: number;
  reason: string;
  sourceType: PointSource;
  sourceId: number;
  organizationId: number;
  organizationPath: string;
  /** When it was earned: the year it counts in. */
  createdAt: Date;
}

/**
 * Appends a ledger entry. The unique (user, source) index turns a retry or a race into a no-op
 * (INSERT IGNORE), so one cause pays at most once whatever the caller does.
 */
export async function awardPoints(db: EntityManager, award: Award): Promise<void> {
  await db.createQueryBuilder().insert().into(PointEntry).values(award).orIgnore().updateEntity(false).execute();
}

/** Points are counted by calendar year in China's time zone (1 January 00:00 +08:00); without a year, the one `now` is in. */
export async function myPoints(db: EntityManager, actor: Actor, q: PagingInput & { year?: number }, now: Date) {
  await pointsPolicy.mine(db, actor);
  const year = q.year ?? yearOf(now);
  const { from, to } = yearRange(year);
  const inYear = db
    .createQueryBuilder(PointEntry, 'e')
    .where('e.userId = :userId AND e.createdAt >= :from AND e.createdAt < :to', { userId: actor.id, from, to });
  const sum = await inYear.clone().select('COALESCE(SUM(e.delta), 0)', 'total').addSelect('COUNT(*)', 'count').getRawOne<{ total: string; count: string }>();
  const entries = await inYear.orderBy('e.id', 'DESC').skip((q.page - 1) * q.pageSize).take(q.pageSize).getMany();
  return { year, total: Number(sum?.total ?? 0), entries: entries.map(presentPointEntry), entryCount: Number(sum?.count ?? 0), page: q.page, pageSize: q.pageSize };
}

/** Members whose points were earned in the organisation's subtree, most points first. */
export async function ranking(db: EntityManager, actor: Actor, q: PagingInput & { organizationId: number; year?: number }, now: Date) {
  const path = await pointsPolicy.ranking(db, actor, q);
  const year = q.year ?? yearOf(now);
  const { from, to } = yearRange(year);
  const qb = db
    .createQueryBuilder(PointEntry, 'e')
    .where('e.organizationPath LIKE :path AND e.createdAt >= :from AND e.createdAt < :to', { path: `${path}%`, from, to });
  const count = await qb.clone().select('COUNT(DISTINCT e.userId)', 'n').getRawOne<{ n: string }>();
  const rows = await qb
    .select('e.userId', 'userId')
    .addSelect('SUM(e.delta)', 'points')
    .groupBy('e.userId')
    .orderBy('points', 'DESC')
    .addOrderBy('e.userId', 'ASC')
    .offset((q.page - 1) * q.pageSize)
    .limit(q.pageSize)
    .getRawMany<{ userId: number; points: string }>();
  const names = await userNicknames(db, rows.map((r) => Number(r.userId)));
  const items = rows.map((r, i) => ({
    rank: (q.page - 1) * q.pageSize + i + 1,
    userId: Number(r.userId),
    nickname: names.get(Number(r.userId)) ?? '',
    points: Number(r.points),
  }));
  return { year, ...page(items, Number(count?.n ?? 0), q) };
}
