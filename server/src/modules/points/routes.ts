import { z } from 'zod';
import { Paging } from '../../core/paging';
import { route } from '../../http/route';
import { MyPoints, Ranking } from './present';
import { myPoints, ranking } from './service';

const Year = z.coerce.number().int().min(2000).max(2100).optional();

export const pointRoutes = [
  route({
    method: 'get', path: '/me/points', access: 'user', response: MyPoints, summary: 'My points ledger for a year (members)', query: Paging.extend({ year: Year }),
    handler: ({ deps, actor, query }) => myPoints(deps.db.manager, actor, query, deps.clock.now()),
  }),
  route({
    method: 'get', path: '/points/ranking', access: 'user', response: Ranking, summary: 'Members ranked by points within an organisation (admin)',
    query: Paging.extend({ organizationId: z.coerce.number().int().positive(), year: Year }),
    handler: ({ deps, actor, query }) => ranking(deps.db.manager, actor, query, deps.clock.now()),
  }),
];
