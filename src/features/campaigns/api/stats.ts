import { request } from '../../../lib/api-client';
import { download } from '../../../lib/download';
import { useFetch } from '../../../lib/use-fetch';
import type { CampaignStats } from '../types';

/** Per entry and per day; an admin sees every offer, a merchant only their own. */
export const useCampaignStats = (campaignId: number) =>
  useFetch(() => request<CampaignStats>({ path: `/api/campaigns/${campaignId}/stats`, toast: false }), [campaignId], campaignId > 0);

/** The same figures as an Excel file: opened in WeChat's document viewer, saved as a download in H5. */
export const exportStats = (campaignId: number) => download({ path: `/api/campaigns/${campaignId}/stats`, query: { format: 'xlsx' }, fileType: 'xlsx' });
