import { z } from 'zod';
import { Paging } from '../../core/paging';
import { route } from '../../http/route';
import { AuditPage } from './present';
import { listAudit } from './service';

const AuditQuery = Paging.extend({
  actorId: z.coerce.number().int().positive().optional(),
  action: z.string().trim().min(1).max(60).optional(),
  entityType: z.string().max(40).optional(),
  entityId: z.coerce.number().int().positive().optional(),
});

export const auditRoutes = [
  route({
    method: 'get', path: '/admin/audit-logs', access: 'user', response: AuditPage, summary: 'Audit log of admin writes within my scope, by who (actorId) and what (entityType, entityId, action)', query: AuditQuery,
    handler: ({ deps, actor, query }) => listAudit(deps.db.manager, actor, query),
  }),
];
