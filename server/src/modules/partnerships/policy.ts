import { adminIn, ownOrganization } from '../orgs';

/** An admin whose scope covers the community concerned (403 FORBIDDEN for a non-admin, OUT_OF_SCOPE elsewhere). */
const communityAdmin = adminIn(ownOrganization, '只有管理员可以维护联建共建');

/**
 * Who may change partnership records (reading them is public): the admin of the community concerned
 * — both communities to pair them, the community itself for its lists, the owner community for a
 * project. Each rule answers the organisation path for the audit record.
 */
export const partnershipPolicy = {
  pair: communityAdmin,
  editList: communityAdmin,
  addProject: communityAdmin,
  /** Move its status on, add progress: the owner community's admin. */
  manageProject: communityAdmin,
};
