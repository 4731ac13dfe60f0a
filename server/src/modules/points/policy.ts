import { isDistrictAdmin } from '../../core/actor';
import type { Rule } from '../../core/policy';
import { Forbidden } from '../../errors';
import { adminIn, ownOrganization } from '../orgs';

const member: Rule = async (_db, actor) => {
  if (!actor?.roles.includes('member')) throw new Forbidden('积分仅对认证党员开放', 'NOT_MEMBER');
};

const ADMIN = '只有管理员可以记分';

/**
 * Who may do what with points: a verified member sees their own; an admin in scope sees an
 * organisation's ranking and awards and corrects points of its members; only the district edits the rules.
 */
export const pointsPolicy = {
  mine: member,
  ranking: adminIn(ownOrganization),
  award: adminIn(ownOrganization, ADMIN),
  correct: adminIn(ownOrganization, ADMIN),
  editRules: (async (_db, actor) => {
    if (!isDistrictAdmin(actor)) throw new Forbidden('只有区级管理员可以修改积分规则');
  }) satisfies Rule,
};
