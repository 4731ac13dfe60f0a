import { Brackets, In, type EntityManager } from 'typeorm';
import { getOrThrow, NotFound } from '../../errors';
import { page, type PagingInput } from '../../core/paging';
import type { Actor } from '../../core/actor';
import { partyMemberOf } from '../members';
import { covers, organizationPath, scopeCondition } from '../orgs';
import { Activity, Signup } from './entities';
import { presentActivity, presentSignup } from './present';
import type { ActivityQueryInput } from './schemas';
import { waitlistPosition } from './signups';

/** `/1/4/37/` → `['/1/', '/1/4/', '/1/4/37/']`: the organisations a member belongs to, nearest last. */
const ancestorPaths = (path: string) => path.split('/').filter(Boolean).map((_, i, ids) => `/${ids.slice(0, i + 1).join('/')}/`);

/**
 * Published activities the caller may see: public ones, members-only ones of the caller's own
 * organisations (as a member) or of the admin's scope. Upcoming first (soonest first), then past ones
 * (latest first).
 */
export async function listActivities(db: EntityManager, actor: Actor | undefined, q: ActivityQueryInput, now: Date) {
  const member = actor ? await partyMemberOf(db, actor.id) : null;
  const memberPaths = member ? ancestorPaths(await organizationPath(db, member.organizationId)) : [];
  const qb = db.createQueryBuilder(Activity, 'a').where('a.status = :published', { published: 'published' });
  const inScope = scopeCondition(actor, 'a.organizationPath');
  if (inScope)
    qb.andWhere(
      new Brackets((w) => {
        w.where('a.audience = :public', { public: 'public' });
        if (memberPaths.length) w.orWhere('a.organizationPath IN (:...memberPaths)', { memberPaths });
        w.orWhere(inScope);
      }),
    );
  if (q.organizationId) qb.andWhere('a.organizationPath LIKE :under', { under: `${await organizationPath(db, q.organizationId)}%` });
  if (q.kind) qb.andWhere('a.kind = :kind', { kind: q.kind });
  if (q.from) qb.andWhere('a.endAt >= :from', { from: q.from });
  if (q.to) qb.andWhere('a.startAt < :to', { to: q.to });
  // Two index ranges instead of one sort of the whole table: the upcoming ones (few, by endAt) and
  // the past ones read backwards along (status, startAt), so a page at district scale reads ~a page.
  const upcoming = qb.clone().andWhere('a.endAt >= :now', { now });
  const past = qb.clone().andWhere('a.endAt < :now', { now });
  const [upcomingCount, pastCount] = await Promise.all([upcoming.getCount(), past.getCount()]);
  const offset = (q.page - 1) * q.pageSize;
  const rows: Activity[] = [];
  if (offset < upcomingCount)
    rows.push(...(await upcoming.orderBy('a.startAt', 'ASC').addOrderBy('a.id', 'ASC').offset(offset).limit(q.pageSize).getMany()));
  if (rows.length < q.pageSize)
    rows.push(...(await past.orderBy('a.startAt', 'DESC').addOrderBy('a.id', 'ASC').offset(Math.max(0, offset - upcomingCount)).limit(q.pageSize - rows.length).getMany()));
  return page(rows.map(presentActivity), upcomingCount + pastCount, q);
}

/** One activity with its counts, the caller's sign-up, and what the app needs to ask for reminders. */
export async function getActivity(db: EntityManager, actor: Actor | undefined, id: number, reminderTemplateId: string) {
  const activity = getOrThrow(await db.findOneBy(Activity, { id }), '活动');
  const mine = actor ? await db.findOneBy(Signup, { activityId: id, userId: actor.id }) : null;
  // Members-only: read by the members under its organisation, its admins and whoever signed up; to
  // anyone else it does not exist (as in the list).
  if (activity.audience === 'members' && !mine && !covers(actor, activity.organizationPath)) {
    const member = actor ? await partyMemberOf(db, actor.id) : null;
    if (!member || !(await organizationPath(db, member.organizationId)).startsWith(activity.organizationPath)) throw new NotFound('活动');
  }
  const counts = await db
    .createQueryBuilder(Signup, 's')
    .select("COALESCE(SUM(CASE WHEN s.status = 'waitlisted' THEN 1 ELSE 0 END), 0)", 'waitlisted')
    .addSelect('COALESCE(SUM(CASE WHEN s.checkedInAt IS NOT NULL THEN 1 ELSE 0 END), 0)', 'checkedIn')
    .where('s.activityId = :id', { id })
    .getRawOne<{ waitlisted: string; checkedIn: string }>();
  return {
    ...presentActivity(activity),
    waitlistCount: Number(counts?.waitlisted ?? 0),
    checkedInCount: Number(counts?.checkedIn ?? 0),
    mySignup: mine ? presentSignup(mine, await waitlistPosition(db, mine)) : null,
    canManage: covers(actor, activity.organizationPath),
    subscribeTemplateIds: [reminderTemplateId],
  };
}

/** The caller's sign-ups, newest first, each with its activity. */
export async function mySignups(db: EntityManager, actor: Actor, q: PagingInput) {
  const [signups, total] = await db.findAndCount(Signup, { where: { userId: actor.id }, order: { id: 'DESC' }, skip: (q.page - 1) * q.pageSize, take: q.pageSize });
  if (!signups.length) return page([], total, q);
  const activities = new Map((await db.findBy(Activity, { id: In(signups.map((s) => s.activityId)) })).map((a) => [a.id, a]));
  const items = await Promise.all(
    signups.map(async (s) => ({ ...presentSignup(s, await waitlistPosition(db, s)), activity: presentActivity(activities.get(s.activityId)!) })),
  );
  return page(items, total, q);
}
