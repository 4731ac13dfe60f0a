import type { EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { Conflict, Forbidden, getOrThrow, fromDatabaseError } from '../../errors';
import type { Actor } from '../auth/actor';
import { partyMemberOf } from '../members/service';
import { organizationPath } from '../orgs/scope';
import { Activity, Signup } from './entities';
import { dropReminder, scheduleReminder } from './notices';
import { presentSignup } from './present';

const published = 'published';
/** The capacity rule, as a condition of the one UPDATE that takes a place. */
const HAS_ROOM = 'id = :id AND status = :published AND (capacity IS NULL OR confirmedCount < capacity)';

/** The new row's id from an insert run without TypeORM's reload: better-sqlite3 answers it, mysql2 a result header. */
const insertedId = (raw: number | { insertId: number }) => Number(typeof raw === 'object' ? raw.insertId : raw);

/** Members-only activities are for party members of the organisation's subtree. */
export async function isMemberUnder(db: EntityManager, userId: number, activity: Activity): Promise<boolean> {
  const member = await partyMemberOf(db, userId);
  return !!member && (await organizationPath(db, member.organizationId)).startsWith(activity.organizationPath);
}

/** Place on the waiting list: 1 + how many waitlisted sign-ups arrived earlier. */
export async function waitlistPosition(db: EntityManager, s: Signup): Promise<number | null> {
  if (s.status !== 'waitlisted') return null;
  return db.createQueryBuilder(Signup, 's').where('s.activityId = :a AND s.status = :w AND s.id <= :id', { a: s.activityId, w: 'waitlisted', id: s.id }).getCount();
}

/**
 * Signs the actor up: confirmed while there is room, otherwise waitlisted. The sign-up row goes in
 * first as waitlisted (the unique (activity, user) index turns a repeat, or a double tap racing
 * itself, into the existing sign-up); then `takePlace` confirms it if the activity has room.
 */
export async function signUp(deps: Deps, actor: Actor, activityId: number, input: { subscribe: boolean }) {
  const db = deps.db.manager;
  const activity = getOrThrow(await db.findOneBy(Activity, { id: activityId }), '活动');
  // A cancellation landing between this read and the insert leaves at most a waitlisted row on a
  // cancelled activity: takePlace never confirms one.
  if (activity.status !== published) throw new Conflict('ACTIVITY_CANCELLED', '活动已取消');
  if (Date.now() > activity.signupDeadline.getTime()) throw new Conflict('SIGNUP_CLOSED', '报名已截止');
  if (activity.audience === 'members' && !(await isMemberUnder(db, actor.id, activity))) throw new Forbidden('该活动仅限本组织党员报名', 'MEMBERS_ONLY');
  let signup: Signup;
  try {
    signup = await inTransaction(deps.db, async (m) => {
      const now = new Date();
      const row = m.create(Signup, { activityId, userId: actor.id, status: 'waitlisted', checkedInAt: null, createdAt: now, updatedAt: now });
      // No reload: on MySQL it would be one more round trip per sign-up.
      const { raw } = await m.createQueryBuilder().insert().into(Signup).values(row).updateEntity(false).execute();
      row.id = insertedId(raw);
      if (input.subscribe) await scheduleReminder(m, activity, actor.id);
      return row;
    });
  } catch (err) {
    if (fromDatabaseError(err)?.code !== 'DUPLICATE') throw err;
    const existing = getOrThrow(await db.findOneBy(Signup, { activityId, userId: actor.id }), '报名');
    return { created: false, signup: presentSignup(existing, await waitlistPosition(db, existing)) };
  }
  // Not confirmed here: a cancellation may have promoted it meanwhile, so read what it is now.
  if (!(await takePlace(deps, activityId, signup.id))) signup = getOrThrow(await db.findOneBy(Signup, { id: signup.id }), '报名');
  else signup.status = 'confirmed';
  return { created: true, signup: presentSignup(signup, await waitlistPosition(db, signup)) };
}

/**
 * Confirms a waitlisted sign-up if the activity has room, atomically. On MySQL it is one
 * multi-table UPDATE in autocommit, so the activity row — which every sign-up of a flash crowd
 * needs — is locked for one statement, not across round trips to a busy Node process; STRAIGHT_JOIN
 * locks the activity row before the sign-up, the order cancellations use. SQLite cannot update two
 * tables in one statement, and serialises writers anyway: there it is a short transaction.
 */
async function takePlace(deps: Deps, activityId: number, signupId: number): Promise<boolean> {
  if (deps.db.options.type !== 'better-sqlite3') {
    const result = await deps.db.query(
      `UPDATE activities a STRAIGHT_JOIN activity_signups s ON s.id = ?
       SET a.confirmedCount = a.confirmedCount + 1, s.status = 'confirmed'
       WHERE a.id = ? AND a.status = 'published' AND (a.capacity IS NULL OR a.confirmedCount < a.capacity) AND s.status = 'waitlisted'`,
      [signupId, activityId],
    );
    return (result as { affectedRows: number }).affectedRows > 0;
  }
  return inTransaction(deps.db, async (m) => {
    const took = await m.createQueryBuilder().update(Activity).set({ confirmedCount: () => 'confirmedCount + 1' }).where(HAS_ROOM, { id: activityId, published }).execute();
    if (!took.affected) return false;
    const confirmed = await m.update(Signup, { id: signupId, status: 'waitlisted' }, { status: 'confirmed' });
    if (!confirmed.affected) throw new PlaceNotNeeded();
    return true;
  }).catch((err) => {
    if (err instanceof PlaceNotNeeded) return false;
    throw err;
  });
}

/** The sign-up was promoted by a cancellation before it could take a place: give the place back (roll back). */
class PlaceNotNeeded extends Error {}

/** The sign-up changed between reading and deleting it (it was just promoted): read it again. */
class SignupChanged extends Error {}

/**
 * Cancels the actor's sign-up. A confirmed place goes to the first on the waiting list in the same
 * transaction. The activity row is written first, as sign-ups do, so the promotion sees every
 * waitlisted sign-up committed before it (MySQL takes its read snapshot at the first plain read).
 */
export async function cancelSignup(deps: Deps, actor: Actor, activityId: number) {
  const db = deps.db.manager;
  const activity = getOrThrow(await db.findOneBy(Activity, { id: activityId }), '活动');
  if (Date.now() >= activity.startAt.getTime()) throw new Conflict('ACTIVITY_STARTED', '活动已开始，不能取消报名');
  for (let attempt = 0; ; attempt++) {
    const mine = getOrThrow(await db.findOneBy(Signup, { activityId, userId: actor.id }), '报名');
    try {
      const promotedId = await inTransaction(deps.db, async (m) => {
        if (mine.status === 'confirmed')
          await m.createQueryBuilder().update(Activity).set({ confirmedCount: () => 'confirmedCount - 1' }).where('id = :id', { id: activityId }).execute();
        const deleted = await m.delete(Signup, { id: mine.id, status: mine.status });
        if (!deleted.affected) throw new SignupChanged();
        await dropReminder(m, activityId, actor.id);
        return mine.status === 'confirmed' ? promoteNext(m, activityId) : null;
      });
      return { id: mine.id, activityId, status: 'cancelled' as const, promotedSignupId: promotedId };
    } catch (err) {
      if (!(err instanceof SignupChanged) || attempt >= 2) throw err;
    }
  }
}

/**
 * Confirms the first on the waiting list if the activity has room; answers its id. Call it in a
 * transaction that has already written the activity row.
 */
export async function promoteNext(m: EntityManager, activityId: number): Promise<number | null> {
  const next = await m.findOne(Signup, { where: { activityId, status: 'waitlisted' }, order: { id: 'ASC' }, select: { id: true } });
  if (!next) return null;
  const took = await m.createQueryBuilder().update(Activity).set({ confirmedCount: () => 'confirmedCount + 1' }).where(HAS_ROOM, { id: activityId, published }).execute();
  if (!took.affected) return null;
  await m.update(Signup, { id: next.id, status: 'waitlisted' }, { status: 'confirmed' });
  return next.id;
}
