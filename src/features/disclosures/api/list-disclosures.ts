import { request } from '../../../lib/api-client';
import type { Settles } from '../../../lib/use-filter';
import { usePagedList, type Paged } from '../../../lib/use-paged-list';
import type { Category, DisclosureSummary } from '../types';

export interface DisclosureFilter {
  category?: Category;
  /** A year `2025`, a quarter `2025-Q1` (with its months) or a month `2025-03`. */
  period?: string;
}

export const listDisclosures = (communityId: number, q: DisclosureFilter & { page: number; pageSize: number }) =>
  request<Paged<DisclosureSummary>>({ path: `/api/communities/${communityId}/disclosures`, query: { ...q }, toast: false });

/** A community's published disclosures, newest first, paged as the resident scrolls. */
export function useDisclosureList(communityId: number | undefined, { category, period }: DisclosureFilter = {}, filter?: Settles) {
  return usePagedList(
    (page, pageSize) => (communityId ? listDisclosures(communityId, { category, period, page, pageSize }) : Promise.resolve({ items: [], total: 0, page, pageSize })),
    [communityId, category, period],
    20,
    filter,
  );
}
