import { IdParam } from '../../core/paging';
import { route } from '../../http/route';
import { Ballot, Vote, VotePage } from './present';
import { BallotBody, CreateVoteBody, UpdateVoteBody, VotesQuery } from './schemas';
import { castBallot, createVote, getVote, listVotes, updateVote } from './service';

export const voteRoutes = [
  route({
    method: 'post', path: '/votes', access: 'user', response: Vote, status: 201, summary: 'Open a vote of the members of an organisation’s subtree, or of residents (scope admin)', body: CreateVoteBody,
    handler: ({ deps, actor, body }) => createVote(deps, actor, body),
  }),
  route({
    method: 'get', path: '/votes', access: 'optional', response: VotePage, summary: 'Votes, newest first; eligible=true: those the caller may vote in', query: VotesQuery,
    handler: ({ deps, actor, query }) => listVotes(deps.db.manager, actor, query, deps.clock.now()),
  }),
  route({
    method: 'get', path: '/votes/:id', access: 'optional', response: Vote, summary: 'One vote; option counts only once it has closed (null before)', params: IdParam,
    handler: ({ deps, actor, params }) => getVote(deps.db.manager, actor, params.id, deps.clock.now()),
  }),
  route({
    method: 'patch', path: '/votes/:id', access: 'user', response: Vote, summary: 'Correct a vote before it opens; its options are frozen from opensAt on (409)', params: IdParam, body: UpdateVoteBody,
    handler: ({ deps, actor, params, body }) => updateVote(deps, actor, params.id, body),
  }),
  route({
    method: 'post', path: '/votes/:id/ballots', access: 'user', response: Ballot, status: 201, summary: 'Cast a secret ballot, once, inside the window (eligible voters)', params: IdParam, body: BallotBody,
    handler: ({ deps, actor, params, body }) => castBallot(deps, actor, params.id, body.optionIds),
  }),
];
