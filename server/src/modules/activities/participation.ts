import type { EntityManager } from 'typeorm';
import { getOrThrow } from '../../errors';
import { page, type PagingInput } from '../../core/paging';
import { isDistrictAdmin, type Actor } from '../../core/actor';
import { covers, listStreets, organizationPath } from '../orgs';
import { yearOf, yearRange } from '../../core/time';
import { Activity, Signup } from './entities';
import { presentActivity } from './present';

/** The activities a participation figure counts: those of a year under an organisation. */
export interface ParticipationFilter {
  year: number;
  organizationPathPrefix?: string;
  /** Members-only activities are counted only for admins covering the organisation, as `/activities` lists them. */
  publicOnly?: boolean;
}

/**
 * Street → organisation path, year (default: this year in Asia/Shanghai) and whether members-only
 * activities count. The dashboard and the drill list both ask here, so they count the same rows.
 */
export async function participationFilter(db: EntityManager, actor: Actor | undefined, q: { streetId?: number; year?: number }, now: Date): Promise<ParticipationFilter> {
  const year = q.year ?? yearOf(now);
  if (!q.streetId) return { year, publicOnly: !isDistrictAdmin(actor) };
  const street = getOrThrow((await listStreets(db)).items.find((s) => s.id === q.streetId), '街道');
  const prefix = await organizationPath(db, street.organizationId);
  return { year, organizationPathPrefix: prefix, publicOnly: !covers(actor, prefix) };
}

/** Held activities: published (not cancelled), started in the year, already ended. */
function heldActivities(db: EntityManager, f: ParticipationFilter, now: Date) {
  const qb = db
    .createQueryBuilder(Activity, 'a')
    .where('a.status = :published AND a.endAt < :now AND a.startAt >= :from AND a.startAt < :to', { published: 'published', now, ...yearRange(f.year) });
  if (f.organizationPathPrefix) qb.andWhere('a.organizationPath LIKE :prefix', { prefix: `${f.organizationPathPrefix}%` });
  if (f.publicOnly) qb.andWhere('a.audience = :public', { public: 'public' });
  return qb;
}

/** Confirmed sign-ups and check-ins counted from the sign-up rows (not the capacity counter). */
const countsOf = (qb: ReturnType<typeof heldActivities>) =>
  qb
    .leftJoin(Signup, 's', 's.activityId = a.id AND s.status = :confirmed', { confirmed: 'confirmed' })
    .addSelect('COUNT(s.id)', 'signups')
    .addSelect('COALESCE(SUM(CASE WHEN s.checkedInAt IS NOT NULL THEN 1 ELSE 0 END), 0)', 'checkIns');

/** A rate with four decimals; null when nobody signed up (nothing to attend is not 0% attendance). */
const ratio = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 10000) / 10000);

/** Activities held, confirmed sign-ups, check-ins and attendance rate (check-ins ÷ confirmed sign-ups). */
export async function participationSummary(db: EntityManager, f: ParticipationFilter, now: Date) {
  const row = await countsOf(heldActivities(db, f, now).select('COUNT(DISTINCT a.id)', 'held')).getRawOne<{ held: string; signups: string; checkIns: string }>();
  const [held, signups, checkIns] = [row?.held, row?.signups, row?.checkIns].map(Number);
  return { year: f.year, held, signups, checkIns, rate: ratio(checkIns, signups) };
}

/** The rows behind `participationSummary`: held activities, latest first, each with its counts. */
export async function listParticipation(db: EntityManager, f: ParticipationFilter, p: PagingInput, now: Date) {
  const qb = heldActivities(db, f, now);
  const [activities, total] = await qb.orderBy('a.startAt', 'DESC').addOrderBy('a.id', 'DESC').skip((p.page - 1) * p.pageSize).take(p.pageSize).getManyAndCount();
  if (!activities.length) return page([], total, p);
  const counts = await countsOf(heldActivities(db, f, now).select('a.id', 'id').andWhere('a.id IN (:...ids)', { ids: activities.map((a) => a.id) }).groupBy('a.id')).getRawMany<{ id: string; signups: string; checkIns: string }>();
  const byId = new Map(counts.map((c) => [Number(c.id), c]));
  return page(
    activities.map((a) => ({ ...presentActivity(a), signups: Number(byId.get(a.id)?.signups ?? 0), checkIns: Number(byId.get(a.id)?.checkIns ?? 0) })),
    total,
    p,
  );
}
