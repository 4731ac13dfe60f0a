import Taro from '@tarojs/taro';
import { useState } from 'react';
import { request } from '../../../lib/api-client';
import { getToken } from '../../../lib/auth';
import { API_BASE, ApiError } from '../../../lib/http';
import { toastError } from '../../../lib/toast';
import { usePagedList, type Paged } from '../../../lib/use-paged-list';
import type { RosterRow } from '../types';

export interface Roster extends Paged<RosterRow> {
  confirmedCount: number;
  waitlistCount: number;
}

export const getRoster = (activityId: number, page: number, pageSize: number) =>
  request<Roster>({ path: `/api/activities/${activityId}/signups`, query: { format: 'json', page, pageSize }, toast: false });

/** The roster (confirmed first, then the waiting list in order), with its counts. */
export function useRoster(activityId: number) {
  const [counts, setCounts] = useState<{ confirmedCount: number; waitlistCount: number } | null>(null);
  const list = usePagedList(async (page, pageSize) => {
    const res = await getRoster(activityId, page, pageSize);
    setCounts({ confirmedCount: res.confirmedCount, waitlistCount: res.waitlistCount });
    return res;
  }, [activityId], 50);
  return { counts, list };
}

/** The address of the roster as an Excel file (needs the bearer token, so it is fetched, not linked). */
export const rosterXlsxPath = (activityId: number) => `/api/activities/${activityId}/signups?format=xlsx`;

/**
 * Downloads the roster as xlsx: in WeChat into a temporary file opened with the document viewer
 * (which offers forwarding and saving); in H5 as a browser download.
 */
export async function downloadRoster(activityId: number): Promise<void> {
  const url = API_BASE + rosterXlsxPath(activityId);
  const header = { Authorization: `Bearer ${getToken() ?? ''}` };
  try {
    if (process.env.TARO_ENV === 'weapp') {
      const res = await Taro.downloadFile({ url, header });
      if (res.statusCode !== 200) throw new ApiError(res.statusCode, `HTTP_${res.statusCode}`, '名单下载失败');
      await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'xlsx', showMenu: true });
      return;
    }
    const res = await fetch(url, { headers: header });
    if (!res.ok) throw new ApiError(res.status, `HTTP_${res.status}`, res.status === 403 ? '无权下载该名单' : '名单下载失败');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await res.blob());
    link.download = `activity-${activityId}-roster.xlsx`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  } catch (error) {
    toastError(error);
  }
}
