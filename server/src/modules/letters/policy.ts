import { anyAdmin } from '../../core/policy';
import { adminIn, ownOrganization } from '../orgs';

const ANSWER = '只有管理员可以处理群众来信';
/** The admin whose scope covers the organisation the letter is with: the community's, or the street's once passed up. */
const handle = adminIn(ownOrganization, ANSWER);

/**
 * Who may do what with letters. Writing and reading public letters: anyone (signed in to write).
 * Answering and passing on: an admin in scope; the desk list shows only their scope. Rating is the
 * writer's, checked beside the letter in the service.
 */
export const letterPolicy = {
  reply: handle,
  transfer: handle,
  readPrivate: handle,
  listDesk: anyAdmin(ANSWER),
};
