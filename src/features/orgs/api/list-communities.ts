import { request } from '../../../lib/api-client';
import { usePagedList, type Paged } from '../../../lib/use-paged-list';
import type { Community } from '../types';

export interface CommunityQuery {
  streetId?: number;
  /** Part of the community's name. */
  q?: string;
  page: number;
  pageSize: number;
}

export const listCommunities = (query: CommunityQuery) =>
  request<Paged<Community>>({ path: '/api/communities', query: { ...query }, toast: false });

/** Communities matching a search, paged as the user scrolls. */
export function useCommunityList(q: string, streetId?: number) {
  return usePagedList((page, pageSize) => listCommunities({ q, streetId, page, pageSize }), [q, streetId]);
}
