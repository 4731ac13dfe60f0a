import { IdParam } from '../../core/paging';
import { route } from '../../http/route';
import { communityTransparency, figureRows, rolledUpTransparency } from './record';
import { FigureRowPage, TransparencyCard, TransparencyRanking } from './present';
import { RowsQuery } from './schemas';

export const transparencyRoutes = [
  route({
    method: 'get', path: '/communities/:id/transparency', access: 'public', response: TransparencyCard, summary: 'The community’s 公开档案: disclosures on time / late / missing over 12 months and 4 quarters, questions and letters answered in time, satisfaction, the chain head', params: IdParam,
    handler: ({ deps, params }) => communityTransparency(deps.db.manager, params.id, deps.clock.now()),
  }),
  route({
    method: 'get', path: '/communities/:id/transparency/rows', access: 'public', response: FigureRowPage, summary: 'The rows behind one figure of the card', params: IdParam, query: RowsQuery,
    handler: ({ deps, params, query }) => figureRows(deps.db.manager, params.id, query, deps.clock.now()),
  }),
  route({
    method: 'get', path: '/streets/:id/transparency', access: 'public', response: TransparencyRanking, summary: 'The street’s communities ranked by their record', params: IdParam,
    handler: ({ deps, params }) => rolledUpTransparency(deps.db.manager, params.id, deps.clock.now()),
  }),
  route({
    method: 'get', path: '/transparency', access: 'public', response: TransparencyRanking, summary: 'Every community of the district ranked by its record',
    handler: ({ deps }) => rolledUpTransparency(deps.db.manager, undefined, deps.clock.now()),
  }),
];
