import { request } from '../../../lib/api-client';
import { usePagedList, type Paged } from '../../../lib/use-paged-list';
import type { MySignup } from '../types';

export const listMySignups = (page: number, pageSize: number) => request<Paged<MySignup>>({ path: '/api/me/signups', query: { page, pageSize }, toast: false });

/** My sign-ups, newest first, each with its activity. */
export const useMySignups = () => usePagedList(listMySignups, []);
