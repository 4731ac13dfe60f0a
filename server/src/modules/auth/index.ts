import type { AppModule } from '../module';
import { AdminScope, User } from './entities';
import { Auth1764000000200 } from './migrations/1764000000200-auth';
import { authRoutes } from './routes';
import { seedDemoUsers } from './seed';

export const authModule: AppModule = {
  name: 'auth',
  entities: [User, AdminScope],
  migrations: [Auth1764000000200],
  routes: authRoutes,
  seed: seedDemoUsers,
};
