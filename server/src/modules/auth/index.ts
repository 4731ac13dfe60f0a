import type { AppModule } from '../module';
import { AdminScope, User } from './entities';
import { Auth1764000000200 } from './migrations/1764000000200-auth';
import { authRoutes } from './routes';
import { seedDemoUsers } from './seed';

/** What other modules may use (they import this file, never the module's other files). */
export { User } from './entities';
export { actorFromToken, adminScopes, grantRole, userNicknames } from './service';

export const authModule: AppModule = {
  name: 'auth',
  entities: [User, AdminScope],
  migrations: [Auth1764000000200],
  routes: authRoutes,
  seed: seedDemoUsers,
};
