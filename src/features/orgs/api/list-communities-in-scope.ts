import { request } from '../../../lib/api-client';
import { useFetch } from '../../../lib/use-fetch';
import type { Paged } from '../../../lib/use-paged-list';
import type { Community } from '../types';

const PAGE_SIZE = 100;

/** GET /api/admin/communities: the communities whose organisation lies in the caller's admin scope. */
export const listCommunitiesInScope = (page: number) =>
  request<Paged<Community>>({ path: '/api/admin/communities', query: { page, pageSize: PAGE_SIZE }, toast: false });

/**
 * Every community the admin may publish for, for a picker: the server decides the scope (and again
 * on every write). A whole district is a few hundred communities, so a few pages at most.
 */
async function allCommunitiesInScope(): Promise<Community[]> {
  const first = await listCommunitiesInScope(1);
  const rest = await Promise.all(Array.from({ length: Math.ceil(first.total / PAGE_SIZE) - 1 }, (_, i) => listCommunitiesInScope(i + 2)));
  return [first, ...rest].flatMap((p) => p.items);
}

/** The admin's communities, loaded once there is a user (and again for another one). */
export const useCommunitiesInScope = (userId: number | undefined) => useFetch(allCommunitiesInScope, [userId], userId !== undefined);
