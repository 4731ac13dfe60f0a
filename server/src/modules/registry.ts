import type { AppModule } from './module';
import { activitiesModule } from './activities';
import { auditModule } from './audit';
import { authModule } from './auth';
import { campaignsModule } from './campaigns';
import { disclosuresModule } from './disclosures';
import { filesModule } from './files';
import { membersModule } from './members';
import { orgsModule } from './orgs';
import { partnershipsModule } from './partnerships';
import { pointsModule } from './points';

/** Every domain module, in dependency order (demo data is seeded in this order). */
export const modules: AppModule[] = [
  orgsModule,
  authModule,
  membersModule,
  auditModule,
  filesModule,
  disclosuresModule,
  pointsModule,
  activitiesModule,
  campaignsModule,
  partnershipsModule,
];

export const allEntities = modules.flatMap((m) => m.entities);
export const allMigrations = modules.flatMap((m) => m.migrations);
