import Taro from '@tarojs/taro';
import { request } from '../../../lib/api-client';
import { getToken } from '../../../lib/auth';
import { API_BASE } from '../../../lib/http';
import { useFetch } from '../../../lib/use-fetch';
import type { CampaignStats } from '../types';

/** Per entry and per day; an admin sees every offer, a merchant only their own. */
export const useCampaignStats = (campaignId: number) =>
  useFetch(() => request<CampaignStats>({ path: `/api/campaigns/${campaignId}/stats`, toast: false }), [campaignId], campaignId > 0);

/** The same figures as an Excel file: downloaded with the token, then opened (weapp) or saved (H5). */
export async function exportStats(campaignId: number): Promise<void> {
  const url = `${API_BASE}/api/campaigns/${campaignId}/stats?format=xlsx`;
  const header = { Authorization: `Bearer ${getToken() ?? ''}` };
  if (process.env.TARO_ENV === 'weapp') {
    const res = await Taro.downloadFile({ url, header });
    await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'xlsx', showMenu: true });
    return;
  }
  const blob = await (await fetch(url, { headers: header })).blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `campaign-${campaignId}-stats.xlsx`;
  link.click();
}
