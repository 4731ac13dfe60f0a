import type { Rule } from '../../core/policy';
import { Forbidden } from '../../errors';
import { adminIn, ownOrganization } from '../orgs';
import type { Commitment } from './entities';

/**
 * Who may do what with commitments: anyone reads them; a verified member publishes their 阳光承诺,
 * an admin of an organisation its 履职承诺; only the author adds what was done.
 */
export const commitmentPolicy = {
  publishAsMember: (async (_db, actor) => {
    if (!actor?.roles.includes('member')) throw new Forbidden('阳光承诺仅对认证党员开放', 'NOT_MEMBER');
  }) satisfies Rule,
  publishAsOfficial: adminIn(ownOrganization, '只有本组织的干部可以发布履职承诺'),
  fulfil: (async (_db, actor, c) => {
    if (actor?.id !== c.authorUserId) throw new Forbidden('只有承诺人可以填写践诺情况', 'NOT_AUTHOR');
  }) satisfies Rule<Commitment>,
};
