import { request } from '../../../lib/api-client';
import type { Partnership } from '../types';

export interface NewPartnership {
  communityAId: number;
  communityBId: number;
  /** YYYY-MM-DD, a day in Shanghai. */
  signedAt: string;
  agreementTitle: string;
}

/** 409 ALREADY_PAIRED when either community already has a pair that year. */
export const createPartnership = (body: NewPartnership) => request<Partnership>({ method: 'POST', path: '/api/partnerships', body });
