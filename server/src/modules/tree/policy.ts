import { isDistrictAdmin } from '../../core/actor';
import type { Rule } from '../../core/policy';
import { Forbidden } from '../../errors';
import { adminIn, ownOrganization } from '../orgs';

/** Who edits the organisation tree: scope admins, below the organisations they administer; a root only the district. */
export const treePolicy = {
  /** Inside an organisation: create under it, rename, move or close it, its communities and two-new rows. */
  edit: adminIn(ownOrganization, '只有管理员可以维护组织架构'),
  createRoot: (async (_db, actor) => {
    if (!isDistrictAdmin(actor)) throw new Forbidden('只有区级管理员可以建立顶级组织', 'OUT_OF_SCOPE');
  }) satisfies Rule,
};
