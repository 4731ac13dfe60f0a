import type { AppModule } from '../module';
import { treeRoutes } from './routes';

/** What other modules may use (they import this file, never the module's other files). */
export { COMMUNITY_ORGANIZATION_SUFFIX, createCommunity, createNewOrganization, createOrganizationIn, createStreet, updateNewOrganization } from './service';

/** Maintaining the organisation tree: streets, communities, party and two-new organisations (the orgs module owns the tables). */
export const treeModule: AppModule = {
  name: 'tree',
  entities: [],
  migrations: [],
  routes: treeRoutes,
};
