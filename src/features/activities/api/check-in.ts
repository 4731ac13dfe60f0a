import { request } from '../../../lib/api-client';
import type { components } from '../../../lib/api-schema';
import type { CheckinResult } from '../types';

export type CheckinInput = components['schemas']['CheckinInput'];

export const checkIn = (activityId: number, input: CheckinInput) =>
  request<CheckinResult>({ method: 'POST', path: `/api/activities/${activityId}/checkins`, body: input });

/**
 * What was scanned or typed: six digits are the short code (needs the activity from the page);
 * anything else is the QR token, which names its activity (`<activityId>.<window>.<mac>`).
 */
export function parseCheckinInput(text: string, activityId?: number): { activityId: number; input: CheckinInput } | null {
  const value = text.trim();
  if (/^\d{6}$/.test(value)) return activityId ? { activityId, input: { shortCode: value } } : null;
  const fromToken = Number(value.split('.')[0]);
  if (!Number.isInteger(fromToken) || fromToken <= 0) return null;
  return { activityId: fromToken, input: { token: value } };
}
