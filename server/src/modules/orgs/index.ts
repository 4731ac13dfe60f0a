import type { AppModule } from '../module';
import { Community, NewOrganization, Organization, Street } from './entities';
import { Orgs1764000000100 } from './migrations/1764000000100-orgs';
import { OrgsClosed1764000000110 } from './migrations/1764000000110-closed';
import { orgRoutes } from './routes';
import { seedDistrict } from './seed';

/** What other modules may use (they import this file, never the module's other files). */
export { Community, NewOrganization, Organization, Street, ORGANIZATION_KINDS, type OrganizationKind } from './entities';
export { createOrganization } from './seed';
export { Community as CommunitySchema, Organization as OrganizationSchema, presentOrganization } from './present';
export { adminIn, covers, inScopeOf, organizationPath, ownOrganization, scopeCondition, withinScope } from './scope';
export { getCommunity, listCommunities, listStreets, newOrganizationCoverage } from './service';

export const orgsModule: AppModule = {
  name: 'orgs',
  entities: [Organization, Street, Community, NewOrganization],
  migrations: [Orgs1764000000100, OrgsClosed1764000000110],
  routes: orgRoutes,
  seed: seedDistrict,
};
