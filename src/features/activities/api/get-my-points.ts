import { useState } from 'react';
import { request } from '../../../lib/api-client';
import { useFetch } from '../../../lib/use-fetch';
import { usePagedList } from '../../../lib/use-paged-list';
import type { MyPoints } from '../types';

export const getMyPoints = (q: { year?: number; page: number; pageSize: number }) => request<MyPoints>({ path: '/api/me/points', query: { ...q }, toast: false });

/** My points for a year: the total, the rules with what each has paid, and the ledger entries paged like any list. */
export function useMyPoints(year?: number) {
  const [summary, setSummary] = useState<Pick<MyPoints, 'year' | 'total' | 'rules'> | null>(null);
  const list = usePagedList(async (page, pageSize) => {
    const res = await getMyPoints({ year, page, pageSize });
    setSummary({ year: res.year, total: res.total, rules: res.rules });
    return { items: res.entries, total: res.entryCount, page: res.page, pageSize: res.pageSize };
  }, [year]);
  return { summary, list };
}

/** This year's total alone (党员中心); `enabled` waits until we know the user is a member, as others get 403. */
export const useMyPointsTotal = (enabled: boolean) =>
  useFetch(async () => (await getMyPoints({ page: 1, pageSize: 1 })).total, [], enabled);
