import { request } from '../../../lib/api-client';
import { usePagedList, type Paged } from '../../../lib/use-paged-list';
import type { RollMember } from '../types';

export const listRoll = (q: { q?: string; organizationId?: number; page: number; pageSize: number }) =>
  request<Paged<RollMember>>({ path: '/api/admin/members', query: { ...q }, toast: false });

/** The roll in my scope, by part of a name and within one organisation's subtree. */
export const useRoll = (q: string, organizationId?: number) =>
  usePagedList((page, pageSize) => listRoll({ q, organizationId, page, pageSize }), [q, organizationId]);
