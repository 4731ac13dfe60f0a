import { z } from 'zod';
import { IdParam } from '../../core/paging';
import { route } from '../../http/route';
import { NewTicket, ScannedTicket, TicketDecision, TicketPoll } from './present';
import { createTicket, decideTicket, pollTicket, scanTicket } from './service';

const PollQuery = z.object({ pollSecret: z.string().regex(/^[0-9a-f]{32}$/, '不是有效的凭证') });
const ScanBody = z.object({ qrPayload: z.string().min(1).max(200) });

export const consoleLoginRoutes = [
  route({
    method: 'post', path: '/console/login-tickets', access: 'public', response: NewTicket, status: 201, summary: 'A short-lived login ticket for the desk console (its QR code and poll secret)',
    handler: ({ deps, koa }) => createTicket(deps, { ip: koa.ip, userAgent: koa.get('user-agent') }),
  }),
  route({
    method: 'post', path: '/console/login-tickets/scan', access: 'user', response: ScannedTicket, summary: 'An admin scanned the console’s QR code: who logs in, and where', body: ScanBody,
    handler: ({ deps, actor, body }) => scanTicket(deps, actor, body.qrPayload),
  }),
  route({
    method: 'get', path: '/console/login-tickets/:id', access: 'public', response: TicketPoll, summary: 'The console polls its ticket; the token is handed out once, to the holder of the poll secret', params: IdParam, query: PollQuery,
    handler: ({ deps, params, query }) => pollTicket(deps, params.id, query.pollSecret),
  }),
  route({
    method: 'post', path: '/console/login-tickets/:id/confirm', access: 'user', response: TicketDecision, summary: 'The admin who scanned the ticket confirms the console login', params: IdParam,
    handler: ({ deps, actor, params }) => decideTicket(deps, actor, params.id, 'confirmed'),
  }),
  route({
    method: 'post', path: '/console/login-tickets/:id/cancel', access: 'user', response: TicketDecision, summary: 'The admin who scanned the ticket refuses the console login', params: IdParam,
    handler: ({ deps, actor, params }) => decideTicket(deps, actor, params.id, 'cancelled'),
  }),
];
