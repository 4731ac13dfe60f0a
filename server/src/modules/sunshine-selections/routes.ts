import { IdParam } from '../../core/paging';
import { route } from '../../http/route';
import { Selection, SelectionPage } from './present';
import { CreateSelectionBody, OpenVoteBody, PublishNoticeBody, SelectionsQuery } from './schemas';
import { createSelection, finalizeSelection, getSelection, listSelections, openSelectionVote, publishSelectionNotice } from './service';

export const selectionRoutes = [
  route({
    method: 'post', path: '/sunshine-selections', access: 'user', response: Selection, status: 201, summary: 'Start a 阳光党员 selection: candidates by stars and points, more than seats (scope admin)', body: CreateSelectionBody,
    handler: ({ deps, actor, body }) => createSelection(deps, actor, body),
  }),
  route({
    method: 'get', path: '/sunshine-selections', access: 'public', response: SelectionPage, summary: 'Selections, newest first, with their steps’ dates', query: SelectionsQuery,
    handler: ({ deps, query }) => listSelections(deps.db.manager, query),
  }),
  route({
    method: 'get', path: '/sunshine-selections/:id', access: 'public', response: Selection, summary: 'One selection: status, dates, candidates, vote, notice, winners', params: IdParam,
    handler: ({ deps, params }) => getSelection(deps.db.manager, params.id),
  }),
  route({
    method: 'post', path: '/sunshine-selections/:id/vote', access: 'user', response: Selection, summary: 'Open the members’ vote on the candidates (scope admin)', params: IdParam, body: OpenVoteBody,
    handler: ({ deps, actor, params, body }) => openSelectionVote(deps, actor, params.id, body),
  }),
  route({
    method: 'post', path: '/sunshine-selections/:id/notice', access: 'user', response: Selection, summary: 'After the vote closes, publish the winners for 公示 (scope admin)', params: IdParam, body: PublishNoticeBody,
    handler: ({ deps, actor, params, body }) => publishSelectionNotice(deps, actor, params.id, body),
  }),
  route({
    method: 'post', path: '/sunshine-selections/:id/finalize', access: 'user', response: Selection, summary: 'After the 公示 ends, finalize: upheld objections drop a winner (scope admin)', params: IdParam,
    handler: ({ deps, actor, params }) => finalizeSelection(deps, actor, params.id),
  }),
];
