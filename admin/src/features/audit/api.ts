import { get, type Paged } from '../../lib/api';

export interface AuditEntry {
  id: number;
  actorId: number;
  actorName: string;
  action: string;
  entityType: string;
  entityId: number;
  before: unknown;
  after: unknown;
  createdAt: string;
}
export const auditLogs = (q: { page: number; pageSize: number; entityType?: string; entityId?: number }) => get<Paged<AuditEntry>>('/admin/audit-logs', q);
