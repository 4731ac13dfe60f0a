import type { components } from '../../lib/api-schema';

/** One admin write as GET /api/admin/audit-logs answers it. */
export type AuditLogEntry = components['schemas']['AuditEntry'];
