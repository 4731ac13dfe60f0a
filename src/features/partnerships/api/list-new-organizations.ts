import { request } from '../../../lib/api-client';
import { usePagedList, type Paged } from '../../../lib/use-paged-list';
import type { Coverage, NewOrganization } from '../types';

/** The two-new organisations behind a coverage figure of the dashboard (served by the orgs module). */
export const listNewOrganizations = (q: { streetId?: number; covered?: Coverage; page: number; pageSize: number }) =>
  request<Paged<NewOrganization>>({ path: '/api/new-organizations', query: { ...q }, toast: false });

export const useNewOrganizationList = (streetId?: number, covered?: Coverage) =>
  usePagedList((page, pageSize) => listNewOrganizations({ streetId, covered, page, pageSize }), [streetId, covered]);
