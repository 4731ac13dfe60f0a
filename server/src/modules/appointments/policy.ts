import { anyAdmin } from '../../core/policy';
import { adminIn, ownOrganization } from '../orgs';

/**
 * Who appoints admins: an admin, for organisations inside their own scope (never above or beside it),
 * and revokes the appointments there.
 */
export const appointmentPolicy = {
  list: anyAdmin('只有管理员可以查看任命'),
  appoint: adminIn(ownOrganization, '只有管理员可以任命管理员'),
  revoke: adminIn(ownOrganization, '只有管理员可以撤销任命'),
};
