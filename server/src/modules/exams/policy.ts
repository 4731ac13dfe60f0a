import { anyAdmin } from '../../core/policy';
import { adminIn, ownOrganization } from '../orgs';

const MANAGE = '只有管理员可以管理题库和考试';
const manage = adminIn(ownOrganization, MANAGE);

/**
 * Who may do what with the bank and exams: an admin whose scope covers the organisation (the
 * question's, the exam's, the member's for a resit, the one a result is asked for). Sitting an exam is
 * for the members of its audience, and an attempt's answers are its member's: both checked beside
 * the data in the service.
 */
export const examPolicy = {
  editQuestion: manage,
  importQuestions: manage,
  listBank: anyAdmin(MANAGE),
  create: manage,
  grantResit: manage,
  results: manage,
  listDesk: anyAdmin(MANAGE),
};
