import type { AppModule } from '../module';
import { Partnership, PartnershipListItem, PartnershipMembership, PartnershipProject, ProjectProgress } from './entities';
import { Partnerships1764000004000 } from './migrations/1764000004000-partnerships';
import { partnershipRoutes } from './routes';
import { seedPartnerships } from './seed';

/** What other modules may use (they import this file, never the module's other files). */
export { SummaryQuery } from './schemas';
export { PartnershipSummary } from './present';
export { partnershipSummary } from './summary';

export const partnershipsModule: AppModule = {
  name: 'partnerships',
  entities: [Partnership, PartnershipMembership, PartnershipListItem, PartnershipProject, ProjectProgress],
  migrations: [Partnerships1764000004000],
  routes: partnershipRoutes,
  seed: seedPartnerships,
};
