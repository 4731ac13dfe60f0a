import { request } from '../../../lib/api-client';
import { usePagedList, type Paged } from '../../../lib/use-paged-list';
import type { AuditLogEntry } from '../types';

export const listAuditLogs = (q: { entityType?: string; page: number; pageSize: number }) =>
  request<Paged<AuditLogEntry>>({ path: '/api/admin/audit-logs', query: { ...q }, toast: false });

/** The admin writes in my scope, newest first; `''` for every kind of record. */
export const useAuditLogs = (entityType: string) =>
  usePagedList((page, pageSize) => listAuditLogs({ entityType: entityType || undefined, page, pageSize }), [entityType]);
