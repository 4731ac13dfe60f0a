import { request } from '../../../lib/api-client';
import { usePagedList, type Paged } from '../../../lib/use-paged-list';
import type { PairedCommunity } from '../types';

/** The communities behind "communities paired". */
export const listPairedCommunities = (q: { streetId?: number; page: number; pageSize: number }) =>
  request<Paged<PairedCommunity>>({ path: '/api/partnerships/communities', query: { ...q }, toast: false });

export const usePairedCommunityList = (streetId?: number) =>
  usePagedList((page, pageSize) => listPairedCommunities({ streetId, page, pageSize }), [streetId]);
