import { anyAdmin } from '../../core/policy';
import { adminIn, ownOrganization } from '../orgs';

const MANAGE = '只有管理员可以管理课程';
const manage = adminIn(ownOrganization, MANAGE);

/**
 * Who may do what with courses. Reading: anyone; studying: a verified member of the course's subtree
 * (checked beside the course in the service). Publishing a course and seeing who studied it: an
 * admin whose scope covers the organisation.
 */
export const coursePolicy = {
  publish: manage,
  report: manage,
  listDesk: anyAdmin(MANAGE),
};
