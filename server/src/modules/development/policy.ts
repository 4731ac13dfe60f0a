import { isDistrictAdmin } from '../../core/actor';
import { anyAdmin, type Rule } from '../../core/policy';
import { Forbidden } from '../../errors';
import { adminIn, ownOrganization } from '../orgs';

const MANAGE = '只有党组织管理员可以管理发展党员工作';

/**
 * Who may do what in 发展党员: everything about applicants (record, read, move, points, disqualify,
 * recommendation rounds) belongs to the admins whose scope covers the branch; residents and members
 * see nothing. The list of disqualifying conditions is maintained by district admins.
 */
export const developmentPolicy = {
  list: anyAdmin(MANAGE),
  manage: adminIn(ownOrganization, MANAGE),
  maintainConditions: (async (_db, actor) => {
    if (!isDistrictAdmin(actor)) throw new Forbidden('只有区级管理员可以维护取消资格情形', 'NOT_DISTRICT_ADMIN');
  }) satisfies Rule,
};
