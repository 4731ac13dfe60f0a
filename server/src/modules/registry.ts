import type { AppModule } from './module';
import { activitiesModule } from './activities';
import { appointmentsModule } from './appointments';
import { auditModule } from './audit';
import { authModule } from './auth';
import { campaignsModule } from './campaigns';
import { commitmentsModule } from './commitments';
import { consoleLoginModule } from './console-login';
import { dashboardModule } from './dashboard';
import { developmentModule } from './development';
import { disclosuresModule } from './disclosures';
import { examsModule } from './exams';
import { filesModule } from './files';
import { importsModule } from './imports';
import { learningModule } from './learning';
import { lettersModule } from './letters';
import { meetingsModule } from './meetings';
import { meModule } from './me';
import { membersModule } from './members';
import { orgsModule } from './orgs';
import { partnershipsModule } from './partnerships';
import { pointsModule } from './points';
import { publicNoticesModule } from './public-notices';
import { remindersModule } from './reminders';
import { responsibilityModule } from './responsibility';
import { starsModule } from './stars';
import { sunshineSelectionsModule } from './sunshine-selections';
import { transparencyModule } from './transparency';
import { treeModule } from './tree';
import { votesModule } from './votes';

/**
 * Every domain module, in dependency order: a module imports only modules listed before it (the lint
 * reads this list, see docs/ARCHITECTURE.md), and demo data is seeded in this order.
 */
export const modules: AppModule[] = [
  orgsModule,
  authModule,
  consoleLoginModule,
  auditModule,
  appointmentsModule,
  treeModule,
  membersModule,
  filesModule,
  disclosuresModule,
  lettersModule,
  transparencyModule,
  remindersModule,
  pointsModule,
  activitiesModule,
  starsModule,
  votesModule,
  publicNoticesModule,
  commitmentsModule,
  sunshineSelectionsModule,
  developmentModule,
  campaignsModule,
  partnershipsModule,
  importsModule,
  meetingsModule,
  responsibilityModule,
  learningModule,
  examsModule,
  dashboardModule,
  meModule,
];

/** The tables of all modules, for `openDatabase`. */
export const schema = { entities: modules.flatMap((m) => m.entities), migrations: modules.flatMap((m) => m.migrations) };

/** Every route with the module it belongs to: what the app mounts and the OpenAPI document describes. */
export const routeTable = modules.flatMap((m) => m.routes.map((route) => ({ module: m.name, route })));
