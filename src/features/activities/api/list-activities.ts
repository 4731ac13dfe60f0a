import { request } from '../../../lib/api-client';
import { usePagedList, type Paged } from '../../../lib/use-paged-list';
import type { Activity, ActivityKind } from '../types';

export const listActivities = (q: { kind?: ActivityKind; organizationId?: number; page: number; pageSize: number }) =>
  request<Paged<Activity>>({ path: '/api/activities', query: { ...q }, toast: false });

/** Published activities the caller may see, upcoming first, paged as the user scrolls. */
export const useActivityList = (kind?: ActivityKind) => usePagedList((page, pageSize) => listActivities({ kind, page, pageSize }), [kind]);
