import { request } from '../../../lib/api-client';
import { usePagedList, type Paged } from '../../../lib/use-paged-list';
import type { ClaimState, MyClaim } from '../types';

/** 409 ALREADY_CLAIMED, SOLD_OUT, CAMPAIGN_NOT_RUNNING: the client's toast says which. */
export const claimOffer = (entryId: number) => request<{ id: number; code: string }>({ method: 'POST', path: `/api/campaign-entries/${entryId}/claims` });

export const listMyClaims = (q: { state?: ClaimState; page: number; pageSize: number }) =>
  request<Paged<MyClaim>>({ path: '/api/me/claims', query: { ...q }, toast: false });

/** My claims (我的优惠券) with their QR codes; the server draws the QR so the page needs no QR library. */
export const useMyClaims = (state?: ClaimState) => usePagedList((page, pageSize) => listMyClaims({ state, page, pageSize }), [state], 10);
