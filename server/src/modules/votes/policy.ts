import { adminIn, ownOrganization } from '../orgs';

const MANAGE = '只有管理员可以发起投票';
const manage = adminIn(ownOrganization, MANAGE);

/**
 * Who may do what with votes. Reading a vote and its counts (after close): anyone. Creating and, until
 * it opens, editing: an admin whose scope covers the organisation. Casting a ballot depends on the
 * vote's electorate and is checked beside the vote in the service (`isElector`).
 */
export const votePolicy = {
  create: manage,
  update: manage,
};
