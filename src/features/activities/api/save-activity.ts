import { request } from '../../../lib/api-client';
import type { Activity } from '../types';

/** The editable fields of an activity; times are ISO strings with offset. */
export type ActivityInput = Pick<Activity, 'kind' | 'title' | 'description' | 'location' | 'startAt' | 'endAt' | 'signupDeadline' | 'capacity' | 'audience' | 'points'>;

/** Creates and publishes an activity for an organisation in the admin's scope. */
export const createActivity = (input: ActivityInput & { organizationId: number }) => request<Activity>({ method: 'POST', path: '/api/activities', body: input });

/** Edits an activity until it starts. */
export const updateActivity = (id: number, input: Partial<ActivityInput>) => request<Activity>({ method: 'PATCH', path: `/api/activities/${id}`, body: input });
