import { z } from 'zod';
import { Instant, Int } from '../../core/output';
import { pageOf } from '../../core/paging';

/** `before` / `after`: the presented record around the write, as the module presented it then. */
export const AuditEntry = z
  .object({
    id: Int, actorId: Int, actorName: z.string().nullable(), action: z.string(), entityType: z.string(), entityId: Int,
    before: z.record(z.string(), z.unknown()).nullable(), after: z.record(z.string(), z.unknown()).nullable(), createdAt: Instant,
  })
  .meta({ id: 'AuditEntry' });
export const AuditPage = pageOf(AuditEntry);
