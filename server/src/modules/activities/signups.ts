import type { DataSource, EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { Conflict, Forbidden, getOrThrow, fromDatabaseError } from '../../errors';
import type { Actor } from '../../core/actor';
import { partyMemberOf } from '../members';
import { organizationPath } from '../orgs';
import { Activity, Signup } from './entities';
import { dropReminder, scheduleReminder } from './notices';

const published = 'published';
/** The capacity rule, as a condition of the one UPDATE that takes a place. */
const HAS_ROOM = 'id = :id AND status = :published AND (capacity IS NULL OR confirmedCount < capacity)';

/** The new row's id from an insert run without TypeORM's reload: better-sqlite3 answers it, mysql2 a result header. */
const insertedId = (raw: number | { insertId: number }) => Number(typeof raw === 'object' ? raw.insertId : raw);

/** Members-only activities are for party members of the organisation's subtree. */
export async function isMemberUnder(db: EntityManager, userId: number, activity: Pick<Activity, 'organizationPath'>): Promise<boolean> {
  const member = await partyMemberOf(db, userId);
  return !!member && (await organizationPath(db, member.organizationId)).startsWith(activity.organizationPath);
}

/** Place on the waiting list: 1 + how many waitlisted sign-ups arrived earlier. */
export async function waitlistPosition(db: EntityManager, s: Signup): Promise<number | null> {
  if (s.status !== 'waitlisted') return null;
  return db.createQueryBuilder(Signup, 's').where('s.activityId = :a AND s.status = :w AND s.id <= :id', { a: s.activityId, w: 'waitlisted', id: s.id }).getCount();
}

/*
 * The sign-up path runs once per tap of a flash crowd, so it is raw SQL (TypeORM's query builder
 * costs more CPU than the round trip) and as few statements as the rules allow: one lean activity
 * read, the INSERT (autocommit when no reminder is asked for), the conditional UPDATE that takes a
 * place, and — only when that did not confirm — one read of the status and waiting-list position.
 * The rules stay in the database: the unique (activityId, userId) index makes a repeat the same
 * sign-up, and `takePlace`'s single conditional UPDATE enforces the capacity.
 */

/** What the checks before a sign-up need of the activity. */
interface ActivityForSignup {
  id: number;
  organizationPath: string;
  status: string;
  audience: string;
  signupDeadline: Date;
  startAt: Date;
}

/** mysql2 answers datetimes as Dates; better-sqlite3 as TypeORM wrote them, 'YYYY-MM-DD HH:mm:ss.SSS' in UTC. */
const asDate = (v: Date | string): Date => (v instanceof Date ? v : new Date(`${v.replace(' ', 'T')}Z`));
/** A datetime parameter both databases read as UTC with milliseconds (the format TypeORM writes). */
const sqlDateTime = (d: Date) => d.toISOString().slice(0, 23).replace('T', ' ');

async function activityForSignup(deps: Deps, activityId: number): Promise<ActivityForSignup> {
  const [row] = await deps.db.query('SELECT id, organizationPath, status, audience, signupDeadline, startAt FROM activities WHERE id = ?', [activityId]);
  const a = getOrThrow(row as ActivityForSignup | undefined, '活动');
  return { ...a, id: Number(a.id), signupDeadline: asDate(a.signupDeadline), startAt: asDate(a.startAt) };
}

/** The actor's sign-up as the API presents it, with its waiting-list position, in one statement. */
async function presentedSignup(deps: Deps, activityId: number, userId: number) {
  const [row] = await deps.db.query(
    `SELECT s.id, s.status, s.checkedInAt, s.createdAt,
       CASE WHEN s.status = 'waitlisted' THEN
         (SELECT COUNT(*) FROM activity_signups w WHERE w.activityId = s.activityId AND w.status = 'waitlisted' AND w.id <= s.id)
       END AS position
     FROM activity_signups s WHERE s.activityId = ? AND s.userId = ?`,
    [activityId, userId],
  );
  const s = getOrThrow(row as { id: number; status: Signup['status']; checkedInAt: Date | string | null; createdAt: Date | string; position: number | string | null } | undefined, '报名');
  return {
    id: Number(s.id),
    activityId,
    status: s.status,
    position: s.position === null ? null : Number(s.position),
    checkedInAt: s.checkedInAt === null ? null : asDate(s.checkedInAt).toISOString(),
    createdAt: asDate(s.createdAt).toISOString(),
  };
}

/**
 * Signs the actor up: confirmed while there is room, otherwise waitlisted. The sign-up row goes in
 * first as waitlisted (the unique (activity, user) index turns a repeat, or a double tap racing
 * itself, into the existing sign-up); then `takePlace` confirms it if the activity has room.
 */
export async function signUp(deps: Deps, actor: Actor, activityId: number, input: { subscribe: boolean }) {
  const activity = await activityForSignup(deps, activityId);
  // A cancellation landing between this read and the insert leaves at most a waitlisted row on a
  // cancelled activity: takePlace never confirms one.
  if (activity.status !== published) throw new Conflict('ACTIVITY_CANCELLED', '活动已取消');
  const now = deps.clock.now();
  if (now > activity.signupDeadline) throw new Conflict('SIGNUP_CLOSED', '报名已截止');
  if (activity.audience === 'members' && !(await isMemberUnder(deps.db.manager, actor.id, activity))) throw new Forbidden('该活动仅限本组织党员报名', 'MEMBERS_ONLY');
  let signupId: number;
  try {
    signupId = await insertSignup(deps, activity, actor.id, now, input.subscribe);
  } catch (err) {
    if (fromDatabaseError(err)?.code !== 'DUPLICATE') throw err;
    // A repeat: if an earlier attempt was cut between its INSERT and takePlace (the process or the
    // database died), it is waitlisted while places are free; fill them, first come first, now.
    const existing = await presentedSignup(deps, activityId, actor.id);
    if (existing.status !== 'waitlisted' || !(await fillFreePlaces(deps.db, activityId)).length) return { created: false, signup: existing };
    return { created: false, signup: await presentedSignup(deps, activityId, actor.id) };
  }
  // Not confirmed: a cancellation may have promoted it meanwhile, so read what it is now.
  if (!(await takePlace(deps, activityId, signupId))) return { created: true, signup: await presentedSignup(deps, activityId, actor.id) };
  return { created: true, signup: { id: signupId, activityId, status: 'confirmed' as const, position: null, checkedInAt: null, createdAt: now.toISOString() } };
}

/**
 * Inserts the waitlisted sign-up row and answers its id. On MySQL without a reminder it is one
 * autocommit INSERT (no BEGIN/COMMIT round trips); with a reminder, the row and the reminder go in
 * one transaction. SQLite has one connection per process: a statement outside the writers' mutex
 * would land inside whichever transaction is open on it, so there it is always `inTransaction`.
 */
async function insertSignup(deps: Deps, activity: ActivityForSignup, userId: number, now: Date, subscribe: boolean): Promise<number> {
  if (deps.db.options.type !== 'better-sqlite3' && !subscribe) {
    const result = await deps.db.query(
      "INSERT INTO activity_signups (activityId, userId, status, checkedInAt, createdAt, updatedAt) VALUES (?, ?, 'waitlisted', NULL, ?, ?)",
      [activity.id, userId, sqlDateTime(now), sqlDateTime(now)],
    );
    return Number((result as { insertId: number }).insertId);
  }
  return inTransaction(deps.db, async (m) => {
    const row = m.create(Signup, { activityId: activity.id, userId, status: 'waitlisted', checkedInAt: null, createdAt: now, updatedAt: now });
    // No reload: on MySQL it would be one more round trip per sign-up.
    const { raw } = await m.createQueryBuilder().insert().into(Signup).values(row).updateEntity(false).execute();
    if (subscribe) await scheduleReminder(m, activity, userId);
    return insertedId(raw);
  });
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

/**
 * Confirms waitlisted sign-ups, oldest first, while the activity has free places; answers their ids.
 * The repair for a sign-up cut between its two statements: a repeat sign-up and a job call it. The
 * activity row is written (locked) first, as every place-taking statement does.
 */
export async function fillFreePlaces(db: DataSource, activityId: number): Promise<number[]> {
  return inTransaction(db, async (m) => {
    await m.createQueryBuilder().update(Activity).set({ confirmedCount: () => 'confirmedCount' }).where('id = :id', { id: activityId }).execute();
    const promoted: number[] = [];
    for (let id = await promoteNext(m, activityId); id !== null; id = await promoteNext(m, activityId)) promoted.push(id);
    return promoted;
  });
}

/** The job: every published, not yet started activity with free places and someone waiting gets them filled. */
export async function repairWaitlists(deps: Deps, now: Date): Promise<number> {
  const rows: { id: number }[] = await deps.db
    .createQueryBuilder(Activity, 'a')
    .select('a.id', 'id')
    .where('a.status = :published AND a.endAt > :now AND (a.capacity IS NULL OR a.confirmedCount < a.capacity)', { published, now })
    .andWhere((qb) => `EXISTS ${qb.subQuery().select('1').from(Signup, 's').where("s.activityId = a.id AND s.status = 'waitlisted'").getQuery()}`)
    .getRawMany();
  let promoted = 0;
  for (const { id } of rows) promoted += (await fillFreePlaces(deps.db, Number(id))).length;
  if (promoted) deps.log.warn({ promoted }, 'waitlisted sign-ups confirmed into free places (a sign-up had been cut short)');
  return promoted;
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
  if (deps.clock.now() >= activity.startAt) throw new Conflict('ACTIVITY_STARTED', '活动已开始，不能取消报名');
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
