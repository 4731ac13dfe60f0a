import type { AppModule } from '../module';
import { dashboardRoutes } from './routes';

/** The district dashboard: figures read from partnerships, orgs, disclosures and activities. It owns no tables. */
export const dashboardModule: AppModule = {
  name: 'dashboard',
  entities: [],
  migrations: [],
  routes: dashboardRoutes,
};
