import { request } from '../../../lib/api-client';
import { usePagedList, type Paged } from '../../../lib/use-paged-list';
import type { Appointment } from '../types';

export const listAppointments = (q: { organizationId?: number; page: number; pageSize: number }) =>
  request<Paged<Appointment>>({ path: '/api/admin/scopes', query: { ...q }, toast: false });

/** The appointments in my scope, or in one organisation's subtree. */
export const useAppointments = (organizationId?: number) =>
  usePagedList((page, pageSize) => listAppointments({ organizationId, page, pageSize }), [organizationId]);
