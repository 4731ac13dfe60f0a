import { z } from 'zod';
import { Instant, Int, Rate } from '../../core/output';
import { pageOf } from '../../core/paging';
import { ACTIVITY_KINDS, type Activity as ActivityRow, type Signup as SignupRow } from './entities';

const SignupStatus = z.enum(['confirmed', 'waitlisted']);

export const Activity = z
  .object({
    id: Int, organizationId: Int, kind: z.enum(ACTIVITY_KINDS), title: z.string(), description: z.string(),
    location: z.object({ name: z.string(), lat: z.number().optional(), lng: z.number().optional() }).meta({ id: 'Place' }),
    startAt: Instant, endAt: Instant, signupDeadline: Instant, capacity: Int.nullable(), audience: z.enum(['public', 'members']), points: Int,
    status: z.enum(['published', 'cancelled']), cancelReason: z.string().nullable(), confirmedCount: Int,
  })
  .meta({ id: 'Activity' });
export const ActivityPage = pageOf(Activity);

export function presentActivity(a: ActivityRow): z.infer<typeof Activity> {
  return {
    id: a.id,
    organizationId: a.organizationId,
    kind: a.kind,
    title: a.title,
    description: a.description,
    location: a.location,
    startAt: a.startAt.toISOString(),
    endAt: a.endAt.toISOString(),
    signupDeadline: a.signupDeadline.toISOString(),
    capacity: a.capacity,
    audience: a.audience,
    points: a.points,
    status: a.status,
    cancelReason: a.cancelReason,
    confirmedCount: a.confirmedCount,
  };
}

/** `position`: place on the waiting list (1 = next to be confirmed), null when confirmed. */
export const Signup = z
  .object({ id: Int, activityId: Int, status: SignupStatus, position: Int.nullable(), checkedInAt: Instant.nullable(), createdAt: Instant })
  .meta({ id: 'Signup' });

export function presentSignup(s: SignupRow, position: number | null): z.infer<typeof Signup> {
  return {
    id: s.id,
    activityId: s.activityId,
    status: s.status,
    position,
    checkedInAt: s.checkedInAt?.toISOString() ?? null,
    createdAt: s.createdAt.toISOString(),
  };
}

/** One activity with its counts, the caller's sign-up, and the subscription templates for reminders. */
export const ActivityDetail = Activity.extend({
  waitlistCount: Int, checkedInCount: Int, mySignup: Signup.nullable(), canManage: z.boolean(), subscribeTemplateIds: z.array(z.string()),
}).meta({ id: 'ActivityDetail' });

export const MySignupPage = pageOf(Signup.extend({ activity: Activity }).meta({ id: 'MySignup' }));

/** A cancelled sign-up, and whom its place went to (null when nobody was waiting or it was waitlisted). */
export const CancelledSignup = z
  .object({ id: Int, activityId: Int, status: z.literal('cancelled'), promotedSignupId: Int.nullable() })
  .meta({ id: 'CancelledSignup' });

export const ParticipationPage = pageOf(Activity.extend({ signups: Int, checkIns: Int }).meta({ id: 'ActivityParticipation' }));
/** Held activities, confirmed sign-ups and check-ins; `rate` is null when nobody signed up. */
export const ParticipationSummary = z
  .object({ year: Int, held: Int, signups: Int, checkIns: Int, rate: Rate.nullable() })
  .meta({ id: 'ParticipationSummary' });

export const Roster = pageOf(
  z.object({ id: Int, userId: Int, nickname: z.string(), status: SignupStatus, position: Int.nullable(), checkedInAt: Instant.nullable(), createdAt: Instant }).meta({ id: 'RosterEntry' }),
)
  .extend({ confirmedCount: Int, waitlistCount: Int })
  .meta({ id: 'Roster' });

export const CheckinCode = z
  .object({ token: z.string(), shortCode: z.string().regex(/^\d{6}$/), expiresAt: Instant, refreshAfterSeconds: Int, qrDataUrl: z.string() })
  .meta({ id: 'CheckinCode' });
export const Checkin = z.object({ activityId: Int, checkedInAt: Instant, pointsAwarded: Int }).meta({ id: 'Checkin' });
