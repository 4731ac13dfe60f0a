import type { AppModule } from '../module';
import { AdminScope, User, UserRole } from './entities';
import { Auth1764000000200 } from './migrations/1764000000200-auth';
import { UserRoles1764000000210 } from './migrations/1764000000210-user-roles';
import { authRoutes } from './routes';
import { seedDemoUsers } from './seed';

/** What other modules may use (they import this file, never the module's other files). */
export { AdminScope, User, UserRole } from './entities';
export { AdminScope as AdminScopeSchema, Role } from './present';
export { actorFromToken, adminScopes, forgetActor, grantRole, newUser, revokeRole, signToken, userNicknames } from './service';

export const authModule: AppModule = {
  name: 'auth',
  entities: [User, UserRole, AdminScope],
  migrations: [Auth1764000000200, UserRoles1764000000210],
  routes: authRoutes,
  seed: seedDemoUsers,
};
