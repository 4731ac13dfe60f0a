import { z } from 'zod';
import { IdParam, Paging } from '../../core/paging';
import { route } from '../../http/route';
import { Commitment, CommitmentPage } from './present';
import { addFulfilment, listCommitments, myCommitments, publishCommitment } from './service';

export const commitmentRoutes = [
  route({
    method: 'get', path: '/commitments', access: 'optional', response: CommitmentPage, summary: "An organisation's commitments for a year (阳光承诺, 履职承诺), officials' first, with what was done",
    query: Paging.extend({ organizationId: z.coerce.number().int().positive(), year: z.coerce.number().int().min(2000).max(2100).optional() }),
    handler: ({ deps, actor, query }) => listCommitments(deps.db.manager, actor, query, deps.clock.now()),
  }),
  route({
    method: 'post', path: '/commitments', access: 'user', response: Commitment, status: 201, summary: "Publish my commitment for this year or the next: a member's, or with organizationId an official's",
    body: z.object({ year: z.number().int().min(2000).max(2100), content: z.string().trim().min(5, '承诺内容至少 5 个字').max(1000), organizationId: z.number().int().positive().optional() }),
    handler: ({ deps, actor, body }) => publishCommitment(deps, actor, body),
  }),
  route({
    method: 'post', path: '/commitments/:id/fulfilments', access: 'user', response: Commitment, status: 201, summary: 'The author notes what was done', params: IdParam,
    body: z.object({ note: z.string().trim().min(2, '请填写践诺情况').max(500) }),
    handler: ({ deps, actor, params, body }) => addFulfilment(deps, actor, params.id, body.note),
  }),
  route({
    method: 'get', path: '/me/commitments', access: 'user', response: CommitmentPage, summary: 'My commitments, newest year first', query: Paging,
    handler: ({ deps, actor, query }) => myCommitments(deps.db.manager, actor, query),
  }),
];
