import { get, post, type Paged } from '../../lib/api';
import type { Schemas } from '../../lib/schema';

export type Merchant = Schemas['Merchant'];
export type Review = Merchant['status'];
export type Entry = Schemas['CampaignEntryWithCampaign'];
export type Campaign = Schemas['Campaign'];
export type Stats = Schemas['CampaignStats'];
export const merchants = (q: { page: number; pageSize: number; status?: string }) => get<Paged<Merchant>>('/admin/merchants', q);
export const reviewMerchant = (id: number, ok: boolean) => post(`/admin/merchants/${id}/${ok ? 'approve' : 'reject'}`, ok ? {} : { reason: '资料不符合要求' });
export const entries = (q: { page: number; pageSize: number; status?: string }) => get<Paged<Entry>>('/admin/campaign-entries', q);
export const reviewEntry = (e: Entry, ok: boolean) => post(`/campaigns/${e.campaignId}/entries/${e.id}/${ok ? 'approve' : 'reject'}`, ok ? {} : { reason: '优惠内容不符合要求' });
export const campaigns = () => get<Paged<Campaign>>('/campaigns', { pageSize: 100 });
export const stats = (id: number) => get<Stats>(`/campaigns/${id}/stats`);
