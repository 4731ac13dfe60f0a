import type { EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { Conflict, Invalid, getOrThrow } from '../../errors';
import type { Actor } from '../../core/actor';
import { recordAudit } from '../audit';
import { Activity } from './entities';
import { activityPolicy } from './policy';
import { remindersToCancellations, rescheduleReminders } from './notices';
import { presentActivity } from './present';
import type { CreateActivityInput, UpdateActivityInput } from './schemas';
import { promoteNext } from './signups';

/** The activity, if the actor administers its organisation (403 otherwise), with the path for audit. */
export async function manageableActivity(db: EntityManager, actor: Actor, id: number) {
  const activity = getOrThrow(await db.findOneBy(Activity, { id }), '活动');
  const path = await activityPolicy.manage(db, actor, activity);
  return { activity, path };
}

function assertTimes(a: { startAt: Date; endAt: Date; signupDeadline: Date }) {
  const details = [];
  if (a.endAt <= a.startAt) details.push({ in: 'body', field: 'endAt', message: '结束时间须晚于开始时间' });
  if (a.signupDeadline > a.endAt) details.push({ in: 'body', field: 'signupDeadline', message: '报名截止时间不能晚于结束时间' });
  if (details.length) throw new Invalid('活动时间不正确', details);
}

export async function createActivity(deps: Deps, actor: Actor, input: CreateActivityInput) {
  const path = await activityPolicy.create(deps.db.manager, actor, input);
  assertTimes(input);
  return inTransaction(deps.db, async (m) => {
    const activity = await m.save(m.create(Activity, { ...input, organizationPath: path, createdBy: actor.id, status: 'published', confirmedCount: 0, cancelReason: null }));
    const after = presentActivity(activity);
    await recordAudit(m, actor, { action: 'activity.create', entityType: 'activity', entityId: activity.id, organizationPath: path, after });
    return after;
  });
}

/**
 * Edits an activity until it starts. Members signed up on the old terms keep their places: capacity
 * may not drop below the confirmed count, and a raised capacity confirms the waiting list in order.
 * The conditional UPDATE comes first so the row is locked before the waiting list is read.
 */
export async function updateActivity(deps: Deps, actor: Actor, id: number, patch: UpdateActivityInput) {
  const { activity: before, path } = await manageableActivity(deps.db.manager, actor, id);
  assertTimes({ ...before, ...patch });
  const now = deps.clock.now();
  return inTransaction(deps.db, async (m) => {
    const qb = m
      .createQueryBuilder()
      .update(Activity)
      .set(patch)
      .where('id = :id AND status = :published AND startAt > :now', { id, published: 'published', now });
    if (patch.capacity != null) qb.andWhere('confirmedCount <= :capacity', { capacity: patch.capacity });
    if (!(await qb.execute()).affected) {
      const current = getOrThrow(await m.findOneBy(Activity, { id }), '活动');
      if (current.status !== 'published') throw new Conflict('ACTIVITY_CANCELLED', '活动已取消');
      if (current.startAt <= now) throw new Conflict('ACTIVITY_STARTED', '活动已开始，不能修改');
      throw new Conflict('CAPACITY_BELOW_CONFIRMED', `已有${current.confirmedCount}人确认报名，名额不能少于此数`);
    }
    if (patch.capacity !== undefined) while (await promoteNext(m, id));
    const after = getOrThrow(await m.findOneBy(Activity, { id }), '活动');
    if (patch.startAt) await rescheduleReminders(m, after);
    await recordAudit(m, actor, { action: 'activity.update', entityType: 'activity', entityId: id, organizationPath: path, before: presentActivity(before), after: presentActivity(after) });
    return presentActivity(after);
  });
}

/** Cancels an activity before it ends; everyone who allowed a reminder is told instead. */
export async function cancelActivity(deps: Deps, actor: Actor, id: number, reason: string) {
  const { activity: before, path } = await manageableActivity(deps.db.manager, actor, id);
  const now = deps.clock.now();
  return inTransaction(deps.db, async (m) => {
    const done = await m
      .createQueryBuilder()
      .update(Activity)
      .set({ status: 'cancelled', cancelReason: reason })
      .where('id = :id AND status = :published AND endAt > :now', { id, published: 'published', now })
      .execute();
    if (!done.affected) {
      if (before.status !== 'published') throw new Conflict('ACTIVITY_CANCELLED', '活动已取消');
      throw new Conflict('ACTIVITY_ENDED', '活动已结束，不能取消');
    }
    await remindersToCancellations(m, id, now);
    const after = getOrThrow(await m.findOneBy(Activity, { id }), '活动');
    await recordAudit(m, actor, { action: 'activity.cancel', entityType: 'activity', entityId: id, organizationPath: path, before: presentActivity(before), after: presentActivity(after) });
    return presentActivity(after);
  });
}
