import type { Rule } from '../../core/policy';
import { Forbidden } from '../../errors';
import { adminIn, ownOrganization } from '../orgs';

const member: Rule = async (_db, actor) => {
  if (!actor?.roles.includes('member')) throw new Forbidden('积分仅对认证党员开放', 'NOT_MEMBER');
};

/** Who may see what of the points ledger: a verified member their own; an admin the ranking of an organisation in scope. */
export const pointsPolicy = {
  mine: member,
  ranking: adminIn(ownOrganization),
};
