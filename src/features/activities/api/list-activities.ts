import { request } from '../../../lib/api-client';
import type { Settles } from '../../../lib/use-filter';
import { useFetch } from '../../../lib/use-fetch';
import { usePagedList, type Paged } from '../../../lib/use-paged-list';
import type { Activity, ActivityKind } from '../types';

export const listActivities = (q: { kind?: ActivityKind; organizationId?: number; page: number; pageSize: number }) =>
  request<Paged<Activity>>({ path: '/api/activities', query: { ...q }, toast: false });

/** Published activities the caller may see, upcoming first, paged as the user scrolls. */
export const useActivityList = (kind?: ActivityKind, filter?: Settles) => usePagedList((page, pageSize) => listActivities({ kind, page, pageSize }), [kind], 20, filter);

/** The next few activities of an organisation that have not ended (首页), soonest first. */
export const useUpcomingActivities = (organizationId: number | undefined, count = 3) =>
  useFetch(
    async () => (await listActivities({ organizationId, page: 1, pageSize: count + 2 })).items.filter((a) => a.status !== 'cancelled' && Date.parse(a.endAt) > Date.now()).slice(0, count),
    [organizationId, count],
    organizationId !== undefined,
  );
