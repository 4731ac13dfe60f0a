import { adminIn, ownOrganization } from '../orgs';

/**
 * Who may do what with activities. Publishing, editing, cancelling, the roster and check-in codes:
 * an admin whose scope covers the activity's organisation. Signing up and checking in are every
 * user's, within the activity's audience (decided where the audience is, in `signups.ts`).
 */
export const activityPolicy = {
  create: adminIn(ownOrganization),
  manage: adminIn(ownOrganization),
};
