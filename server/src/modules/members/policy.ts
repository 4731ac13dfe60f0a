import { anyAdmin } from '../../core/policy';
import { inScopeOf, ownOrganization } from '../orgs';

/** Who reviews party-member binding requests: admins, each the requests of the organisations in their scope. */
export const memberPolicy = {
  listBindings: anyAdmin(),
  reviewBinding: inScopeOf(ownOrganization),
};
