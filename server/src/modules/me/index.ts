import type { AppModule } from '../module';
import { meRoutes } from './routes';

/** `/api/me`: the caller as the app sees them, read from auth, members and campaigns. It owns no tables. */
export const meModule: AppModule = {
  name: 'me',
  entities: [],
  migrations: [],
  routes: meRoutes,
};
