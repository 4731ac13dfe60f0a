import { z } from 'zod';
import { IdParam, Paging } from '../../core/paging';
import { noContent, route } from '../../http/route';
import { Appointment, AppointmentPage } from './present';
import { appoint, listAppointments, revoke } from './service';

const Id = z.number().int().positive();
const ScopeQuery = Paging.extend({ organizationId: z.coerce.number().int().positive().optional() });
const AppointBody = z.object({ userId: Id, organizationId: Id });

export const appointmentRoutes = [
  route({
    method: 'get', path: '/admin/scopes', access: 'user', response: AppointmentPage, summary: "Admin appointments in my scope (an organisation's subtree with organizationId)", query: ScopeQuery,
    handler: ({ deps, actor, query }) => listAppointments(deps.db.manager, actor, query),
  }),
  route({
    method: 'post', path: '/admin/scopes', access: 'user', response: Appointment, status: 201, summary: 'Appoint an organisation admin inside my scope', body: AppointBody,
    handler: ({ deps, actor, body }) => appoint(deps, actor, body),
  }),
  route({
    method: 'delete', path: '/admin/scopes/:id', access: 'user', response: noContent, status: 204, summary: 'Revoke an appointment inside my scope', params: IdParam,
    handler: async ({ deps, actor, params, koa }) => {
      await revoke(deps, actor, params.id);
      koa.status = 204;
      return undefined;
    },
  }),
];
