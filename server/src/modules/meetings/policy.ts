import { anyAdmin } from '../../core/policy';
import { adminIn, ownOrganization } from '../orgs';

const MANAGE = '只有管理员可以记录会议';

/**
 * Who may do what with meetings. Recording one and reading its attendance: an admin whose scope
 * covers the organisation. A member reads their own attendance (checked beside it in the service).
 * Compliance (counts only, no names) is public.
 */
export const meetingPolicy = {
  record: adminIn(ownOrganization, MANAGE),
  readAttendance: adminIn(ownOrganization, MANAGE),
  listDesk: anyAdmin(MANAGE),
};
