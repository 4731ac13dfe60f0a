import { request } from '../../../lib/api-client';
import { usePagedList, type Paged } from '../../../lib/use-paged-list';
import type { Campaign, Entry, EntryWithCampaign, Merchant } from '../types';

export const usePendingMerchants = () =>
  usePagedList((page, pageSize) => request<Paged<Merchant>>({ path: '/api/admin/merchants', query: { status: 'pending', page, pageSize }, toast: false }), []);

export const usePendingEntries = () =>
  usePagedList((page, pageSize) => request<Paged<EntryWithCampaign>>({ path: '/api/admin/campaign-entries', query: { status: 'pending', page, pageSize }, toast: false }), []);

export type Decision = { approve: true } | { approve: false; reason: string };

export const reviewMerchant = (id: number, d: Decision) =>
  request<Merchant>({ method: 'POST', path: `/api/admin/merchants/${id}/${d.approve ? 'approve' : 'reject'}`, body: d.approve ? {} : { reason: d.reason } });

export const reviewEntry = (e: Entry, d: Decision) =>
  request<Entry>({ method: 'POST', path: `/api/campaigns/${e.campaignId}/entries/${e.id}/${d.approve ? 'approve' : 'reject'}`, body: d.approve ? {} : { reason: d.reason } });

export interface NewCampaign {
  allianceId: number;
  title: string;
  description: string;
  enrollDeadline: string;
  startAt: string;
  endAt: string;
  /** A stored image (POST /api/files), shown as the campaign's poster. */
  posterFileId?: number | null;
}

export const createCampaign = (body: NewCampaign) => request<Campaign>({ method: 'POST', path: '/api/campaigns', body });
