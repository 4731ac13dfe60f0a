import { z } from 'zod';
import { IdParam, Paging } from '../../core/paging';
import { route } from '../../http/route';
import { BindingForReviewPage, MemberBinding, RevealedPhone, RollMemberPage } from './present';
import { listRoll, revealPhone } from './roll';
import { listBindings, requestBinding, reviewBinding } from './service';

const BindingBody = z.object({
  name: z.string().trim().min(1).max(30),
  phone: z.string().regex(/^1\d{10}$/, '请输入11位手机号'),
  organizationId: z.number().int().positive(),
}).meta({ id: 'MemberBindingInput' });
const BindingQuery = Paging.extend({ status: z.enum(['pending', 'approved', 'rejected']).optional() });
const RollQuery = Paging.extend({ organizationId: z.coerce.number().int().positive().optional(), q: z.string().trim().min(1).max(30).optional() });
const RejectBody = z.object({ reason: z.string().trim().min(1).max(200).default('未通过审核') });

export const memberRoutes = [
  route({
    method: 'post', path: '/me/member-binding', access: 'user', status: 201, response: MemberBinding, summary: 'Ask to be recognised as a party member', body: BindingBody,
    handler: ({ deps, actor, body }) => requestBinding(deps, actor, body),
  }),
  route({
    method: 'get', path: '/admin/member-bindings', access: 'user', response: BindingForReviewPage, summary: 'Member binding requests in my scope', query: BindingQuery,
    handler: ({ deps, actor, query }) => listBindings(deps.db.manager, actor, query),
  }),
  route({
    method: 'post', path: '/admin/member-bindings/:id/approve', access: 'user', response: MemberBinding, summary: 'Approve a member binding', params: IdParam,
    handler: ({ deps, actor, params }) => reviewBinding(deps, actor, params.id, { approve: true }),
  }),
  route({
    method: 'post', path: '/admin/member-bindings/:id/reject', access: 'user', response: MemberBinding, summary: 'Reject a member binding with a reason', params: IdParam, body: RejectBody,
    handler: ({ deps, actor, params, body }) => reviewBinding(deps, actor, params.id, { approve: false, reason: body.reason }),
  }),
  route({
    method: 'get', path: '/admin/members', access: 'user', response: RollMemberPage, summary: 'The member roll in my scope (phones masked)', query: RollQuery,
    handler: ({ deps, actor, query }) => listRoll(deps.db.manager, actor, query),
  }),
  route({
    method: 'post', path: '/admin/members/:id/phone', access: 'user', response: RevealedPhone, summary: "Reveal a roll member's phone (audited)", params: IdParam,
    handler: ({ deps, actor, params }) => revealPhone(deps, actor, params.id),
  }),
];
