import { request } from '../../../lib/api-client';
import { usePagedList, type Paged } from '../../../lib/use-paged-list';
import type { Partnership } from '../types';

export interface PartnershipQuery {
  streetId?: number;
  year?: number;
}

export const listPartnerships = (q: PartnershipQuery & { page: number; pageSize: number }) =>
  request<Paged<Partnership>>({ path: '/api/partnerships', query: { ...q }, toast: false });

/** Pairs (with their lists and projects), paged as the user scrolls. */
export const usePartnershipList = (q: PartnershipQuery = {}) =>
  usePagedList((page, pageSize) => listPartnerships({ ...q, page, pageSize }), [q.streetId, q.year]);
