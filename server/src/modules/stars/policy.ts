import type { Rule } from '../../core/policy';
import { Forbidden } from '../../errors';
import { adminIn, ownOrganization } from '../orgs';

const ADMIN = '只有管理员可以评定星级';

/**
 * Who may do what with star ratings: an admin in scope records the reviews of its members, computes
 * their stars and reads the roster with full names; anyone reads the ratings; a member their own.
 */
export const starsPolicy = {
  review: adminIn(ownOrganization, ADMIN),
  compute: adminIn(ownOrganization, ADMIN),
  roster: adminIn(ownOrganization, ADMIN),
  mine: (async (_db, actor) => {
    if (!actor?.roles.includes('member')) throw new Forbidden('星级仅对认证党员开放', 'NOT_MEMBER');
  }) satisfies Rule,
};
