import { request } from '../../../lib/api-client';
import { useFetch } from '../../../lib/use-fetch';
import { usePagedList, type Paged } from '../../../lib/use-paged-list';
import type { Campaign, CampaignDetail, CampaignPhase } from '../types';

export const listCampaigns = (q: { phase?: CampaignPhase; page: number; pageSize: number }) =>
  request<Paged<Campaign>>({ path: '/api/campaigns', query: { ...q }, toast: false });

/** Campaigns, newest first, optionally of one phase (running / upcoming / ended). */
export const useCampaignList = (phase?: CampaignPhase) => usePagedList((page, pageSize) => listCampaigns({ phase, page, pageSize }), [phase]);

export const getCampaign = (id: number) => request<CampaignDetail>({ path: `/api/campaigns/${id}`, toast: false });

/** One campaign with its approved offers (and which of them I claimed). */
export const useCampaign = (id: number) => useFetch(() => getCampaign(id), [id], id > 0);

/** The newest campaign running now (首页), or null when none is. */
export const useRunningCampaign = () => useFetch(async () => (await listCampaigns({ phase: 'running', page: 1, pageSize: 1 })).items[0] ?? null, []);
