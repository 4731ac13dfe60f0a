import { request } from '../../../lib/api-client';
import { useFetch } from '../../../lib/use-fetch';
import { usePagedList, type Paged } from '../../../lib/use-paged-list';
import type { BindingForReview, BindingStatus } from '../types';

export const listMemberBindings = (q: { status: BindingStatus; page: number; pageSize: number }) =>
  request<Paged<BindingForReview>>({ path: '/api/admin/member-bindings', query: { ...q }, toast: false });

/** The requests in my scope with one status, newest first. */
export const useMemberBindings = (status: BindingStatus) =>
  usePagedList((page, pageSize) => listMemberBindings({ status, page, pageSize }), [status]);

/** How many requests wait for me (the admin home's badge); `enabled` waits until we know I am an admin. */
export const usePendingBindingCount = (enabled: boolean) =>
  useFetch(async () => (await listMemberBindings({ status: 'pending', page: 1, pageSize: 1 })).total, [], enabled);
