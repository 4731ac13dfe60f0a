import { useState } from 'react';
import { request } from '../../../lib/api-client';
import { download } from '../../../lib/download';
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

/** The roster as an Excel file: opened in WeChat's document viewer, saved as a download in H5. */
export const downloadRoster = (activityId: number) => download({ path: `/api/activities/${activityId}/signups`, query: { format: 'xlsx' }, fileType: 'xlsx' });
