import { request } from '../../../lib/api-client';
import type { components } from '../../../lib/api-schema';
import type { Activity } from '../types';

/** What an admin sends: times are ISO strings with offset; left out, the server's defaults apply. */
export type ActivityInput = components['schemas']['ActivityInput'];
export type ActivityChanges = components['schemas']['ActivityChanges'];

/** Creates and publishes an activity for an organisation in the admin's scope. */
export const createActivity = (input: ActivityInput) => request<Activity>({ method: 'POST', path: '/api/activities', body: input });

/** Edits an activity until it starts. */
export const updateActivity = (id: number, input: ActivityChanges) => request<Activity>({ method: 'PATCH', path: `/api/activities/${id}`, body: input });
