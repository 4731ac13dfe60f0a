import { anyAdmin } from '../../core/policy';

/** Who may do what with the organisation tree (reading it is public). */
export const orgPolicy = {
  listCommunitiesInScope: anyAdmin('只有管理员可以查看管理范围'),
};
