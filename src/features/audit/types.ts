/** One admin write as GET /api/admin/audit-logs answers it. */
export interface AuditLogEntry {
  id: number;
  actorId: number;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: number;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: string;
}
