import { request } from '../../../lib/api-client';
import type { Activity, ActivityKind, Audience, Place } from '../types';

/** The editable fields; times are ISO strings with offset. */
export interface ActivityInput {
  kind: ActivityKind;
  title: string;
  description: string;
  location: Place;
  startAt: string;
  endAt: string;
  signupDeadline: string;
  capacity: number | null;
  audience: Audience;
  points: number;
}

/** Creates and publishes an activity for an organisation in the admin's scope. */
export const createActivity = (input: ActivityInput & { organizationId: number }) => request<Activity>({ method: 'POST', path: '/api/activities', body: input });

/** Edits an activity until it starts. */
export const updateActivity = (id: number, input: Partial<ActivityInput>) => request<Activity>({ method: 'PATCH', path: `/api/activities/${id}`, body: input });
