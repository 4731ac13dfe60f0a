import crypto from 'node:crypto';
import { IsNull, Not, type EntityManager } from 'typeorm';
import QRCode from 'qrcode';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { Conflict, Invalid, getOrThrow } from '../../errors';
import type { Actor } from '../../core/actor';
import { partyMemberOf } from '../members';
import { organizationPath } from '../orgs';
import { attendanceRule, awardPoints, openTally } from '../points';
import { yearOf } from '../../core/time';
import { Activity, Signup } from './entities';
import { manageableActivity } from './service';

/**
 * Check-in codes rotate every WINDOW_MS and a code is accepted in its own window and the next, so
 * it lives 30–60 s: a photo of the admin's screen sent around (or yesterday's code) does not work.
 * Codes are HMACs of (activity, window) under a key derived from the JWT secret: nothing is stored, any process verifies.
 */
export const CHECKIN_WINDOW_MS = 30_000;

const windowOf = (t: number) => Math.floor(t / CHECKIN_WINDOW_MS);

/** The token (for the QR code) and the six-digit short code of one activity in one window. */
export function checkinCode(secret: string, activityId: number, window: number) {
  const mac = crypto.createHmac('sha256', secret).update(`activity-checkin:${activityId}:${window}`).digest();
  return { token: `${activityId}.${window}.${mac.subarray(0, 16).toString('base64url')}`, shortCode: String(mac.readUInt32BE(16) % 1_000_000).padStart(6, '0') };
}

export async function issueCheckinCode(deps: Deps, actor: Actor, activityId: number) {
  const { activity } = await manageableActivity(deps.db.manager, actor, activityId);
  if (activity.status !== 'published') throw new Conflict('ACTIVITY_CANCELLED', '活动已取消');
  const window = windowOf(deps.clock.now().getTime());
  const code = checkinCode(deps.config.checkinSecret, activityId, window);
  return {
    ...code,
    expiresAt: new Date((window + 2) * CHECKIN_WINDOW_MS).toISOString(),
    refreshAfterSeconds: CHECKIN_WINDOW_MS / 1000,
    qrDataUrl: await QRCode.toDataURL(code.token, { margin: 1, width: 360 }),
  };
}

/** One answer for every wrong case (a wrong code, a right code without a confirmed sign-up): no oracle. */
const invalidCode = () => new Invalid('签到码无效或已过期', undefined, 'INVALID_CHECKIN_CODE');

function isValidCode(secret: string, activityId: number, input: { token?: string; shortCode?: string }, at: Date): boolean {
  const now = windowOf(at.getTime());
  const live = [now, now - 1];
  const same = (a: string, b: string) => a.length === b.length && crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b));
  if (input.token) {
    const [id, window] = input.token.split('.').map(Number);
    if (id !== activityId || !Number.isInteger(window) || !same(input.token, checkinCode(secret, activityId, window).token)) return false;
    // A genuine but old QR code (its MAC cannot be guessed): say so, the member rescans.
    if (!live.includes(window)) throw new Invalid('签到二维码已过期，请扫描最新的二维码', undefined, 'CHECKIN_CODE_EXPIRED');
    return true;
  }
  return live.some((w) => same(input.shortCode!, checkinCode(secret, activityId, w).shortCode));
}

/** Check-in opens half an hour before the start and closes at the end. */
export const CHECKIN_OPENS_BEFORE_MS = 30 * 60_000;

/**
 * Marks attendance once (a conditional UPDATE on checkedInAt IS NULL) and, for a party member,
 * pays the activity's points through the ledger in the same transaction, under the rule for its kind
 * (nothing once the rule's yearly cap is reached).
 */
export async function checkIn(deps: Deps, actor: Actor, activityId: number, input: { token?: string; shortCode?: string }) {
  const activity = getOrThrow(await deps.db.manager.findOneBy(Activity, { id: activityId }), '活动');
  if (activity.status !== 'published') throw new Conflict('ACTIVITY_CANCELLED', '活动已取消');
  const checkedInAt = deps.clock.now();
  if (checkedInAt.getTime() < activity.startAt.getTime() - CHECKIN_OPENS_BEFORE_MS || checkedInAt > activity.endAt)
    throw new Conflict('CHECKIN_CLOSED', '不在签到时间内（活动开始前30分钟至活动结束）');
  // Guessing the six digits: every attempt counts against the user, every wrong one against the activity.
  await deps.limits.consume('checkin', actor.id);
  await deps.limits.assertOpen('checkinFailure', activityId);
  const refuse = async () => {
    await deps.limits.consume('checkinFailure', activityId);
    return invalidCode();
  };
  if (!isValidCode(deps.config.checkinSecret, activityId, input, checkedInAt)) throw await refuse();
  const signup = await deps.db.manager.findOneBy(Signup, { activityId, userId: actor.id });
  if (signup?.status !== 'confirmed') throw await refuse();
  const rule = attendanceRule(activity.kind);
  if (activity.points > 0) await openTally(deps.db.manager, actor.id, rule, yearOf(checkedInAt));
  return inTransaction(deps.db, async (m) => {
    const marked = await m
      .createQueryBuilder()
      .update(Signup)
      .set({ checkedInAt })
      .where('activityId = :a AND userId = :u AND status = :c AND checkedInAt IS NULL', { a: activityId, u: actor.id, c: 'confirmed' })
      .execute();
    if (!marked.affected) throw new Conflict('ALREADY_CHECKED_IN', '您已签到');
    const member = activity.points > 0 ? await partyMemberOf(m, actor.id) : null;
    const pointsAwarded = member
      ? await awardPoints(m, {
          userId: actor.id, delta: activity.points, reason: `参加活动「${activity.title}」`, sourceType: 'activity', sourceId: activity.id, ruleCode: rule,
          organizationId: member.organizationId, organizationPath: await organizationPath(m, member.organizationId), createdAt: checkedInAt,
        })
      : 0;
    return { activityId, checkedInAt: checkedInAt.toISOString(), pointsAwarded };
  });
}

/** For other modules (a meeting run as an activity): the activity's organisation and start, and the users who checked in. */
export async function activityCheckIns(db: EntityManager, activityId: number) {
  const activity = getOrThrow(await db.findOneBy(Activity, { id: activityId }), '活动');
  const rows = await db.find(Signup, { where: { activityId, checkedInAt: Not(IsNull()) }, select: { userId: true } });
  return { organizationId: activity.organizationId, startAt: activity.startAt, userIds: rows.map((r) => r.userId) };
}
