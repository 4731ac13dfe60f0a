import { anyAdmin } from '../../core/policy';
import { inScopeOf, ownOrganization } from '../orgs';

/** Who reviews party-member binding requests and reads the roll: admins, each for the organisations in their scope. */
export const memberPolicy = {
  listBindings: anyAdmin(),
  reviewBinding: inScopeOf(ownOrganization),
  listRoll: anyAdmin('只有管理员可以查看党员名册'),
  revealPhone: inScopeOf(ownOrganization),
};
