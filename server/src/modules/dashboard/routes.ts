import { route } from '../../http/route';
import { Dashboard, dashboard } from './dashboard';
import { DashboardQuery } from './schemas';

export const dashboardRoutes = [
  route({
    method: 'get', path: '/dashboard', access: 'optional', response: Dashboard, summary: 'District dashboard (admins: their district or street; others: the public summary)', query: DashboardQuery,
    handler: ({ deps, actor, query }) => dashboard(deps.db.manager, actor, query, deps.clock.now()),
  }),
];
