import { get, type Paged } from '../../lib/api';
import type { Schemas } from '../../lib/schema';

export type AuditEntry = Schemas['AuditEntry'];
export type AuditQuery = { page: number; pageSize: number; actorId?: number; action?: string; entityType?: string; entityId?: number };
export const auditLogs = (q: AuditQuery) => get<Paged<AuditEntry>>('/admin/audit-logs', q);
