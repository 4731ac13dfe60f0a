import { get, post, type Paged } from '../../lib/api';

export type Review = 'pending' | 'approved' | 'rejected';
export interface Merchant {
  id: number;
  name: string;
  category: string;
  address: string;
  contactPhone: string;
  status: Review;
  createdAt: string;
}
export interface Entry {
  id: number;
  campaignId: number;
  merchant: { name: string };
  offerTitle: string;
  quota: number;
  claimedCount: number;
  status: Review;
  campaign: { id: number; title: string };
}
export interface Campaign {
  id: number;
  title: string;
  phase: string;
  startAt: string;
  endAt: string;
}
export interface Stats {
  totals: { claims: number; redemptions: number; redemptionRate: number };
  entries: { entryId: number; merchantName: string; offerTitle: string; quota: number; claims: number; redemptions: number }[];
}
export const merchants = (q: { page: number; pageSize: number; status?: string }) => get<Paged<Merchant>>('/admin/merchants', q);
export const reviewMerchant = (id: number, ok: boolean) => post(`/admin/merchants/${id}/${ok ? 'approve' : 'reject'}`, ok ? {} : { reason: '资料不符合要求' });
export const entries = (q: { page: number; pageSize: number; status?: string }) => get<Paged<Entry>>('/admin/campaign-entries', q);
export const reviewEntry = (e: Entry, ok: boolean) => post(`/campaigns/${e.campaignId}/entries/${e.id}/${ok ? 'approve' : 'reject'}`, ok ? {} : { reason: '优惠内容不符合要求' });
export const campaigns = () => get<Paged<Campaign>>('/campaigns', { pageSize: 100 });
export const stats = (id: number) => get<Stats>(`/campaigns/${id}/stats`);
