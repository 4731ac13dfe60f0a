import { request } from '../../../lib/api-client';
import type { Activity } from '../types';

/** Cancels an activity; everyone signed up is told the reason. */
export const cancelActivity = (id: number, reason: string) => request<Activity>({ method: 'POST', path: `/api/activities/${id}/cancel`, body: { reason } });
