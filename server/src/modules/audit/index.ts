import type { AppModule } from '../module';
import { AuditLog } from './entities';
import { Audit1764000000400 } from './migrations/1764000000400-audit';
import { auditRoutes } from './routes';

/** What other modules may use (they import this file, never the module's other files). */
export { recordAudit } from './service';

export const auditModule: AppModule = {
  name: 'audit',
  entities: [AuditLog],
  migrations: [Audit1764000000400],
  routes: auditRoutes,
};
