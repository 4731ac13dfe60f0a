import { adminIn, ownOrganization } from '../orgs';

const MANAGE = '只有管理员可以组织阳光党员评选';
const manage = adminIn(ownOrganization, MANAGE);

/** Who may do what with a selection: anyone reads it (its steps, candidates and winners are public); an admin in scope runs each step. */
export const selectionPolicy = {
  create: manage,
  openVote: manage,
  publishNotice: manage,
  finalize: manage,
};
