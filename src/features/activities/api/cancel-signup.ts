import { request } from '../../../lib/api-client';

/** Cancels my sign-up; the server confirms the first on the waiting list in the same transaction. */
export const cancelSignup = (activityId: number) =>
  request<{ id: number; activityId: number; status: 'cancelled'; promotedSignupId: number | null }>({ method: 'DELETE', path: `/api/activities/${activityId}/signups/me` });
