import { request } from '../../../lib/api-client';
import { useFetch } from '../../../lib/use-fetch';
import { usePagedList, type Paged } from '../../../lib/use-paged-list';
import type { Alliance, Entry, EntryWithCampaign, Merchant } from '../types';

export interface NewMerchant {
  allianceId: number;
  name: string;
  category: string;
  address: string;
  contactPhone: string;
}

export const registerMerchant = (body: NewMerchant) => request<Merchant>({ method: 'POST', path: '/api/merchants', body });

export const useAlliances = () => useFetch(() => request<Paged<Alliance>>({ path: '/api/alliances', query: { pageSize: 100 }, toast: false }), []);

export const joinCampaign = (campaignId: number, body: { offerTitle: string; offerDetail: string; quota: number }) =>
  request<Entry>({ method: 'POST', path: `/api/campaigns/${campaignId}/entries`, body });

/** My merchant's entries across campaigns, with their review status. */
export const useMyEntries = () =>
  usePagedList((page, pageSize) => request<Paged<EntryWithCampaign>>({ path: '/api/me/campaign-entries', query: { page, pageSize }, toast: false }), []);

/** 404 for a code not of this offer, 409 ALREADY_REDEEMED or CAMPAIGN_NOT_RUNNING. */
export const redeemClaim = (entryId: number, code: string) =>
  request<{ claimId: number; offerTitle: string; redeemedAt: string }>({ method: 'POST', path: `/api/campaign-entries/${entryId}/redemptions`, body: { code }, toast: false });
