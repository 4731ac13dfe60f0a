import type { Activity, Signup } from './entities';

export function presentActivity(a: Activity) {
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
export function presentSignup(s: Signup, position: number | null) {
  return {
    id: s.id,
    activityId: s.activityId,
    status: s.status,
    position,
    checkedInAt: s.checkedInAt?.toISOString() ?? null,
    createdAt: s.createdAt.toISOString(),
  };
}
